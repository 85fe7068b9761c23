import { X } from 'lucide-react';
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applyDesignText, describeDesignProblem, designKey, DESIGN_LIMITS, writeDesign, type DesignProblem, type LiveFormat } from '@scaleboard/board';
import type { Board } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { IconButton } from '../../ui/IconButton';
import { useAnalysis } from '../analysis/AnalysisContext';
import { useBoard } from '../BoardContext';
import { offsetOf, placeOf } from './caretPlace';
import '../../styles/textPanel.css';

/** A pause in typing this long applies the text to the board (when it parses). */
const APPLY_AFTER_MS = 400;
/** The board's edits are written into the text this long after the last one: one rewrite per burst. */
const FOLLOW_AFTER_MS = 150;
/** While the person typed this recently, the board's edits wait: their caret and words are not taken. */
const TYPING_MS = 1200;

/**
 * The board as text — Scaleboard's text format or a Mermaid flowchart — and the text as the board:
 * the person's edits are applied when they pause (`applyDesignText`: only what they changed since
 * the text was written, in one transaction of their undo), a text that does not parse is shown
 * with its line and column and changes nothing, and everyone's edits are written back into the
 * text — never while the person types, and with the caret kept at its line and column. A view key
 * reads it only. Escape closes it. Each keystroke costs a string copy; the parse and the diff wait for a pause, and
 * only new components are laid out (docs/text-format.md#the-text-panel).
 */
export function TextPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const { doc, origin, readOnly } = useBoard();
  const board = useAnalysis().analysis.board;
  const [format, setFormat] = useState<LiveFormat>('text');
  const [value, setValue] = useState(() => writeDesign(board, 'text'));
  const [problem, setProblem] = useState<DesignProblem | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  // What the text was written from (or, after an apply, what it describes), and what that board says (designKey).
  const base = useRef<{ board: Board; key: string }>({ board, key: designKey(board, 'text') });
  const latest = useRef({ board, value, format, problem });
  latest.current = { board, value, format, problem };
  const lastInput = useRef(0);
  const applyTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const followTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tooLarge = value.length > DESIGN_LIMITS.maxLiveChars;
  const editable = !readOnly && !tooLarge;

  /** Writes the live board into the text unless the person is typing (then tries again when they pause). */
  const follow = useCallback(() => {
    followTimer.current = undefined;
    const { board: live, format: shown, problem: refused } = latest.current;
    const key = designKey(live, shown);
    // The board says what the text says (moved components, the document's order): the person's text stays as written.
    if (key === base.current.key) {
      base.current = { board: live, key };
      return;
    }
    const sinceInput = performance.now() - lastInput.current;
    const typing = applyTimer.current !== undefined || refused !== null || (document.activeElement === area.current && sinceInput < TYPING_MS);
    if (typing) {
      followTimer.current = setTimeout(follow, Math.max(FOLLOW_AFTER_MS, TYPING_MS - sinceInput));
      return;
    }
    const field = area.current;
    const caret = field && document.activeElement === field ? { start: placeOf(latest.current.value, field.selectionStart), end: placeOf(latest.current.value, field.selectionEnd) } : null;
    const text = writeDesign(live, shown);
    base.current = { board: live, key };
    setValue(text);
    if (caret && field) {
      // After React has written the new value: set the caret back to its line and column.
      queueMicrotask(() => field.setSelectionRange(offsetOf(text, caret.start), offsetOf(text, caret.end)));
    }
  }, []);

  useEffect(() => {
    clearTimeout(followTimer.current);
    followTimer.current = setTimeout(follow, FOLLOW_AFTER_MS);
    return () => clearTimeout(followTimer.current);
  }, [board, format, problem, follow]);

  const apply = useCallback(() => {
    applyTimer.current = undefined;
    const { value: text, format: written } = latest.current;
    const result = applyDesignText(doc, base.current.board, text, written, origin);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    base.current = { board: result.board, key: designKey(result.board, written) };
    setProblem(null);
  }, [doc, origin]);

  // Closing the panel within a pause of typing still applies what was typed.
  useEffect(
    () => () => {
      if (applyTimer.current === undefined) return;
      clearTimeout(applyTimer.current);
      apply();
    },
    [apply],
  );

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    if (!editable) return;
    setValue(event.target.value);
    latest.current.value = event.target.value;
    lastInput.current = performance.now();
    clearTimeout(applyTimer.current);
    applyTimer.current = setTimeout(apply, APPLY_AFTER_MS);
  };

  const choose = (next: LiveFormat) => {
    clearTimeout(applyTimer.current);
    applyTimer.current = undefined;
    const text = writeDesign(latest.current.board, next);
    base.current = { board: latest.current.board, key: designKey(latest.current.board, next) };
    setFormat(next);
    setValue(text);
    setProblem(null);
  };

  const formatName = t(`designText.${format}`);
  return (
    <aside className="text-panel" aria-labelledby="text-panel-title" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <header className="text-panel-header">
        <h2 id="text-panel-title" className="text-panel-title">
          {t('designText.heading')}
        </h2>
        <IconButton label={t('designText.close')} onClick={onClose} tooltipSide="left">
          <X />
        </IconButton>
      </header>
      <fieldset className="text-panel-formats">
        <legend className="visually-hidden">{t('designText.format')}</legend>
        {(['text', 'mermaid'] as const).map((option) => (
          <label key={option} className="text-panel-format">
            <input type="radio" name="design-text-format" value={option} checked={format === option} onChange={() => choose(option)} />
            <span>{t(`designText.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <textarea
        ref={area}
        className="text-panel-area"
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        wrap="off"
        readOnly={!editable}
        maxLength={DESIGN_LIMITS.maxLiveChars}
        value={value}
        onChange={onChange}
        aria-label={t('designText.area', { format: formatName })}
        aria-invalid={problem !== null}
        aria-describedby="text-panel-hint"
      />
      {problem ? (
        <p className="text-panel-problem" role="alert">
          {describeDesignProblem(problem, lang)}
        </p>
      ) : null}
      <p id="text-panel-hint" className="field-hint">
        {readOnly ? t('designText.readOnly') : tooLarge ? t('designText.tooLarge', { limit: DESIGN_LIMITS.maxLiveChars.toLocaleString() }) : t(`designText.hint.${format}`)}
      </p>
    </aside>
  );
}
