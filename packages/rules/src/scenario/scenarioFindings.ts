import type { Board, BoardNode } from '../boardSchema';
import type { Finding, Severity } from '../findings/finding';
import { componentNames } from '../i18n/componentNames';
import type { Lang } from '../i18n/lang';
import type { MessageKey } from '../i18n/resources';
import { translate, type MessageParams } from '../i18n/translate';
import { ruleText } from '../rules/ruleText';
import type { Failures } from './failures';

/** The rule ids of a drill's findings, with their severity: a public contract like the design rules' ids. */
export const SCENARIO_RULES = {
  'scenario-outage': 'error',
  'scenario-cache-bypass': 'warning',
  'scenario-backlog': 'warning',
  'scenario-promoted': 'info',
  'scenario-instances-down': 'info',
  'scenario-failover': 'info',
} as const satisfies Record<string, Severity>;
export type ScenarioRuleId = keyof typeof SCENARIO_RULES;

const NAMED_ALTERNATIVES = 3;

/**
 * One finding per consequence of a drill, each naming its chain from what failed to who notices
 * ("DB down → Web fails → users get errors"): outages first, then what degrades, then what
 * still serves. Deterministic: the order of `Failures`, which follows the board and the scenario.
 *
 * @example scenarioFindings(board, playFailures(board, { fail: ['db'] }), 'en')[0]?.message // '"DB" down → "Web" fails → "Users" get errors.'
 */
export function scenarioFindings(board: Board, failures: Failures, lang: Lang): Finding[] {
  const byId = new Map<string, BoardNode>();
  const order = new Map<string, number>();
  board.nodes.forEach((node, i) => {
    if (byId.has(node.id)) return;
    byId.set(node.id, node);
    order.set(node.id, i);
  });
  const names = componentNames(byId.values(), lang);
  const list = (ids: readonly string[]) => names.list(ids.flatMap((id) => byId.get(id) ?? []));
  const inBoardOrder = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const say = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const findings: Finding[] = [];
  const add = (rule: ScenarioRuleId, nodes: Iterable<string>, message: string, fix = ruleText(rule, lang).fix) => {
    findings.push({ rule, severity: SCENARIO_RULES[rule], nodes: inBoardOrder(nodes), message, fix });
  };

  /** From the first failure to `id`, one step per cause; a step that gave up is named "down", the rest "fails". */
  const chainOf = (id: string): string[][] => {
    const steps: string[][] = [[id]];
    const seen = new Set([id]);
    for (let at = id; ; ) {
      const group = failures.cause.get(at);
      if (!group) break;
      steps.unshift([...group]);
      const next = group.find((g) => failures.cause.has(g) && !seen.has(g));
      if (next === undefined) break;
      seen.add(next);
      at = next;
    }
    return steps;
  };
  const chainText = (steps: readonly string[][]) => steps.map((ids, i) => say(i === 0 ? 'scenario.down' : ids.length > 1 ? 'scenario.failMany' : 'scenario.fails', { names: list(ids) })).join(' → ');

  const down = new Set(failures.down);
  for (const entry of failures.entryIds) {
    if (!down.has(entry)) continue;
    const steps = chainOf(entry);
    const isClient = byId.get(entry)?.kind === 'client';
    const shown = isClient && steps.length > 1 ? steps.slice(0, -1) : steps;
    const root = list(shown[0]!);
    const message = isClient
      ? say('rules.scenario-outage.message', { chain: chainText(shown), users: names.byId(entry) })
      : say('rules.scenario-outage.messageNoClient', { chain: chainText(shown) });
    add('scenario-outage', steps.flat(), message, say('rules.scenario-outage.fixNamed', { name: root }));
  }
  for (const { caller, caches, databases } of failures.bypassed) {
    const chain = say('scenario.down', { names: list(caches) });
    add('scenario-cache-bypass', [...caches, caller, ...databases], say('rules.scenario-cache-bypass.message', { chain, caller: names.byId(caller), databases: list(databases) }));
  }
  for (const { queue, consumers } of failures.backlogs) {
    const chain = say('scenario.down', { names: list(consumers) });
    add('scenario-backlog', [queue, ...consumers], say('rules.scenario-backlog.message', { chain, queue: names.byId(queue) }));
  }
  for (const promotion of failures.promoted) {
    const name = names.byId(promotion.id);
    if ('replica' in promotion) add('scenario-promoted', [promotion.id, promotion.replica], say('rules.scenario-promoted.message', { name, replica: names.byId(promotion.replica) }));
    else add('scenario-promoted', [promotion.id], say('rules.scenario-promoted.messageReplicas', { name, left: promotion.left }));
  }
  for (const { id, down: lost, instances } of failures.instancesLost) {
    add('scenario-instances-down', [id], say('rules.scenario-instances-down.message', { name: names.byId(id), down: lost, instances, left: instances - lost }));
  }
  for (const { id, caller, alternatives } of failures.failovers) {
    const steps = chainOf(id);
    // A few names and a count: a balancer that lost half of 1,000 backends must not say 500 names 500 times.
    const named = alternatives.slice(0, NAMED_ALTERNATIVES);
    const more = alternatives.length - named.length;
    const text = more > 0 ? `${list(named)} ${say('scenario.more', { count: more })}` : list(named);
    add('scenario-failover', [...steps.flat(), caller, ...named], say('rules.scenario-failover.message', { chain: chainText(steps), caller: names.byId(caller), alternatives: text }));
  }
  return findings;
}
