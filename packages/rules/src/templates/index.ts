import { CHAPTER_1 } from './chapter1';
import type { Template } from './template';
import { TWITTER } from './twitter';

/** Every template, in landing-page order. */
export const TEMPLATES: readonly Template[] = [...CHAPTER_1, TWITTER];

/**
 * @example templateOf('twitter-estimate')?.board.assumptions.monthlyActiveUsers // 300000000
 */
export function templateOf(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
