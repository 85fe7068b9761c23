import { useEffect, useState } from 'react';
import { parseBoard, type Board } from '@scaleboard/rules';
import { loadVersion } from './versionCache';

export type VersionPreview =
  | { state: 'idle' }
  | { state: 'loading'; version: number }
  | { state: 'ready'; version: number; board: Board; pictureUrl: string }
  | { state: 'error'; version: number; reason: 'failed' | 'unreadable'; message: string };

/**
 * A version as the preview shows it: its board (read with the same parser as any board file, so a
 * stored file this version cannot read is an error, never a crash) and its picture in `theme`.
 */
export function useVersionPreview(boardId: string, key: string, version: number | null, theme: 'light' | 'dark'): VersionPreview {
  const [preview, setPreview] = useState<VersionPreview>({ state: 'idle' });
  useEffect(() => {
    if (version === null) {
      setPreview({ state: 'idle' });
      return;
    }
    // The fetch is shared (versionCache), so a preview left early only stops listening.
    let left = false;
    let pictureUrl: string | null = null;
    setPreview({ state: 'loading', version });
    loadVersion(boardId, key, version, theme).then(
      ({ file, picture }) => {
        if (left) return;
        const parsed = parseBoard(file);
        if (!parsed.ok) {
          setPreview({ state: 'error', version, reason: 'unreadable', message: `${parsed.error.path}: ${parsed.error.message}` });
          return;
        }
        pictureUrl = URL.createObjectURL(picture);
        setPreview({ state: 'ready', version, board: parsed.board, pictureUrl });
      },
      (error: unknown) => {
        if (!left) setPreview({ state: 'error', version, reason: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      left = true;
      if (pictureUrl) URL.revokeObjectURL(pictureUrl);
    };
  }, [boardId, key, version, theme]);
  return preview;
}
