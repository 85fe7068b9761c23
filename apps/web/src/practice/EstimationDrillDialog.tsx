import { GraduationCap } from 'lucide-react';
import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { DialogPanel } from '../ui/DialogPanel';
import { EstimationDrill, type DrillAudience } from './EstimationDrill';
import '../styles/drills.css';

/** The "Practise estimation" button and its dialog: on the landing page for study, in the Estimate tab on a board. */
export function EstimationDrillDialog({ audience, className = 'button button-secondary' }: { audience: DrillAudience; className?: string }) {
  const { t } = useTranslation();
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <button type="button" className={className} title={t('drills.estimation.openHint')}>
          <GraduationCap size={16} aria-hidden />
          {t('drills.estimation.open')}
        </button>
      </Dialog.Trigger>
      <DialogPanel title={t('drills.estimation.title')} closeLabel={t('drills.estimation.close')} description={t('drills.estimation.description')} className="dialog-wide">
        <EstimationDrill audience={audience} />
      </DialogPanel>
    </Dialog.Root>
  );
}
