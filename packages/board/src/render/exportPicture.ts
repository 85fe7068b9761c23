import type { Board } from '@scaleboard/rules';
import { renderBoard, type RenderedBoard, type RenderOptions } from './renderBoardSvg';

/** What an export asks of the picture: the renderer's options, less those only a band of it uses. */
export type PictureOptions = Omit<RenderOptions, 'embedBoard' | 'band'>;

export interface ExportPicture extends RenderedBoard {
  /**
   * The `scaleboard/v1` JSON of what the picture shows (the selection when there is one): the text
   * in the SVG's `<metadata>`, and the text a PNG drawn from it carries
   * (`embedPngText(png, PNG_BOARD_KEYWORD, picture.boardJson)`), so both import back to one board.
   */
  boardJson: string;
}

/**
 * The export pipeline's shared step, behind every export of the browser and the server: the board
 * drawn as SVG with itself embedded in its metadata, and that same board's JSON for a PNG's text
 * chunk. Rasterising the SVG is each platform's own (a canvas in the browser, resvg on the
 * server); the PNG then gets `boardJson`, taken from the board object, never read back out of
 * the SVG.
 *
 * @example
 * const picture = exportPicture(board, { theme: 'dark' });
 * const png = embedPngText(await rasterize(picture.svg), PNG_BOARD_KEYWORD, picture.boardJson);
 */
export function exportPicture(board: Board, options: PictureOptions = {}): ExportPicture {
  const { boardJson, ...picture } = renderBoard(board, { ...options, embedBoard: true });
  // renderBoard embeds the board unless told `embedBoard: false`, and returns its JSON when it does.
  if (boardJson === undefined) throw new Error('renderBoard drew no embedded board');
  return { ...picture, boardJson };
}
