import { CheckCircle2, Circle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { kindName, type NodeKind } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import type { BoardContent } from '../../sync/useBoardContent';

/** The book's key components of a first blueprint, each satisfied by any of these kinds. */
const KEY_COMPONENTS: Array<{ kinds: NodeKind[]; label: NodeKind }> = [
  { kinds: ['load-balancer'], label: 'load-balancer' },
  { kinds: ['web-server', 'app-server'], label: 'web-server' },
  { kinds: ['database'], label: 'database' },
  { kinds: ['cache'], label: 'cache' },
  { kinds: ['cdn'], label: 'cdn' },
  { kinds: ['message-queue'], label: 'message-queue' },
];

/** Phase 2: the prompt, and which key components the board already has. */
export function KeyComponents({ content }: { content: BoardContent }) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const present = new Set(content.nodes.map((n) => n.kind));
  return (
    <div className="interview-guide-block">
      <p className="interview-prompt">{t('interview.highLevel.prompt')}</p>
      <ul className="interview-components" aria-label={t('interview.highLevel.components')}>
        {KEY_COMPONENTS.map(({ kinds, label }) => {
          const name = kindName(label, lang);
          const on = kinds.some((k) => present.has(k));
          return (
            <li key={label} data-present={on || undefined} aria-label={t(on ? 'interview.highLevel.present' : 'interview.highLevel.missing', { name })}>
              {on ? <CheckCircle2 size={15} aria-hidden /> : <Circle size={15} aria-hidden />}
              {name}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
