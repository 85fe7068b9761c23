import { ChevronLeft, ChevronRight, Flag, NotebookPen, Pause, Play } from 'lucide-react';
import { Popover } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_PHASES, type Role } from '@scaleboard/protocol';
import type { BoardSession } from '../../sync/BoardSession';
import { IconButton } from '../../ui/IconButton';
import { formatClock } from './formatClock';
import { InterviewPanel } from './InterviewPanel';
import { StartInterview } from './StartInterview';
import { useInterviewView } from './InterviewContext';
import { useRemainingMs } from './useInterview';
import '../../styles/interview.css';

/**
 * The interview clock in the top bar: phase, a clock computed from the server's time, and for
 * the owner the controls. Everyone else sees it only once the interview has started.
 */
export function InterviewBar({ session, role, boardKey }: { session: BoardSession; role: Role; boardKey: string }) {
  const { t } = useTranslation();
  const interview = useInterviewView();
  const { state, send } = interview;
  const remaining = useRemainingMs(state, interview.skewMs);
  const [open, setOpen] = useState(false);
  const owner = role === 'owner';
  if (!state) return null;
  if (state.status === 'idle') return owner ? <StartInterview send={send} /> : null;
  const phaseId = INTERVIEW_PHASES[state.phase] ?? 'scope';
  const last = state.phase === INTERVIEW_PHASES.length - 1;
  const over = remaining < 0;
  return (
    <section className="topbar-group interview-bar" aria-label={t('interview.bar')} data-status={state.status}>
      <span className="interview-phase">
        <span className="interview-phase-index">{t('interview.phaseOf', { n: state.phase + 1, total: INTERVIEW_PHASES.length })}</span>
        <span className="interview-phase-name" data-testid="interview-phase">
          {t(`interview.phases.${phaseId}`)}
        </span>
      </span>
      <span
        role="timer"
        aria-label={over ? t('interview.overtime') : t('interview.clock')}
        className="interview-clock"
        data-over={over || undefined}
        data-paused={state.status !== 'running' || undefined}
      >
        {state.status === 'ended' ? t('interview.status.ended') : formatClock(remaining)}
      </span>
      {owner ? (
        <span className="interview-controls">
          <IconButton label={t('interview.back')} onClick={() => send({ action: 'back' })} disabled={state.phase === 0 && state.status !== 'ended'}>
            <ChevronLeft />
          </IconButton>
          {state.status === 'running' ? (
            <IconButton label={t('interview.pause')} onClick={() => send({ action: 'pause' })}>
              <Pause />
            </IconButton>
          ) : state.status === 'paused' ? (
            <IconButton label={t('interview.resume')} onClick={() => send({ action: 'resume' })}>
              <Play />
            </IconButton>
          ) : null}
          {state.status === 'ended' ? null : (
            <IconButton label={last ? t('interview.finish') : t('interview.next')} onClick={() => send({ action: 'advance' })}>
              {last ? <Flag /> : <ChevronRight />}
            </IconButton>
          )}
        </span>
      ) : null}
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <button type="button" className="icon-button interview-panel-toggle" aria-label={t('interview.panel')} aria-expanded={open}>
            <NotebookPen />
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content className="interview-panel" side="bottom" align="center" sideOffset={10} collisionPadding={12} aria-label={t('interview.panel')}>
            <InterviewPanel session={session} interview={interview} owner={owner} readOnly={role === 'viewer'} boardKey={boardKey} onClose={() => setOpen(false)} />
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </section>
  );
}
