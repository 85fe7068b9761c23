import { Pencil } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/IconButton';
import type { HistoryVersion } from '@scaleboard/protocol';
import { sessionsOf } from './sessionsOf';
import { VersionNameForm } from './VersionNameForm';

/** Dates and times in the UI's language; a version's time is shown raw when it is not a time. */
function formatsFor(language: string) {
  const spanFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const timeFormat = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
  return { spanFormat, timeOf: (at: string) => (Number.isNaN(Date.parse(at)) ? at : timeFormat.format(new Date(at))) };
}

interface VersionListProps {
  versions: HistoryVersion[];
  selected: number | null;
  onSelect: (version: number) => void;
  /** Names a version; absent for a view key. */
  onRename?: (version: number, label: string) => Promise<void>;
}

/** The versions, newest first, under one heading per session of work (date and time span). */
export function VersionList({ versions, selected, onSelect, onRename }: VersionListProps) {
  const { t, i18n } = useTranslation();
  const { spanFormat, timeOf } = useMemo(() => formatsFor(i18n.language), [i18n.language]);
  const sessions = useMemo(() => sessionsOf(versions), [versions]);
  const [naming, setNaming] = useState<number | null>(null);
  return (
    <ol className="version-sessions" aria-label={t('versions.sessions')}>
      {sessions.map((session) => {
        const span = Number.isNaN(session.from) ? '' : spanFormat.formatRange(session.from, session.to);
        return (
          <li key={session.versions[0]?.version} className="version-session">
            <h3 className="version-session-span">{span}</h3>
            <ol className="version-list">
              {session.versions.map((v) => {
                const time = timeOf(v.at);
                const authors = v.authors.length ? v.authors.join(', ') : t('versions.noAuthors');
                return (
                  <li key={v.version} className="version-row" data-selected={v.version === selected || undefined}>
                    <button
                      type="button"
                      className="version-select"
                      aria-current={v.version === selected ? 'true' : undefined}
                      aria-label={
                        v.label
                          ? t('versions.versionNamedAria', { version: v.version, label: v.label, time, authors })
                          : t('versions.versionAria', { version: v.version, time, authors })
                      }
                      onClick={() => onSelect(v.version)}
                    >
                      <span className="version-time">
                        {time} <span className="version-number">{t('versions.number', { version: v.version })}</span>
                      </span>
                      {v.label ? <span className="version-label">{v.label}</span> : null}
                      <span className="version-authors">{authors}</span>
                    </button>
                    {onRename && naming !== v.version ? (
                      <IconButton label={t(v.label ? 'versions.rename' : 'versions.name', { version: v.version })} tooltipSide="left" className="version-name-button" onClick={() => setNaming(v.version)}>
                        <Pencil />
                      </IconButton>
                    ) : null}
                    {onRename && naming === v.version ? (
                      <VersionNameForm version={v.version} initial={v.label ?? ''} onSave={(label) => onRename(v.version, label)} onDone={() => setNaming(null)} />
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
