import { z } from 'zod';

/** At most this many `fail` entries: a drill fails a few things, never a whole board one by one (fail its group). */
export const MAX_SCENARIO_FAILS = 100;
/** At most this many hit-ratio overrides. */
export const MAX_SCENARIO_HIT_RATIOS = 100;
/** The longest id a scenario names (a component, `<id>#<k>` or a group); board ids are far shorter. */
export const MAX_SCENARIO_ID_LENGTH = 500;
/** Traffic is multiplied by more than 0 and at most this (a thousandfold spike is past any interview question). */
export const MAX_TRAFFIC_FACTOR = 1000;

const id = z
  .string()
  .min(1, { error: 'an id is at least 1 character' })
  .max(MAX_SCENARIO_ID_LENGTH, { error: `an id is at most ${MAX_SCENARIO_ID_LENGTH} characters` });

/**
 * A what-if drill on a board, checked wherever one enters (CLI flags, the report's query, the
 * drill the owner plays): the one home of its shape and bounds. Which ids the board has is
 * checked against the board by `validateScenario`.
 *
 * - `fail`: component ids (every instance dies), `"<id>#<k>"` (instance k, 1-based, of a component
 *   with several), or group ids (every component drawn inside the group or region dies).
 * - `traffic`: every request rate is multiplied by it (0 < traffic ≤ 1000).
 * - `hitRatios`: a cache's or CDN's hit ratio (0–1) in place of its own, e.g. `{ cache: 0 }` for a cold cache.
 *
 * @example scenarioSchema.parse({ fail: ['db'], traffic: 3 })
 */
export const scenarioSchema = z.strictObject({
  fail: z.array(id).max(MAX_SCENARIO_FAILS, { error: `at most ${MAX_SCENARIO_FAILS} ids fail at once` }).optional(),
  traffic: z
    .number({ error: 'traffic is a number' })
    .gt(0, { error: `traffic is a factor above 0 and at most ${MAX_TRAFFIC_FACTOR}` })
    .max(MAX_TRAFFIC_FACTOR, { error: `traffic is a factor above 0 and at most ${MAX_TRAFFIC_FACTOR}` })
    .optional(),
  hitRatios: z
    .record(id, z.number({ error: 'a hit ratio is a number' }).min(0, { error: 'a hit ratio is from 0 to 1' }).max(1, { error: 'a hit ratio is from 0 to 1' }))
    .check((ctx) => {
      if (Object.keys(ctx.value).length > MAX_SCENARIO_HIT_RATIOS) {
        ctx.issues.push({ code: 'custom', message: `at most ${MAX_SCENARIO_HIT_RATIOS} hit ratios at once`, input: ctx.value });
      }
    })
    .optional(),
});

/** A what-if drill: what fails, how much traffic, which hit ratios. `{}` is the board as drawn. */
export type Scenario = z.infer<typeof scenarioSchema>;

/**
 * `"<id>#<k>"` read as one instance of a component; anything else (no `#`, k not a positive
 * integer) is not an instance reference. The board decides whether the whole text is an id first.
 *
 * @example instanceRef('web#2') // { id: 'web', instance: 2 }
 */
export function instanceRef(text: string): { id: string; instance: number } | undefined {
  const hash = text.lastIndexOf('#');
  if (hash <= 0) return undefined;
  const digits = text.slice(hash + 1);
  if (!/^[1-9]\d{0,8}$/.test(digits)) return undefined;
  return { id: text.slice(0, hash), instance: Number(digits) };
}
