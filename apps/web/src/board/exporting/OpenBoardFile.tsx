import { FileUp, LoaderCircle } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBoard } from '../../api/boardsApi';
import { openNewBoard } from '../../landing/openNewBoard';
import { useRulesLang } from '../../i18n/rulesLang';
import { readImportFile } from './importIntoBoard';
import { importProblem } from './importProblem';
import './exporting.css';

/** Landing page: open a board file (JSON, an exported PNG/SVG, or a Mermaid or text-format design) as a new board. */
export function OpenBoardFile() {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (file: File) => {
    setBusy(true);
    setError(null);
    const result = await readImportFile(file);
    if (!result.ok) {
      setError(importProblem(result, t, lang));
      setBusy(false);
      return;
    }
    try {
      openNewBoard(await createBoard({ board: result.board }));
    } catch (e) {
      setError(t('landing.createFailed', { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button-secondary button-large" onClick={() => input.current?.click()} disabled={busy}>
        {busy ? <LoaderCircle className="spin" size={18} aria-hidden /> : <FileUp size={18} aria-hidden />}
        {busy ? t('exporting.opening') : t('exporting.openFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.png,.svg,application/json,image/png,image/svg+xml,.mmd,.mermaid,.md,.txt,text/plain,text/markdown"
        hidden
        aria-label={t('exporting.openFile')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
      {error ? (
        <p role="alert" className="form-error open-file-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
