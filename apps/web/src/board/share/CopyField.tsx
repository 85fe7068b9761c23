import { Check, Clapperboard, Copy, Eye, Pencil, Shield, TriangleAlert } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkKind } from './shareLinks';

const ICONS = { edit: Pencil, view: Eye, owner: Shield, replay: Clapperboard } as const;

/** A read-only link with a copy button that confirms the copy; a warning, when given, describes the link. */
export function CopyField({ label, hint, value, kind, warning }: { label: string; hint: string; value: string; kind: LinkKind | 'replay'; warning?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1600);
    return () => clearTimeout(timer);
  }, [copied]);
  const Icon = ICONS[kind];
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <div className="copy-field">
      <div className="copy-field-head">
        <span className={`copy-field-icon copy-field-${kind}`} aria-hidden>
          <Icon size={15} />
        </span>
        <label htmlFor={id} className="copy-field-label">
          {label}
        </label>
        <span className="copy-field-hint">{hint}</span>
      </div>
      <div className="copy-field-row">
        <input
          id={id}
          className="input input-mono"
          readOnly
          value={value}
          aria-describedby={warning ? `${id}-warning` : undefined}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button-secondary" onClick={() => void copy()} aria-label={t('share.copy', { link: label.toLowerCase() })}>
          {copied ? <Check size={15} aria-hidden /> : <Copy size={15} aria-hidden />}
          {copied ? t('share.copied') : t('share.copyShort')}
        </button>
      </div>
      {warning ? (
        <p id={`${id}-warning`} className="copy-field-warning">
          <TriangleAlert size={14} aria-hidden />
          {warning}
        </p>
      ) : null}
    </div>
  );
}
