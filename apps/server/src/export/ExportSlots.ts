/** Frees an admitted export's slot; calling it more than once frees it once. */
export type ReleaseSlot = () => void;

export type ExportRefusal = 'client-busy' | 'board-busy';

/**
 * Admission to the export routes: at most `perClient` exports running or waiting for one client
 * address and `perBoard` for one board on this instance, so one viewer (or one board's crowd)
 * cannot line up renders without end. Refused exports get 429 and try again shortly.
 *
 * @example const slot = slots.admit(req.ip, boardId); if (!slot.ok) … else res.once('close', slot.release)
 */
export class ExportSlots {
  private readonly byClient = new Map<string, number>();
  private readonly byBoard = new Map<string, number>();

  constructor(private readonly limits: { exportsPerClient: number; exportsPerBoard: number }) {}

  admit(client: string, boardId: string): { ok: true; release: ReleaseSlot } | { ok: false; reason: ExportRefusal } {
    if ((this.byClient.get(client) ?? 0) >= this.limits.exportsPerClient) return { ok: false, reason: 'client-busy' };
    if ((this.byBoard.get(boardId) ?? 0) >= this.limits.exportsPerBoard) return { ok: false, reason: 'board-busy' };
    add(this.byClient, client, 1);
    add(this.byBoard, boardId, 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        add(this.byClient, client, -1);
        add(this.byBoard, boardId, -1);
      },
    };
  }
}

function add(counts: Map<string, number>, key: string, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}
