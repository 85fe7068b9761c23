import { FileUp } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { IconButton } from '../../ui/IconButton';
import { useRulesLang } from '../../i18n/rulesLang';
import { loadImporting } from '../../lazyParts';
import type { ImportResult } from './importIntoBoard';
import { importProblem } from './importProblem';
import './exporting.css';

const ACCEPT = '.json,.png,.svg,application/json,image/png,image/svg+xml,.mmd,.mermaid,.md,.txt,text/plain,text/markdown';

/**
 * Import into the open board: a button with a file picker, and dropping a file anywhere on the
 * board. The outcome is announced; a bad file changes nothing.
 */
export function ImportControl({ doc, origin }: { doc: Y.Doc; origin: object }) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void loadImporting().then(({ importIntoBoard }) => importIntoBoard(file, doc, origin)).then(setResult);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [doc, origin]);

  const message = !result
    ? null
    : result.ok
      ? t('exporting.imported', { title: result.title })
      : importProblem(result, t, lang);

  return (
    <>
      <IconButton label={t('exporting.import')} onClick={() => input.current?.click()}>
        <FileUp />
      </IconButton>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label={t('exporting.import')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void loadImporting().then(({ importIntoBoard }) => importIntoBoard(file, doc, origin)).then(setResult);
        }}
      />
      {createPortal(
        <>
          {dragging ? (
            <div className="import-drop" aria-hidden>
              <FileUp size={28} />
              {t('exporting.dropHere')}
            </div>
          ) : null}
          {message ? (
            <div role={result?.ok ? 'status' : 'alert'} className={`import-toast${result?.ok ? '' : ' is-error'}`}>
              <span>{message}</span>
              <button type="button" className="icon-button" aria-label={t('exporting.close')} onClick={() => setResult(null)}>
                ×
              </button>
            </div>
          ) : null}
        </>,
        document.body,
      )}
    </>
  );
}
