import { Dialog } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface NameDialogProps {
  open: boolean;
  initial?: string;
  onSave: (name: string) => void;
  onOpenChange?: (open: boolean) => void;
}

/** Asks for the name shown next to this person's cursor; asked once, kept in localStorage. */
export function NameDialog({ open, initial = '', onSave, onOpenChange }: NameDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSave(name);
  };
  const dismissable = onOpenChange !== undefined;
  return (
    <Dialog.Root open={open} {...(onOpenChange ? { onOpenChange } : {})}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          onEscapeKeyDown={(e) => (dismissable ? undefined : e.preventDefault())}
          onPointerDownOutside={(e) => (dismissable ? undefined : e.preventDefault())}
        >
          <Dialog.Title className="dialog-title">{t('profile.title')}</Dialog.Title>
          <Dialog.Description className="dialog-description">{t('profile.description')}</Dialog.Description>
          <form onSubmit={submit} className="dialog-form">
            <label className="field">
              <span className="field-label">{t('profile.name')}</span>
              <input
                className="input"
                autoFocus
                maxLength={60}
                value={name}
                placeholder={t('profile.placeholder')}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            <div className="dialog-actions">
              <button type="submit" className="button button-primary" disabled={!name.trim()}>
                {t('profile.save')}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
