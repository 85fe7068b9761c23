import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Dialog } from 'radix-ui';
import { DialogPanel } from '../../ui/DialogPanel';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderBoardSvg } from '@scaleboard/board';
import { INTERVIEW_PHASES, type InterviewSnapshotResponse } from '@scaleboard/protocol';
import { parseBoard, report } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { interviewApi } from './interviewApi';

/** Steps through the boards recorded at the end of each phase (owner only, like the REST route). */
export function SnapshotViewer({ boardId, ownerKey, phases }: { boardId: string; ownerKey: string; phases: number[] }) {
  const { t, i18n } = useTranslation();
  const lang = useRulesLang();
  const [index, setIndex] = useState<number | null>(null);
  const [snapshot, setSnapshot] = useState<InterviewSnapshotResponse | null>(null);
  const phase = index === null ? null : (phases[index] ?? null);

  useEffect(() => {
    if (phase === null) return;
    let cancelled = false;
    setSnapshot(null);
    interviewApi.snapshot(boardId, ownerKey, phase).then(
      (s) => !cancelled && setSnapshot(s),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [boardId, ownerKey, phase]);

  const parsed = snapshot ? parseBoard(snapshot.board) : null;
  const board = parsed?.ok ? parsed.board : null;
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  const phaseName = (p: number) => t(`interview.phases.${INTERVIEW_PHASES[p] ?? 'scope'}`);

  return (
    <section className="interview-snapshots" aria-label={t('interview.snapshots.heading')}>
      <h3>{t('interview.snapshots.heading')}</h3>
      {phases.length === 0 ? <p className="interview-hint">{t('interview.snapshots.none')}</p> : null}
      <div className="interview-snapshot-list">
        {phases.map((p, i) => (
          <button key={p} type="button" className="button button-secondary" onClick={() => setIndex(i)} aria-label={t('interview.snapshots.open', { n: p + 1 })}>
            {p + 1}. {phaseName(p)}
          </button>
        ))}
      </div>
      <Dialog.Root open={index !== null} onOpenChange={(open) => !open && setIndex(null)}>
        <DialogPanel title={phase === null ? '' : t('interview.snapshots.title', { n: phase + 1, phase: phaseName(phase) })} closeLabel={t('interview.snapshots.close')} description={<>
              {snapshot ? t('interview.snapshots.taken', { when: new Date(snapshot.takenAt).toLocaleTimeString(i18n.language) }) : '…'}
              {board
                ? ` · ${t('interview.snapshots.components', { count: board.nodes.length, edges: board.edges.length })} · ${t('interview.snapshots.findings', { count: report(board).findings.length })}`
                : ''}
            </>} className="dialog-wide interview-snapshot-dialog">
          <div className="interview-snapshot-picture">
            {board ? <img alt={board.title} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderBoardSvg(board, { theme, lang }))}`} /> : null}
          </div>
          <div className="interview-snapshot-nav">
            <button type="button" className="button button-secondary" disabled={!index} onClick={() => setIndex((i) => (i ? i - 1 : i))}>
              <ChevronLeft size={15} aria-hidden />
              {t('interview.snapshots.previous')}
            </button>
            <button type="button" className="button button-secondary" disabled={index === null || index >= phases.length - 1} onClick={() => setIndex((i) => (i === null ? i : i + 1))}>
              {t('interview.snapshots.nextSnapshot')}
              <ChevronRight size={15} aria-hidden />
            </button>
          </div>
        </DialogPanel>
      </Dialog.Root>
    </section>
  );
}
