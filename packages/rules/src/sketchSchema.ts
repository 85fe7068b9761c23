import { z } from 'zod';

// Free drawing on the board (issue 20): pen strokes and the sketch shapes — rectangles, ellipses,
// free arrows — in one model. Each is a list of points relative to its origin (`x`, `y`),
// quantised to whole board units so a stroke stays small on the wire and in the log: a stroke is
// its pointer's path, a rectangle or an ellipse the two corners of its box, an arrow its two
// ends. The rules ignore sketches; they are pictures, not components.

/** What a sketch is: one model for strokes and shapes. */
export const SKETCH_SHAPES = ['stroke', 'rectangle', 'ellipse', 'arrow'] as const;
export type SketchShape = (typeof SKETCH_SHAPES)[number];

/** The bounds of sketches, by the names errors and docs give them. */
export const SKETCH_LIMITS = {
  /** Points in one stroke; a longer pen path is thinned before it is written. */
  MAX_STROKE_POINTS: 1_000,
  /** Sketches on one board. */
  MAX_SKETCHES: 2_000,
  /** How far a point may lie from its sketch's origin, in board units, either way. */
  MAX_SKETCH_EXTENT: 20_000,
} as const;

const finite = z.number().finite();
const coordinate = z.number().int().min(-SKETCH_LIMITS.MAX_SKETCH_EXTENT).max(SKETCH_LIMITS.MAX_SKETCH_EXTENT);

/**
 * One sketch as the board file and the live document hold it. `points` is flat — `[x0, y0, x1, y1,
 * …]` — whole numbers relative to `x`, `y`; a stroke has 1 to MAX_STROKE_POINTS points, every
 * other shape exactly two. An arrow's `from` / `to` name the components its ends are attached to
 * (the end is then drawn at that component's border); unknown fields are kept.
 *
 * @example sketchSchema.parse({ id: 's1', shape: 'stroke', x: 10, y: 20, points: [0, 0, 4, 3] })
 */
export const sketchSchema = z
  .looseObject({
    id: z.string().min(1),
    shape: z.enum(SKETCH_SHAPES),
    x: finite,
    y: finite,
    points: z.array(coordinate).min(2).max(2 * SKETCH_LIMITS.MAX_STROKE_POINTS, { error: `must hold at most ${SKETCH_LIMITS.MAX_STROKE_POINTS} points (MAX_STROKE_POINTS)` }),
    from: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
  })
  .check((ctx) => {
    const { shape, points } = ctx.value;
    if (points.length % 2 !== 0) ctx.issues.push({ code: 'custom', message: 'must hold pairs of numbers (x, y)', input: points, path: ['points'] });
    else if (shape !== 'stroke' && points.length !== 4) ctx.issues.push({ code: 'custom', message: `must hold exactly two points for a ${shape}`, input: points, path: ['points'] });
    for (const end of ['from', 'to'] as const) {
      if (ctx.value[end] !== undefined && shape !== 'arrow') ctx.issues.push({ code: 'custom', message: 'only an arrow attaches to a component', input: ctx.value[end], path: [end] });
    }
  });

export type BoardSketch = z.infer<typeof sketchSchema>;
