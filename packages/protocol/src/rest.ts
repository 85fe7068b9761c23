import type { DrillPreset } from './drill';
import type { Role } from './roles';
import { z } from 'zod';
import { titleSchema } from '@scaleboard/rules';

/**
 * `POST /api/boards` body: all optional; `board` is a `scaleboard/v1` document to import, a design
 * as text (a Mermaid flowchart or the text format: docs/text-format.md), or a `data:` URL of a
 * board file (JSON, or a PNG/SVG exported by Scaleboard; see docs/export.md).
 */
export const createBoardRequestSchema = z.strictObject({
  title: z.string().trim().min(1).pipe(titleSchema).optional(),
  template: z.string().min(1).max(100).optional(),
  board: z.unknown().optional(),
});
export type CreateBoardRequest = z.infer<typeof createBoardRequestSchema>;

export interface BoardKeys {
  owner: string;
  edit: string;
  view: string;
}

export interface CreateBoardResponse {
  id: string;
  title: string;
  keys: BoardKeys;
}

/** `GET /api/boards/:id` for any valid key: what the client needs to open the board. */
export interface BoardInfoResponse {
  id: string;
  title: string;
  role: Role;
}

/**
 * `GET /api/boards/:id?fields=role`: the role alone, answered from the board's record without
 * reading its document (the title is in the document; the board's page reads it from the sync).
 */
export type BoardRoleResponse = Pick<BoardInfoResponse, 'id' | 'role'>;

/**
 * `GET /api/limits`, no key needed: the server's limits a client checks before sending, so the
 * web app refuses an over-large file with the server's own figure instead of a copy of it.
 */
export interface LimitsResponse {
  /** Largest REST body the server parses (MAX_BODY_BYTES), hence largest board file it imports. */
  maxBodyBytes: number;
}

/** Every REST error has this body. */
export interface ErrorResponse {
  error: { code: string; message: string; path?: string };
}

/** `GET /api/boards/:id/history` query: a page of versions older than `before`, newest first. */
export const historyQuerySchema = z.strictObject({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  key: z.string().optional(),
});

/** The range of versions `from` to `to` (both included; unset: the first, the last version). */
const versionRange = {
  from: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  to: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  key: z.string().optional(),
};
const fromNotAfterTo = <T extends z.ZodType<{ from?: number; to?: number }>>(schema: T) =>
  schema.refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, { message: 'from is after to', path: ['from'] });

/**
 * `GET /api/boards/:id/replay.gif` query: the versions from `from` to `to` (both included; unset:
 * the first, the last version) at `fps` frames a second.
 */
export const replayQuerySchema = fromNotAfterTo(
  // lang: the stamp's language, checked where the server negotiates it (requestLang).
  z.strictObject({ ...versionRange, fps: z.coerce.number().int().min(1).max(10).default(2), lang: z.string().max(16).optional() }),
);

/** `GET /api/boards/:id/history/timeline` query: the versions from `from` to `to`, as replayQuerySchema. */
export const timelineQuerySchema = fromNotAfterTo(z.strictObject(versionRange));

/** Most points a history timeline answers with, sampled evenly over the range (first and last always). */
export const MAX_TIMELINE_POINTS = 500;

/** One sampled version of a timeline: what a replay's scrubber and findings sparkline draw. */
export interface TimelinePoint {
  version: number;
  /** When it was stored (ISO 8601). */
  at: string;
  /** How many findings the rules' report gives for the board at that version. */
  findings: number;
  /** The interview phase (index into INTERVIEW_PHASES) at that moment; null without an interview or after it ended. */
  phase: number | null;
}

/** `GET /api/boards/:id/history/timeline` (docs/history.md). */
export interface TimelineResponse {
  /** Oldest first, at most MAX_TIMELINE_POINTS. */
  points: TimelinePoint[];
  /** When each ended interview phase ended, in order; empty without an interview. */
  phases: Array<{ phase: number; endedAt: string }>;
  /** The interview's what-if drills, oldest first (`endedAt` null while in play); empty without any. */
  drills: Array<{ preset: DrillPreset; startedAt: string; endedAt: string | null }>;
}

/** One point of a board's past (docs/history.md). */
export interface HistoryVersion {
  /** Increases with every version; a log position, not a count. */
  version: number;
  /** When it was stored (ISO 8601). */
  at: string;
  /** Display names of the people whose edits it holds. */
  authors: string[];
  label: string | null;
}

export interface HistoryResponse {
  versions: HistoryVersion[];
  /** Pass as `before` for the next, older page; null when this page reaches the first version. */
  next: number | null;
}

/** `POST /api/boards/:id/history/:version/label` body: a name for the version, or null to clear it. */
export const labelVersionRequestSchema = z.strictObject({
  label: z.string().trim().min(1).pipe(titleSchema).nullable(),
});

/** `POST /api/boards/:id/history/:version/restore` body (optional): who restores, for the history. */
export const restoreRequestSchema = z.strictObject({
  name: z.string().trim().min(1).pipe(titleSchema).optional(),
});

export interface RestoreResponse {
  /** The new version that brought the old state back. */
  version: number;
}
