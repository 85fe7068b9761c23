import type { TFunction } from 'i18next';
import { describeDesignProblem, type DesignProblem } from '@scaleboard/board';
import { boardProblem, type BoardError, type Lang } from '@scaleboard/rules';

/**
 * Why a file was not imported, for a person: a field the board schema refused in plain words
 * (which component, which field, what is wrong — the path as a detail, `boardProblem`), any other
 * refusal (not a board, too large) as its own sentence; a design written as text, at its line and column.
 *
 * @example importProblem({ error, input }, t, 'ko') // 'Not imported: 1번째 컴포넌트("C")의 "x" 항목: …'
 */
export function importProblem(failure: { error: BoardError; input?: unknown; problem?: DesignProblem }, t: TFunction, lang: Lang): string {
  const { error } = failure;
  // A Mermaid or text-format file: where (line, column) and what, in the reader's language.
  if (failure.problem) return t('exporting.importFailedRoot', { message: describeDesignProblem(failure.problem, lang) });
  if (error.code) return t('exporting.importFailedRoot', { message: boardProblem(failure.input, error, lang) });
  return error.path === '(root)' ? t('exporting.importFailedRoot', { message: error.message }) : t('exporting.importFailed', { path: error.path, message: error.message });
}
