import { Calculator } from 'lucide-react';
import { useCallback, useContext, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { AnalysisContext } from '../analysis/AnalysisContext';

const ITEMS = ['features', 'users', 'growth', 'techStack'] as const;

/** The checklist is shared (not private), so it lives in the board's Y.Doc beside the layout. */
function scopeMap(doc: Y.Doc): Y.Map<boolean> {
  return doc.getMap<boolean>('interviewScope');
}

function useScope(doc: Y.Doc): Record<string, boolean> {
  const subscribe = useCallback(
    (onChange: () => void) => {
      scopeMap(doc).observe(onChange);
      return () => scopeMap(doc).unobserve(onChange);
    },
    [doc],
  );
  const read = useCallback(() => JSON.stringify(scopeMap(doc).toJSON()), [doc]);
  return JSON.parse(useSyncExternalStore(subscribe, read)) as Record<string, boolean>;
}

/** Phase 1: features, users, growth, tech stack — ticked together by everyone who can edit. */
export function ScopeChecklist({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  const { t } = useTranslation();
  const scope = useScope(doc);
  // The inspector's Estimate tab is where the assumptions (users, growth, sizes) are entered.
  const analysis = useContext(AnalysisContext);
  return (
    <div className="interview-guide-block">
      <fieldset className="interview-checklist">
        <legend>{t('interview.scope.checklist')}</legend>
        {ITEMS.map((item) => (
          <label key={item} className="interview-check">
            <input
              type="checkbox"
              checked={scope[item] === true}
              disabled={readOnly}
              onChange={(event) => scopeMap(doc).set(item, event.target.checked)}
            />
            <span>{t(`interview.scope.${item}`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="button button-secondary interview-link" onClick={() => analysis?.openTab('estimate')} disabled={!analysis}>
        <Calculator size={15} aria-hidden />
        {t('interview.scope.estimate')}
      </button>
    </div>
  );
}
