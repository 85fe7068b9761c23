import { z } from 'zod';
import { CATALOGUE } from './catalogue/catalogue';
import { propsSchemaOf } from './catalogue/propsSchema';
import { ASSUMPTION_FIELDS, ASSUMPTION_KEYS, type AssumptionField, type AssumptionKey } from './estimate/assumptionFields';
import { EDGE_KINDS, NODE_KINDS } from './kinds';
import { SKETCH_LIMITS, sketchSchema } from './sketchSchema';
import { labelLimitOf, storableTextProblem, textProblem, type TextLimit } from './textLimits';

/** The format tag every board file starts with. */
export const BOARD_FORMAT = 'scaleboard/v1';

const finite = z.number().finite();

/**
 * Text the database can keep: PostgreSQL refuses a NUL in text and JSON (a 500 before issue 13),
 * so it is refused where text enters, naming the field.
 */
export const storableText = z.string().check((ctx) => {
  const problem = storableTextProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

/** Storable text under one of the TEXT_LIMITS, refused with a message that names the limit. */
const limited = (limit: TextLimit) =>
  z.string().check((ctx) => {
    const problem = textProblem(ctx.value, limit);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

/** A board's title, here and in `POST /api/boards`; the database keeps it as the board's name. */
export const titleSchema = limited('MAX_TITLE_LENGTH');

/** A number inside an assumption field's range; a refusal names the range, digits grouped ("1e30 users" → "from 0 to 10,000,000,000"). */
const inRange = ({ min, max }: AssumptionField) => {
  // Written when a value is refused, not at import: `toLocaleString` builds a number formatter on
  // each call, and the schema is built on every page load (a cost before a board's first picture).
  const range = () => `must be a number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`;
  return finite.min(min, { error: range }).max(max, { error: range });
};

/** Back-of-the-envelope inputs (DOMAIN.md chapter 2), one per ASSUMPTION_FIELDS row. Every field optional; unknown ones kept. */
export const assumptionsSchema = z.looseObject(
  Object.fromEntries(ASSUMPTION_KEYS.map((key) => [key, inRange(ASSUMPTION_FIELDS[key]).optional()])) as Record<
    AssumptionKey,
    z.ZodOptional<z.ZodNumber>
  >,
);

export const nodeSchema = z
  .looseObject({
    id: z.string().min(1),
    kind: z.enum(NODE_KINDS),
    // A note's text may be longer than a name: the check below picks the kind's limit.
    label: z.string(),
    x: finite,
    y: finite,
    width: finite.positive().optional(),
    height: finite.positive().optional(),
    parent: z.string().min(1).optional(),
    props: z.record(z.string(), z.unknown()).default({}),
  })
  .check((ctx) => {
    const problem = textProblem(ctx.value.label, labelLimitOf(ctx.value.kind));
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value.label, path: ['label'] });
    // Props are typed per kind, so their schema is picked once the kind is known to be one.
    if (!Object.hasOwn(CATALOGUE, ctx.value.kind)) return;
    const props = propsSchemaOf(ctx.value.kind).safeParse(ctx.value.props);
    for (const issue of props.success ? [] : props.error.issues) {
      ctx.issues.push({ code: 'custom', message: issue.message, input: ctx.value.props, path: ['props', ...issue.path] });
    }
  });

/**
 * A node's fields whose rule is their own schema alone: the node's cross-field check above reads
 * none of them. A change that writes only these to a node that is otherwise as it was can be
 * checked on them (the live document's guard does, for every move) instead of on the whole node.
 */
export const NODE_FIELDS_CHECKED_ALONE = ['x', 'y', 'width', 'height'] as const;

export const edgeSchema = z.looseObject({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  kind: z.enum(EDGE_KINDS).default('sync'),
  label: limited('MAX_LABEL_LENGTH').optional(),
});

export const boardSchema = z.looseObject({
  format: z.literal(BOARD_FORMAT),
  title: titleSchema.default('Untitled board'),
  assumptions: assumptionsSchema.default({}),
  nodes: z.array(nodeSchema).default([]),
  edges: z.array(edgeSchema).default([]),
  // Optional, not defaulted: a board without sketches reads and exports exactly as before issue 20.
  sketches: z.array(sketchSchema).max(SKETCH_LIMITS.MAX_SKETCHES, { error: `must hold at most ${SKETCH_LIMITS.MAX_SKETCHES} sketches (MAX_SKETCHES)` }).optional(),
});

export type Assumptions = z.infer<typeof assumptionsSchema>;
export type BoardNode = z.infer<typeof nodeSchema>;
export type BoardEdge = z.infer<typeof edgeSchema>;
export type Board = z.infer<typeof boardSchema>;
