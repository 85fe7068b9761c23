/**
 * What a property panel needs to render and validate one component property. Its label and
 * description are texts, `props.<name>` in the resources (`propLabel`, `propDescription`).
 */
export type PropSpec = NumberPropSpec | BooleanPropSpec | EnumPropSpec;


export interface NumberPropSpec {
  type: 'number' | 'integer';
  /** Absent means "unset": e.g. a cache with no TTL, or a managed service with no capacity ceiling. */
  default?: number;
  unit?: string;
  min?: number;
  max?: number;
}

export interface BooleanPropSpec {
  type: 'boolean';
  default: boolean;
}

export interface EnumPropSpec {
  type: 'enum';
  options: readonly string[];
  default: string;
}

/** Resolved property values: catalogue defaults overlaid with what the board says. */
export type PropValue = number | boolean | string | undefined;
