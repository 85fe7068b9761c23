import { z } from 'zod';
import type { NodeKind } from '../kinds';
import { CATALOGUE } from './catalogue';
import type { PropSpec } from './propSpec';

/** The value a property may hold, as the catalogue describes it; absent is always fine ("unset"). */
function valueSchema(spec: PropSpec): z.ZodType {
  switch (spec.type) {
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(spec.options as [string, ...string[]]);
    default: {
      let number = spec.type === 'integer' ? z.number().int() : z.number().finite();
      if (spec.min !== undefined) number = number.min(spec.min);
      if (spec.max !== undefined) number = number.max(spec.max);
      return number;
    }
  }
}

/**
 * The props a node of `kind` may hold: each property the catalogue defines has its type and range
 * (`instances` an integer ≥ 1, `hitRatio` 0–1, `role` one of its options…); props the catalogue
 * does not define are kept as they are, for tools and newer versions. Built from the catalogue,
 * so a property added there is checked everywhere a board is read or written.
 *
 * @example propsSchemaOf('web-server').safeParse({ instances: -1 }).success // false
 */
export function propsSchemaOf(kind: NodeKind): z.ZodType<Record<string, unknown>> {
  let schema = SCHEMAS.get(kind);
  if (!schema) {
    const shape = Object.fromEntries(Object.entries(CATALOGUE[kind].props).map(([name, spec]) => [name, valueSchema(spec).optional()]));
    SCHEMAS.set(kind, (schema = z.looseObject(shape)));
  }
  return schema;
}

const SCHEMAS = new Map<NodeKind, z.ZodType<Record<string, unknown>>>();
