import { diffBoards, renderBoard, type RenderTheme } from '@scaleboard/board';
import { DEFAULT_LANG, report, type Board, type Lang } from '@scaleboard/rules';

/** A version drawn for the preview, with what the live board changed since marked on it. */
export interface VersionPicture {
  svg: string;
  /** Size of the picture at scale 1, in CSS pixels. */
  width: number;
  height: number;
  /** How many of the version's components the live board removed and changed, and how many it added (those have no place in the picture). */
  counts: { removed: number; changed: number; added: number };
}

/**
 * The version's picture as the shared renderer draws it (the server's exports too), with its
 * findings then and the components removed or changed since highlighted. No board is embedded:
 * the picture is only looked at.
 *
 * The words it adds (kind names, badge titles) are in `lang`.
 *
 * @example versionPicture(version, live, 'dark').counts // { removed: 1, changed: 0, added: 2 }
 */
export function versionPicture(version: Board, live: Board, theme: RenderTheme, lang: Lang = DEFAULT_LANG): VersionPicture {
  const { nodes } = diffBoards(version, live);
  const { svg, width, height } = renderBoard(version, {
    theme,
    lang,
    embedBoard: false,
    findings: report(version, { lang }).findings,
    highlight: { removed: nodes.removed, changed: nodes.changed },
  });
  return { svg, width, height, counts: { removed: nodes.removed.length, changed: nodes.changed.length, added: nodes.added.length } };
}
