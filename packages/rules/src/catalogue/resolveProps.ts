import type { NodeKind } from '../kinds';
import { CATALOGUE } from './catalogue';
import type { PropSpec, PropValue } from './propSpec';

/**
 * The catalogue props of a node with every default filled in and ill-typed values replaced by the
 * default. Props the kind does not define are left out, so a rule never reads a value it did not
 * validate (`capacityQps: -1` on a client, say); the board itself still keeps them.
 */
export type ResolvedProps = Readonly<Record<string, PropValue>>;

function resolveOne(spec: PropSpec, raw: unknown): PropValue {
  switch (spec.type) {
    case 'boolean':
      return typeof raw === 'boolean' ? raw : spec.default;
    case 'enum':
      return typeof raw === 'string' && spec.options.includes(raw) ? raw : spec.default;
    default: {
      // Board files are linted, not rejected, for out-of-range props: clamp so the maths stays defined.
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return spec.default;
      let value = spec.type === 'integer' ? Math.floor(raw) : raw;
      if (spec.min !== undefined) value = Math.max(spec.min, value);
      if (spec.max !== undefined) value = Math.min(spec.max, value);
      return value;
    }
  }
}

/**
 * Overlays a node's props on its kind's defaults.
 *
 * @example resolveProps('web-server', { instances: 3 }).capacityQps // 1000
 */
export function resolveProps(kind: NodeKind, props: Readonly<Record<string, unknown>>): ResolvedProps {
  const out: Record<string, PropValue> = {};
  for (const [name, spec] of specsOf(kind)) out[name] = resolveOne(spec, props[name]);
  return out;
}

// Resolving runs for every node on every edit; listing a kind's specs once keeps it cheap.
const SPECS = new Map<NodeKind, [string, PropSpec][]>();
function specsOf(kind: NodeKind): [string, PropSpec][] {
  let specs = SPECS.get(kind);
  if (!specs) SPECS.set(kind, (specs = Object.entries(CATALOGUE[kind].props)));
  return specs;
}
