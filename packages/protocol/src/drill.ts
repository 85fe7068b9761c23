import { z } from 'zod';
import { scenarioSchema, type Scenario } from '@scaleboard/rules';

/**
 * The what-if drills an interviewer plays on the board (docs/interview.md#what-if-drills). The web
 * turns a preset into a scenario against the board as it is when the drill starts (which database
 * is the primary, which components are caches); the server checks the scenario against the board.
 */
export const DRILL_PRESETS = ['primary-db-down', 'traffic-x3', 'cold-cache', 'fail-component'] as const;
export type DrillPreset = (typeof DRILL_PRESETS)[number];

/** Most drills one interview records; past it the owner resets the interview. Keeps the stored state small. */
export const MAX_DRILLS_PER_INTERVIEW = 50;

/** Owner → server (`ROOM_EVENTS.drillCommand`): start a drill (ending the one in play) or end it. */
export const drillCommandSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start'), preset: z.enum(DRILL_PRESETS), scenario: scenarioSchema }),
  z.strictObject({ action: z.literal('end') }),
]);
export type DrillCommand = z.infer<typeof drillCommandSchema>;

/** One drill of an interview: what was played, by whom, from when to when (server clock, epoch ms; `endedAt` null while in play). */
export interface DrillRecord {
  preset: DrillPreset;
  scenario: Scenario;
  /** The owner's name as the room knew it. */
  startedBy: string;
  startedAt: number;
  endedAt: number | null;
}

/** A stored drill record read back: a field that does not fit is a record left out, never an error. */
export const drillRecordSchema = z.object({
  preset: z.enum(DRILL_PRESETS),
  scenario: scenarioSchema,
  startedBy: z.string().max(200),
  startedAt: z.number().finite(),
  endedAt: z.number().finite().nullable(),
});

/**
 * The drills of stored JSON that can be read; the rest counted out (a reader that never throws).
 *
 * @example readDrillRecords([{ preset: 'traffic-x3', scenario: { traffic: 3 }, startedBy: 'Ivy', startedAt: 1, endedAt: null }, 'junk']).length // 1
 */
export function readDrillRecords(stored: unknown): DrillRecord[] {
  if (!Array.isArray(stored)) return [];
  return stored.slice(0, MAX_DRILLS_PER_INTERVIEW).flatMap((item) => {
    const parsed = drillRecordSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The drill in play, if any: the last record, while it has no end. @example activeDrill([]) // null */
export function activeDrill(drills: readonly DrillRecord[]): DrillRecord | null {
  const last = drills.at(-1);
  return last && last.endedAt === null ? last : null;
}
