import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TITLE_LENGTH } from '@scaleboard/rules';

interface VersionNameFormProps {
  version: number;
  initial: string;
  onSave: (label: string) => Promise<void>;
  onDone: () => void;
}

/** Names a version in place: Enter saves, Escape cancels; an empty or too long name is refused. */
export function VersionNameForm({ version, initial, onSave, onDone }: VersionNameFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errorId = `version-name-error-${version}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const label = draft.trim();
    if (!label) return setError(t('versions.nameEmpty'));
    if (label.length > MAX_TITLE_LENGTH) return setError(t('versions.nameTooLong', { max: MAX_TITLE_LENGTH }));
    setSaving(true);
    setError(null);
    onSave(label).then(onDone, (failure: unknown) => {
      setSaving(false);
      setError(t('versions.nameFailed', { message: failure instanceof Error ? failure.message : String(failure) }));
    });
  };

  return (
    <form
      className="version-name-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Cancels the name only; the panel's own Escape (back to live, close) waits for the next one.
        event.stopPropagation();
        onDone();
      }}
    >
      <input
        className="input"
        aria-label={t('versions.nameField', { version })}
        placeholder={t('versions.namePlaceholder')}
        value={draft}
        maxLength={MAX_TITLE_LENGTH}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setDraft(event.target.value)}
      />
      <div className="version-name-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('versions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('versions.cancel')}
        </button>
      </div>
      {error ? (
        <p id={errorId} className="form-error version-name-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
