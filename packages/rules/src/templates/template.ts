import type { Board } from '../boardSchema';

/** A board to start from, listed on the landing page. */
export interface Template {
  id: string;
  title: string;
  /** What this step adds and why, in the words of the domain note. */
  description: string;
  /** Rule ids the previous step of its progression was warned about and this step fixes. */
  fixes: readonly string[];
  board: Board;
}
