import type { z } from 'zod';
import type { Board, BoardNode } from '../boardSchema';
import { resolveProps } from '../catalogue/resolveProps';
import type { Message } from '../i18n/translate';
import { isGroupKind } from '../kinds';
import { instanceRef, MAX_SCENARIO_FAILS, MAX_SCENARIO_HIT_RATIOS, MAX_TRAFFIC_FACTOR, scenarioSchema, type Scenario } from './scenarioSchema';
import { holdsHitRatio } from './scenarioTargets';

/** Why a scenario cannot be played on a board; `code` is stable (scripts, the REST 400), the text is `scenarioProblemMessage`. */
export type ScenarioProblem =
  | { code: 'unknown-id'; field: 'fail' | 'hitRatios'; id: string }
  | { code: 'not-failable'; id: string }
  | { code: 'no-such-instance'; id: string; instance: number; instances: number }
  | { code: 'not-a-cache'; id: string }
  | { code: 'bad-traffic'; value: string }
  | { code: 'bad-hit-ratio'; id: string; value: string }
  | { code: 'bad-hit-ratio-pair'; value: string }
  | { code: 'bad-id'; field: 'fail' | 'hitRatios' }
  | { code: 'too-many'; field: 'fail' | 'hitRatios'; limit: number }
  | { code: 'invalid'; detail: string };

/** What a `fail` entry names on a board. */
export type FailTarget =
  | { kind: 'component'; node: BoardNode }
  | { kind: 'instance'; node: BoardNode; instance: number; instances: number }
  | { kind: 'group'; node: BoardNode };

/** The board's nodes by id, first wins (as `buildGraph` reads a board with duplicate ids). */
export function nodesById(board: Board): Map<string, BoardNode> {
  const byId = new Map<string, BoardNode>();
  for (const node of board.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return byId;
}

function instancesOf(node: BoardNode): number {
  const instances = resolveProps(node.kind, node.props).instances;
  return typeof instances === 'number' ? instances : 1;
}

/**
 * What one `fail` entry names: the whole text as an id first (ids may contain `#`), then
 * `"<id>#<k>"` as instance k of a component with several instances.
 *
 * @example resolveFailTarget('web#2', nodesById(board)) // { kind: 'instance', node: web, instance: 2, instances: 3 }
 */
export function resolveFailTarget(text: string, byId: ReadonlyMap<string, BoardNode>): FailTarget | ScenarioProblem {
  const node = byId.get(text);
  if (node) {
    if (isGroupKind(node.kind)) return { kind: 'group', node };
    if (node.kind === 'note' || node.kind === 'client') return { code: 'not-failable', id: text };
    return { kind: 'component', node };
  }
  const ref = instanceRef(text);
  const owner = ref && byId.get(ref.id);
  if (!ref || !owner) return { code: 'unknown-id', field: 'fail', id: text };
  if (isGroupKind(owner.kind) || owner.kind === 'note' || owner.kind === 'client') return { code: 'not-failable', id: ref.id };
  const instances = instancesOf(owner);
  if (ref.instance > instances) return { code: 'no-such-instance', id: ref.id, instance: ref.instance, instances };
  return { kind: 'instance', node: owner, instance: ref.instance, instances };
}

/**
 * The ids of a (well-shaped) scenario that the board does not have, or that cannot do what the
 * scenario asks: an unknown id, a client or note to fail, an instance past the component's count,
 * a hit ratio on something that is not a cache or CDN. Empty when the scenario can be played.
 *
 * @example validateScenario(board, { fail: ['nope'] }) // [{ code: 'unknown-id', field: 'fail', id: 'nope' }]
 */
export function validateScenario(board: Board, scenario: Scenario): ScenarioProblem[] {
  const byId = nodesById(board);
  const problems: ScenarioProblem[] = [];
  for (const text of scenario.fail ?? []) {
    const target = resolveFailTarget(text, byId);
    if ('code' in target) problems.push(target);
  }
  for (const id of Object.keys(scenario.hitRatios ?? {})) {
    const node = byId.get(id);
    if (!node) problems.push({ code: 'unknown-id', field: 'hitRatios', id });
    else if (!holdsHitRatio(node)) problems.push({ code: 'not-a-cache', id });
  }
  return problems;
}

/** A refused value as the person typed it: text quoted (so an empty one shows), numbers as they are, never longer than a line. */
const shown = (value: unknown): string => {
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(typeof value === 'string' ? value.slice(0, 100) : value) ?? String(value));
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
};

function shapeProblem(input: unknown, issue: z.core.$ZodIssue): ScenarioProblem {
  const [field, key] = issue.path;
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (field === 'traffic') return { code: 'bad-traffic', value: shown(record.traffic) };
  if (field === 'fail' || field === 'hitRatios') {
    if (issue.code === 'too_big' && key === undefined) return { code: 'too-many', field, limit: field === 'fail' ? MAX_SCENARIO_FAILS : MAX_SCENARIO_HIT_RATIOS };
    if (issue.code === 'custom' && field === 'hitRatios' && key === undefined) return { code: 'too-many', field, limit: MAX_SCENARIO_HIT_RATIOS };
    if (field === 'hitRatios' && typeof key === 'string' && issue.code !== 'invalid_key') {
      return { code: 'bad-hit-ratio', id: key, value: shown((record.hitRatios as Record<string, unknown>)[key]) };
    }
    if (key !== undefined || issue.code === 'invalid_key') return { code: 'bad-id', field };
  }
  return { code: 'invalid', detail: `${issue.path.join('.') || 'scenario'}: ${issue.message}` };
}

/**
 * A scenario from untrusted input, checked for shape and bounds (`scenarioSchema`) and then against
 * the board (`validateScenario`); the first problem otherwise, naming the bad id or factor.
 *
 * @example
 * const parsed = parseScenario({ fail: ['db'], traffic: 3 }, board);
 * if (!parsed.ok) throw new Error(say('en', scenarioProblemMessage(parsed.problem)));
 */
export function parseScenario(input: unknown, board: Board): { ok: true; scenario: Scenario } | { ok: false; problem: ScenarioProblem } {
  // A record cannot hold "__proto__" as a key (zod drops it): refuse it rather than let it vanish.
  const ratios = typeof input === 'object' && input !== null ? (input as Record<string, unknown>).hitRatios : undefined;
  if (typeof ratios === 'object' && ratios !== null && Object.hasOwn(ratios, '__proto__')) return { ok: false, problem: { code: 'unknown-id', field: 'hitRatios', id: '__proto__' } };
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problem: shapeProblem(input, parsed.error.issues[0]!) };
  const [problem] = validateScenario(board, parsed.data);
  return problem ? { ok: false, problem } : { ok: true, scenario: parsed.data };
}

/**
 * A problem as a text to say in the reader's language (`say(lang, …)`, or a server error's message).
 *
 * @example say('ko', scenarioProblemMessage({ code: 'unknown-id', field: 'fail', id: 'db' }))
 */
export function scenarioProblemMessage(problem: ScenarioProblem): Message {
  switch (problem.code) {
    case 'unknown-id':
      return { key: problem.field === 'fail' ? 'scenarioErrors.unknownFail' : 'scenarioErrors.unknownHitRatio', params: { id: JSON.stringify(problem.id) } };
    case 'not-failable':
      return { key: 'scenarioErrors.notFailable', params: { id: JSON.stringify(problem.id) } };
    case 'no-such-instance':
      return { key: 'scenarioErrors.noSuchInstance', params: { id: JSON.stringify(problem.id), instance: problem.instance, instances: problem.instances } };
    case 'not-a-cache':
      return { key: 'scenarioErrors.notACache', params: { id: JSON.stringify(problem.id) } };
    case 'bad-traffic':
      return { key: 'scenarioErrors.badTraffic', params: { value: problem.value, max: MAX_TRAFFIC_FACTOR } };
    case 'bad-hit-ratio':
      return { key: 'scenarioErrors.badHitRatio', params: { id: JSON.stringify(problem.id), value: problem.value } };
    case 'bad-hit-ratio-pair':
      return { key: 'scenarioErrors.badHitRatioPair', params: { value: JSON.stringify(problem.value) } };
    case 'bad-id':
      return { key: 'scenarioErrors.badId', params: { field: problem.field } };
    case 'too-many':
      return { key: 'scenarioErrors.tooMany', params: { field: problem.field, limit: problem.limit } };
    case 'invalid':
      return { key: 'scenarioErrors.invalid', params: { detail: problem.detail } };
  }
}
