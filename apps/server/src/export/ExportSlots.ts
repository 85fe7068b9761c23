import { KeyedSlots, type SlotResult } from '../limits/KeyedSlots';

export type ExportRefusal = 'client-busy' | 'board-busy';

/**
 * Admission to the export routes: at most `perClient` exports running or waiting for one client
 * address and `perBoard` for one board on this instance, so one viewer (or one board's crowd)
 * cannot line up renders without end. Refused exports get 429 and try again shortly.
 *
 * @example const slot = slots.admit(req.ip, boardId); if (!slot.ok) … else res.once('close', slot.release)
 */
export class ExportSlots {
  private readonly slots: KeyedSlots<'client-busy', 'board-busy'>;

  constructor(limits: { exportsPerClient: number; exportsPerBoard: number }) {
    this.slots = new KeyedSlots([
      [limits.exportsPerClient, 'client-busy'],
      [limits.exportsPerBoard, 'board-busy'],
    ]);
  }

  admit(client: string, boardId: string): SlotResult<ExportRefusal> {
    return this.slots.take(client, boardId);
  }
}
