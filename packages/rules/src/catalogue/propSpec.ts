/** What a property panel needs to render and validate one component property. */
export type PropSpec = NumberPropSpec | BooleanPropSpec | EnumPropSpec;

interface BasePropSpec {
  /** Human label for the property panel. */
  label: string;
  /** One sentence: what the number means and why it matters to the rules. */
  description: string;
}

export interface NumberPropSpec extends BasePropSpec {
  type: 'number' | 'integer';
  /** Absent means "unset": e.g. a cache with no TTL, or a managed service with no capacity ceiling. */
  default?: number;
  unit?: string;
  min?: number;
  max?: number;
}

export interface BooleanPropSpec extends BasePropSpec {
  type: 'boolean';
  default: boolean;
}

export interface EnumPropSpec extends BasePropSpec {
  type: 'enum';
  options: readonly string[];
  default: string;
}

/** Resolved property values: catalogue defaults overlaid with what the board says. */
export type PropValue = number | boolean | string | undefined;
