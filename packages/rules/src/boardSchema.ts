import { z } from 'zod';
import { EDGE_KINDS, NODE_KINDS } from './kinds';

/** The format tag every board file starts with. */
export const BOARD_FORMAT = 'scaleboard/v1';

const finite = z.number().finite();

/** Back-of-the-envelope inputs (DOMAIN.md chapter 2). Every field optional; unknown ones kept. */
export const assumptionsSchema = z.looseObject({
  monthlyActiveUsers: finite.nonnegative().optional(),
  dailyActiveRatio: finite.min(0).max(1).optional(),
  writesPerUserPerDay: finite.nonnegative().optional(),
  readsPerWrite: finite.nonnegative().optional(),
  peakFactor: finite.min(1).optional(),
  mediaRatio: finite.min(0).max(1).optional(),
  mediaBytes: finite.nonnegative().optional(),
  textBytes: finite.nonnegative().optional(),
  idBytes: finite.nonnegative().optional(),
  retentionYears: finite.nonnegative().optional(),
  /** Required availability of the request path (e.g. 0.999); below it the design gets a finding. */
  availabilityTarget: finite.min(0).max(1).optional(),
});

export const nodeSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(NODE_KINDS),
  label: z.string(),
  x: finite,
  y: finite,
  width: finite.positive().optional(),
  height: finite.positive().optional(),
  parent: z.string().min(1).optional(),
  props: z.record(z.string(), z.unknown()).default({}),
});

export const edgeSchema = z.looseObject({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  kind: z.enum(EDGE_KINDS).default('sync'),
  label: z.string().optional(),
});

export const boardSchema = z.looseObject({
  format: z.literal(BOARD_FORMAT),
  title: z.string().default('Untitled board'),
  assumptions: assumptionsSchema.default({}),
  nodes: z.array(nodeSchema).default([]),
  edges: z.array(edgeSchema).default([]),
});

export type Assumptions = z.infer<typeof assumptionsSchema>;
export type BoardNode = z.infer<typeof nodeSchema>;
export type BoardEdge = z.infer<typeof edgeSchema>;
export type Board = z.infer<typeof boardSchema>;
