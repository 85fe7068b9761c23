import { Dialog } from 'radix-ui';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { en } from '../../i18n/en';
import { modKey } from './keys';

type Item = [keyof typeof en.shortcuts.items | 'export', string[], boolean?];

/** The `?` sheet: every shortcut on one card. The boolean marks edit-only shortcuts. */
export function ShortcutsSheet({ open, onOpenChange, readOnly }: { open: boolean; onOpenChange: (open: boolean) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const items: Item[] = [
    ['undo', [modKey, 'Z'], true],
    ['redo', [modKey, '⇧', 'Z'], true],
    ['copy', [modKey, 'C']],
    ['paste', [modKey, 'V'], true],
    ['duplicate', [modKey, 'D'], true],
    ['delete', ['Delete'], true],
    ['selectAll', [modKey, 'A']],
    ['rename', ['F2'], true],
    ['multiSelect', [modKey, t('shortcuts.keys.click')]],
    ['boxSelect', ['⇧', t('shortcuts.keys.drag')]],
    ['pan', [t('shortcuts.keys.space'), t('shortcuts.keys.drag')]],
    ['zoom', ['+', '−']],
    ['fit', ['⇧', '1']],
    ['search', ['/'], true],
    ['export', [modKey, '⇧', 'E']],
    ['help', ['?']],
  ];
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide" aria-describedby={undefined}>
          <div className="dialog-head">
            <Dialog.Title className="dialog-title">{t('shortcuts.title')}</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label={t('shortcuts.close')}>
              <X />
            </Dialog.Close>
          </div>
          <dl className="shortcut-list">
            {items
              .filter(([, , editOnly]) => !readOnly || !editOnly)
              .map(([id, keys]) => (
                <div key={id} className="shortcut-row">
                  <dt>{id === 'export' ? t('exporting.shortcut') : t(`shortcuts.items.${id}`)}</dt>
                  <dd>
                    {keys.map((k) => (
                      <kbd key={k}>{k}</kbd>
                    ))}
                  </dd>
                </div>
              ))}
          </dl>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
