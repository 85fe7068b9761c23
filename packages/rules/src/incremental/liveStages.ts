import {
  callsOnRequest,
  componentAvailability,
  requestStages,
  requestTargets,
  stageDowntime,
  stagesInSeries,
  type AvailabilityReport,
} from '../availability/availability';
import type { BoardGraph } from '../graph/boardGraph';
import { sources } from '../graph/paths';
import { LiveReach, type ReachEdit } from './liveReach';

/** Props the availability model reads of a component. */
const AVAILABILITY_PROPS = ['availability', 'instances', 'replicas'];

/**
 * `availabilityOfGraph` kept up to date: the components a request needs (`requestStages`' path, a
 * `LiveReach`), their stages of alternatives and each stage's downtime. A props edit recomputes the
 * stages holding the edited components; a structural edit groups again only the stages it can
 * split or merge — those of the edit's ends, of their callees, and of the components that came onto
 * or left the path — taking in any other stage a new grouping reaches. Stages keep the order of
 * their first component on the board (`position`), each in board order, as `requestStages` gives
 * them, so the series is the same product to the last bit.
 *
 * @example const stages = new LiveStages(graph, ['users'], position); stages.availability.nines
 */
export class LiveStages {
  private readonly reach: LiveReach;
  private stages: string[][];
  private downs: number[];
  private readonly stageOf = new Map<string, number>();
  /** Per component on the path, its availability with its copies; updated in place. */
  private readonly components: Record<string, number> = {};
  private current: AvailabilityReport;

  constructor(
    private readonly graph: BoardGraph,
    /** Where requests enter, in order (`entries`): fixed for the life of this. */
    private readonly entries: readonly string[],
    /** Each component's place on the board. */
    private readonly position: ReadonlyMap<string, number>,
  ) {
    const starts = new Set(entries);
    this.reach = new LiveReach(graph, {
      isStart: (node) => starts.has(node.id),
      next: requestTargets,
      callers: (g, id) => sources(g, id, ['sync', 'async']),
      leads: callsOnRequest,
    });
    const found = requestStages(graph);
    for (const id of found.path) this.components[id] = componentAvailability(graph, graph.nodes.get(id)!);
    this.stages = found.stages;
    this.downs = found.stages.map((nodes) => stageDowntime(nodes, this.components));
    this.number(0);
    this.current = stagesInSeries(this.stages, this.downs, this.components);
  }

  get availability(): AvailabilityReport {
    return this.current;
  }

  /**
   * Recomputes the stages holding components whose availability props changed. Returns whether the
   * availability changed.
   *
   * @example stages.update(new Map([['db', new Set(['replicas'])]])) // true
   */
  update(props: ReadonlyMap<string, ReadonlySet<string>>): boolean {
    const stages = new Set<number>();
    for (const [id, changed] of props) {
      const stage = this.stageOf.get(id);
      if (stage === undefined || !AVAILABILITY_PROPS.some((prop) => changed.has(prop))) continue;
      const own = componentAvailability(this.graph, this.graph.nodes.get(id)!);
      if (Object.is(own, this.components[id])) continue;
      this.components[id] = own;
      stages.add(stage);
    }
    if (stages.size === 0) return false;
    for (const stage of stages) this.downs[stage] = stageDowntime(this.stages[stage]!, this.components);
    this.current = stagesInSeries(this.stages, this.downs, this.components);
    return true;
  }

  /**
   * Takes in a structural edit (the graph already edited; `ends`: the components whose edges
   * changed). Returns the components that came onto the path or left it.
   *
   * @example stages.restructure({ added: [], removed: [], lostWays: ['cache-3'], newWays: [] }, new Set(['web-3', 'cache-3']))
   */
  restructure(edit: ReachEdit, ends: ReadonlySet<string>): string[] {
    const { graph, stageOf, components } = this;
    const reached = this.reach.reached;
    const { came, went } = this.reach.update(edit);
    // The stages the edit can split or merge, and the new components on the path.
    const hit = new Set<number>();
    const members = new Set<string>();
    const queue: string[] = [];
    const take = (id: string) => {
      if (members.has(id)) return;
      const stage = stageOf.get(id);
      if (stage !== undefined && !hit.has(stage)) {
        hit.add(stage);
        for (const other of this.stages[stage]!) {
          if (!reached.has(other) || members.has(other)) continue;
          members.add(other);
          queue.push(other);
        }
      }
      if (reached.has(id) && !members.has(id)) {
        members.add(id);
        queue.push(id);
      }
    };
    const calleesOf = (id: string) => {
      const node = graph.nodes.get(id);
      if (node) for (const callee of requestTargets(graph, node)) take(callee.id);
    };
    for (const id of went) {
      take(id);
      calleesOf(id);
    }
    for (const id of came) {
      take(id);
      calleesOf(id);
    }
    // A component's stage follows from its callers, so the edit regroups the callees of its ends
    // (those it lost: `lostWays`); an end's own redundancy can change (replication edges), not its stage.
    for (const id of ends) calleesOf(id);
    for (const id of edit.lostWays) take(id);
    for (const id of edit.removed) take(id);
    for (const id of went) {
      delete components[id];
      stageOf.delete(id);
    }
    for (const id of came) components[id] = componentAvailability(graph, graph.nodes.get(id)!);
    const redone: string[] = [];
    for (const id of ends) {
      if (!reached.has(id) || came.includes(id)) continue;
      const own = componentAvailability(graph, graph.nodes.get(id)!);
      if (Object.is(own, components[id])) continue;
      components[id] = own;
      redone.push(id);
    }
    if (hit.size === 0 && members.size === 0) {
      if (redone.length === 0) return [...came, ...went];
      for (const id of redone) this.downs[stageOf.get(id)!] = stageDowntime(this.stages[stageOf.get(id)!]!, components);
      this.current = stagesInSeries(this.stages, this.downs, components);
      return [...came, ...went];
    }
    // Grouped again as requestStages groups: each caller on the path joins its callees of one kind
    // (a balancer's: all), the entries of one kind join. A grouping that reaches a stage not taken
    // yet takes it whole.
    const root = new Map<string, string>();
    const find = (id: string): string => {
      let at = id;
      while (root.has(at) && root.get(at) !== at) at = root.get(at)!;
      if (at !== id) root.set(id, at);
      return at;
    };
    const union = (a: string, b: string) => {
      take(b);
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) root.set(ra, rb);
    };
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      const node = graph.nodes.get(id)!;
      for (const caller of sources(graph, id, ['sync', 'async'])) {
        if (!reached.has(caller.id) || !callsOnRequest(caller, node)) continue;
        const first = requestTargets(graph, caller).find((t) => caller.kind === 'load-balancer' || t.kind === node.kind)!;
        if (first !== node) union(id, first.id);
      }
      if (this.entries.includes(id)) {
        const first = this.entries.find((entry) => graph.nodes.get(entry)?.kind === node.kind);
        if (first !== undefined && first !== id) union(id, first);
      }
    }
    const groups = new Map<string, string[]>();
    for (const id of members) {
      const key = find(id);
      const group = groups.get(key);
      if (group) group.push(id);
      else groups.set(key, [id]);
    }
    const at = (id: string) => this.position.get(id)!;
    const fresh = [...groups.values()].map((group) => group.sort((a, b) => at(a) - at(b))).sort((a, b) => at(a[0]!) - at(b[0]!));
    // The kept stages and the new ones, both in the order of their first component, merged.
    const stages: string[][] = [];
    const downs: number[] = [];
    let first = Infinity;
    let k = 0;
    for (let s = 0; s <= this.stages.length; s++) {
      const keep = s < this.stages.length && !hit.has(s) ? this.stages[s]! : null;
      if (s < this.stages.length && !keep) continue;
      while (k < fresh.length && (!keep || at(fresh[k]![0]!) < at(keep[0]!))) {
        first = Math.min(first, stages.length);
        stages.push(fresh[k]!);
        downs.push(stageDowntime(fresh[k]!, components));
        k++;
      }
      if (!keep) continue;
      if (stages.length !== s) first = Math.min(first, stages.length);
      stages.push(keep);
      downs.push(this.downs[s]!);
    }
    if (stages.length !== this.stages.length) first = Math.min(first, stages.length);
    this.stages = stages;
    this.downs = downs;
    this.number(Number.isFinite(first) ? first : stages.length);
    for (const id of redone) if (!members.has(id)) downs[stageOf.get(id)!] = stageDowntime(stages[stageOf.get(id)!]!, components);
    this.current = stagesInSeries(stages, downs, components);
    return [...came, ...went];
  }

  /** Numbers the stages from `from` on in `stageOf`. */
  private number(from: number): void {
    for (let i = from; i < this.stages.length; i++) for (const id of this.stages[i]!) this.stageOf.set(id, i);
  }
}
