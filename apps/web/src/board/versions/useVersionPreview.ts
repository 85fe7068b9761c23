import { useEffect, useState } from 'react';
import { parseBoard, type Board } from '@scaleboard/rules';
import { loadVersion } from './versionCache';

export type VersionPreview =
  | { state: 'idle' }
  | { state: 'loading'; version: number }
  | { state: 'ready'; version: number; board: Board }
  | { state: 'error'; version: number; reason: 'failed' | 'unreadable'; message: string };

/**
 * A version as the preview shows it: its board (read with the same parser as any board file, so a
 * stored file this version cannot read is an error, never a crash).
 */
export function useVersionPreview(boardId: string, key: string, version: number | null): VersionPreview {
  const [preview, setPreview] = useState<VersionPreview>({ state: 'idle' });
  useEffect(() => {
    if (version === null) {
      setPreview({ state: 'idle' });
      return;
    }
    // The fetch is shared (versionCache), so a preview left early only stops listening.
    let left = false;
    setPreview({ state: 'loading', version });
    loadVersion(boardId, key, version).then(
      (file) => {
        if (left) return;
        const parsed = parseBoard(file);
        if (!parsed.ok) {
          setPreview({ state: 'error', version, reason: 'unreadable', message: `${parsed.error.path}: ${parsed.error.message}` });
          return;
        }
        setPreview({ state: 'ready', version, board: parsed.board });
      },
      (error: unknown) => {
        if (!left) setPreview({ state: 'error', version, reason: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      left = true;
    };
  }, [boardId, key, version]);
  return preview;
}
