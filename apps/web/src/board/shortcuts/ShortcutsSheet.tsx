import { memo } from 'react';
import { Dialog } from 'radix-ui';
import { DialogPanel } from '../../ui/DialogPanel';
import { useTranslation } from 'react-i18next';
import type { en } from '../../i18n/en';
import { modKey } from './keys';
import { NavigationChoice } from './NavigationChoice';
import { SKETCH_TOOLS } from '../sketching/sketchTools';

type Item = [keyof typeof en.shortcuts.items | 'export', string[], boolean?];

/**
 * The `?` sheet: how the mouse and trackpad move the canvas (both schemes, the person's choice
 * marked and changeable), then every keyboard shortcut. The boolean marks edit-only shortcuts.
 */
export const ShortcutsSheet = memo(function ShortcutsSheet({ open, onOpenChange, readOnly }: { open: boolean; onOpenChange: (open: boolean) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const items: Item[] = [
    ['undo', [modKey, 'Z'], true],
    ['redo', [modKey, '⇧', 'Z'], true],
    ['copy', [modKey, 'C']],
    ['paste', [modKey, 'V'], true],
    ['duplicate', [modKey, 'D'], true],
    ['delete', [t('shortcuts.keys.delete')], true],
    ['selectAll', [modKey, 'A']],
    ['rename', ['F2'], true],
    ['multiSelect', [modKey, t('shortcuts.keys.click')]],
    ['zoom', ['+', '−']],
    ['fit', ['⇧', '1']],
    ['search', ['/'], true],
    ['export', [modKey, '⇧', 'E']],
    ['help', ['?']],
  ];
  // The drawing tools, each on its letter (Escape goes back to selecting); editors only.
  const tools = readOnly ? [] : SKETCH_TOOLS.map(({ tool, key }) => ({ id: `tool-${tool}`, label: t(`sketch.tool.${tool}`), keys: [key] }));
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <DialogPanel title={t('shortcuts.title')} closeLabel={t('shortcuts.close')} className="dialog-wide shortcuts-sheet">
        <NavigationChoice readOnly={readOnly} />
        <dl className="shortcut-list">
          {items
            .filter(([, , editOnly]) => !readOnly || !editOnly)
            .map(([id, keys]): { id: string; label: string; keys: string[] } => ({ id, label: id === 'export' ? t('exporting.shortcut') : t(`shortcuts.items.${id}`), keys }))
            .concat(tools)
            .map(({ id, label, keys }) => (
              <div key={id} className="shortcut-row">
                <dt>{label}</dt>
                <dd>
                  {keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </dd>
              </div>
            ))}
        </dl>
      </DialogPanel>
    </Dialog.Root>
  );
});
