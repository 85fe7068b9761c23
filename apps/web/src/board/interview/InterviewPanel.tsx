import { Download, RotateCcw, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_PHASES } from '@scaleboard/protocol';
import type { BoardSession } from '../../sync/BoardSession';
import { useBoardContent } from '../../sync/useBoardContent';
import { EstimationAttempts } from './EstimationAttempts';
import { interviewApi } from './interviewApi';
import { KeyComponents } from './KeyComponents';
import { NotesForm } from './NotesForm';
import { ScopeChecklist } from './ScopeChecklist';
import { SnapshotViewer } from './SnapshotViewer';
import type { InterviewView } from './useInterview';

interface InterviewPanelProps {
  session: BoardSession;
  interview: InterviewView;
  owner: boolean;
  readOnly: boolean;
  boardKey: string;
  onClose: () => void;
}

/** The guide for the current phase; for the owner also the private notes, snapshots and reset. */
export function InterviewPanel({ session, interview, owner, readOnly, boardKey, onClose }: InterviewPanelProps) {
  const { t } = useTranslation();
  const content = useBoardContent(session.doc);
  const [downloadFailed, setDownloadFailed] = useState(false);
  const state = interview.state;
  if (!state) return null;
  const phaseId = INTERVIEW_PHASES[state.phase] ?? 'scope';

  return (
    <div className="interview-panel-body">
      <div className="interview-section-head">
        <div>
          <p className="interview-eyebrow">{t('interview.phaseOf', { n: state.phase + 1, total: INTERVIEW_PHASES.length })}</p>
          <h2 className="interview-title">{t(`interview.phaseTitles.${phaseId}`)}</h2>
          <p className="interview-hint">
            {t('interview.budget', { minutes: Math.round((state.budgetsSec[state.phase] ?? 0) / 60) })} · {t(`interview.status.${state.status}`)}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label={t('interview.closePanel')} onClick={onClose}>
          <X />
        </button>
      </div>

      {phaseId === 'scope' ? <ScopeChecklist doc={session.doc} readOnly={readOnly} /> : null}
      {phaseId === 'high-level-design' ? <KeyComponents content={content} /> : null}
      {phaseId === 'deep-dive' ? <p className="interview-prompt">{t('interview.deepDive.prompt')}</p> : null}
      {phaseId === 'wrap-up' ? <p className="interview-prompt">{t('interview.wrapUp.prompt')}</p> : null}

      {owner ? <NotesForm boardId={session.boardId} ownerKey={boardKey} /> : null}
      {owner ? <EstimationAttempts attempts={interview.estimationAttempts} /> : null}
      {owner ? <SnapshotViewer boardId={session.boardId} ownerKey={boardKey} phases={state.snapshotPhases} /> : null}

      <div className="interview-panel-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDownloadFailed(false);
            interviewApi.downloadSummary(session.boardId, boardKey).catch(() => setDownloadFailed(true));
          }}
        >
          <Download size={15} aria-hidden />
          {t('interview.downloadSummary')}
        </button>
        {owner ? (
          <button type="button" className="button button-secondary" onClick={() => interview.send({ action: state.status === 'ended' ? 'start' : 'reset' })}>
            <RotateCcw size={15} aria-hidden />
            {state.status === 'ended' ? t('interview.restart') : t('interview.reset')}
          </button>
        ) : null}
      </div>
      {downloadFailed ? (
        <p className="interview-error" role="alert">
          {t('interview.downloadFailed')}
        </p>
      ) : null}
    </div>
  );
}
