import { z } from 'zod';
import { DRILL_ANSWERS, MAX_DRILL_SEED, type DrillAnswerKey } from '@scaleboard/rules';

/** Far past any estimate (the assumption ranges top out below 1e30 bytes); keeps the grading finite. */
const MAX_ANSWER = 1e30;
const answer = z.number().finite().min(0).max(MAX_ANSWER).nullable();

/**
 * A candidate's answers to one estimation card, sent during an interview (`ROOM_EVENTS.estimationAnswer`):
 * the card is its seed, so the owner's screen draws the same assumptions and grades them itself.
 */
export const estimationAnswerSchema = z.strictObject({
  seed: z.number().int().min(0).max(MAX_DRILL_SEED),
  answers: z.strictObject(Object.fromEntries(DRILL_ANSWERS.map((key) => [key, answer])) as Record<DrillAnswerKey, typeof answer>),
});
export type EstimationAnswer = z.infer<typeof estimationAnswerSchema>;

/** What the owner's sockets receive (`ROOM_EVENTS.estimationAttempt`): who answered and when (server clock, epoch ms). */
export interface EstimationAttempt extends EstimationAnswer {
  by: string;
  at: number;
}
