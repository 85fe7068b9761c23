import { Dialog } from 'radix-ui';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';

interface DialogPanelProps {
  title: ReactNode;
  closeLabel: string;
  /** Read out when the dialog opens; omit for dialogs whose content speaks for itself. */
  description?: ReactNode;
  /** Extra classes for the panel (width, layout). */
  className?: string;
  children: ReactNode;
}

/**
 * The frame every dialog shares: overlay, panel, a title with a close button, an optional
 * description. Goes inside a Radix `Dialog.Root`, which owns the open state.
 */
export function DialogPanel({ title, closeLabel, description, className, children }: DialogPanelProps) {
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="dialog-overlay" />
      <Dialog.Content className={className ? `dialog ${className}` : 'dialog'} {...(description === undefined ? { 'aria-describedby': undefined } : {})}>
        <div className="dialog-head">
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          <Dialog.Close className="icon-button" aria-label={closeLabel}>
            <X />
          </Dialog.Close>
        </div>
        {description === undefined ? null : <Dialog.Description className="dialog-description">{description}</Dialog.Description>}
        {children}
      </Dialog.Content>
    </Dialog.Portal>
  );
}
