import { History } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/IconButton';

/** The top bar's way into the history panel; pressed while the panel is open. */
export function HistoryButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <IconButton label={t('versions.open')} aria-pressed={open} onClick={onToggle}>
      <History />
    </IconButton>
  );
}
