import { CircleAlert, Info, Locate, TriangleAlert, Wand } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { describeFixAdds, formatDuration, ruleText, type Finding, type Lang, type MechanicalFix } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { useAnalysis } from '../analysis/AnalysisContext';

const ICONS = { error: CircleAlert, warning: TriangleAlert, info: Info } as const;

interface FindingItemProps {
  finding: Finding;
  fix: MechanicalFix | null;
  onShow: (finding: Finding) => void;
  onFix: (fix: MechanicalFix) => void;
}

/** One finding: the rule's title, the message and the fix, with Show and (when mechanical) Fix and what it adds. */
export function FindingItem({ finding, fix, onShow, onFix }: FindingItemProps) {
  const { t } = useTranslation();
  const Icon = ICONS[finding.severity];
  const lang = useRulesLang();
  const title = ruleText(finding.rule, lang).title;
  const action = fix ? fixLabel(fix, t, lang) : null;
  const { analysis } = useAnalysis();
  // What the fix adds to the design and the bill ("+1 instance(s), +$280/month"), beside its button.
  const adds = fix ? describeFixAdds(fix, analysis.board, lang) : null;
  return (
    <li className="finding" data-severity={finding.severity} aria-label={title}>
      <Icon className="finding-icon" size={16} aria-hidden />
      <div className="finding-body">
        <p className="finding-title">{title}</p>
        <p className="finding-message">{finding.message}</p>
        <p className="finding-fix">
          <span className="finding-fix-label">{t('analysis.findings.fixLabel')}</span> <span className="finding-fix-text">{finding.fix}</span>
        </p>
        <div className="finding-actions">
          <button type="button" className="button button-ghost" aria-label={t('analysis.findings.showAria', { message: finding.message })} onClick={() => onShow(finding)}>
            <Locate size={14} aria-hidden />
            {t('analysis.findings.show')}
          </button>
          {fix && action ? (
            <button type="button" className="button button-fix" aria-label={t('analysis.findings.applyAria', { action, message: finding.message })} onClick={() => onFix(fix)}>
              <Wand size={14} aria-hidden />
              {action}
            </button>
          ) : null}
          {fix && action && adds ? <span className="finding-fix-adds">{adds}</span> : null}
        </div>
      </div>
    </li>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function fixLabel(fix: MechanicalFix, t: Translate, lang: Lang): string {
  switch (fix.action) {
    case 'raise-instances':
      return t('analysis.findings.apply.raise-instances', { instances: fix.instances });
    case 'add-replica':
      return t('analysis.findings.apply.add-replica');
    case 'add-session-store':
      return fix.store ? t('analysis.findings.apply.add-session-store-existing') : t('analysis.findings.apply.add-session-store');
    case 'set-ttl':
      return t('analysis.findings.apply.set-ttl', { ttl: formatDuration(fix.ttlSeconds, lang) });
  }
}
