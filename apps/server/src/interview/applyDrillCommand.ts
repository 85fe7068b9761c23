import { MAX_DRILLS_PER_INTERVIEW, activeDrill, type DrillCommand, type DrillRecord } from '@scaleboard/protocol';

export type DrillResult = { ok: true; next: DrillRecord[] } | { ok: false; message: string };

/**
 * The what-if drills of an interview, pure: starting one ends the drill in play at the same moment
 * (one drill at a time, every start and end recorded); ending needs one in play. At most
 * MAX_DRILLS_PER_INTERVIEW are recorded.
 *
 * @example applyDrillCommand([], { action: 'start', preset: 'traffic-x3', scenario: { traffic: 3 } }, Date.now(), 'Ivy')
 */
export function applyDrillCommand(drills: readonly DrillRecord[], command: DrillCommand, now: number, by: string): DrillResult {
  const ended = endActive(drills, now);
  switch (command.action) {
    case 'start':
      if (drills.length >= MAX_DRILLS_PER_INTERVIEW) return { ok: false, message: `An interview records at most ${MAX_DRILLS_PER_INTERVIEW} drills; reset the interview to start again.` };
      return { ok: true, next: [...ended, { preset: command.preset, scenario: command.scenario, startedBy: by, startedAt: now, endedAt: null }] };
    case 'end':
      if (!activeDrill(drills)) return { ok: false, message: 'No drill is in play.' };
      return { ok: true, next: ended };
  }
}

/**
 * The drills a new (or reset) interview starts with: the record starts over, and a drill still in
 * play stays in play.
 *
 * @example drillsOfNewInterview([ended, inPlay]) // [inPlay]
 */
export function drillsOfNewInterview(drills: readonly DrillRecord[]): DrillRecord[] {
  const active = activeDrill(drills);
  return active ? [active] : [];
}

function endActive(drills: readonly DrillRecord[], now: number): DrillRecord[] {
  const active = activeDrill(drills);
  return active ? [...drills.slice(0, -1), { ...active, endedAt: Math.max(now, active.startedAt) }] : [...drills];
}
