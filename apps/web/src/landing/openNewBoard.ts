import type { CreateBoardResponse } from '@scaleboard/protocol';
import { navigate } from '../router/navigate';
import { boardPath, rememberBoard } from './recentBoards';

/** A board this browser just created: remember its keys (this browser is its owner) and open it. */
export function openNewBoard(board: CreateBoardResponse): void {
  rememberBoard({ id: board.id, title: board.title, key: board.keys.owner, keys: board.keys });
  navigate(boardPath(board.id, board.keys.owner));
}
