import type { Request, Response } from 'express';
import type { ExportSlots } from '../export/ExportSlots';
import type { AccessResult } from '../rooms/BoardAccess';
import { HttpError } from './HttpError';

/** Seconds a refused export is told to wait: a 5,000-element board draws in about one. */
const EXPORT_RETRY_AFTER_SECONDS = 1;

type Granted = Extract<AccessResult, { ok: true }>;

/**
 * Admits one export-sized piece of work on the request's board (a picture, a replay, a timeline)
 * or refuses it with 429; the slot is held until the response ends. Resolves the board.
 *
 * @example const board = takeExportSlot(slots, req, res);
 */
export function takeExportSlot(slots: ExportSlots, req: Request, res: Response): Granted['board'] {
  const { board } = res.locals.access as Granted;
  const slot = slots.admit(req.ip ?? 'unknown', board.id);
  if (!slot.ok) {
    res.set('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
    throw new HttpError(429, 'too-many-exports', { key: slot.reason === 'client-busy' ? 'errors.tooManyExportsClient' : 'errors.tooManyExportsBoard' });
  }
  res.once('close', slot.release);
  return board;
}
