import type { Board } from '../boardSchema';

/** A board to start from, listed on the landing page. */
export interface Template {
  /** Its title and what this step adds and why are texts, `templates.<id>` (`templateText`). */
  id: string;
  /** Rule ids the previous step of its progression was warned about and this step fixes. */
  fixes: readonly string[];
  board: Board;
}
