import { Pause, Play } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_PHASES, type NoteRevision, type TimelineResponse } from '@scaleboard/protocol';
import { ApiError } from '../../api/boardsApi';
import { fetchTimeline } from '../../api/historyApi';
import { interviewApi } from '../interview/interviewApi';
import { drillMarkers, indexAtTime, noteMarkers, phaseMarkers, REPLAY_SPEEDS, revisionAt, sparklinePoints, type ReplaySpeed } from './replayTimeline';
import { ReplayNotes } from './ReplayNotes';
import { useReplayPlayback } from './useReplayPlayback';
import { loadVersion } from './versionCache';

interface ReplayPlayerProps {
  boardId: string;
  boardKey: string;
  /**
   * The private notes as they were at each moment: `true` for the owner key; `'if-granted'` for a
   * key that may or may not hold them (a replay link minted with or without them), which asks once
   * and shows nothing when refused; `false` asks for nothing.
   */
  notes: boolean | 'if-granted';
  /** Start at the last version at or before this time (ms), as the summary's links ask; the first version when unset. */
  startAt?: number | null;
  /** Whether the version last passed to onShow is on screen (its preview is no longer loading). */
  frameShown: boolean;
  /** The version to show over the canvas. */
  onShow: (version: number) => void;
}

/** How many versions ahead playback fetches, so the next one is there when its turn comes. */
const PREFETCH_AHEAD = 2;

const SPARK_WIDTH = 300;
const SPARK_HEIGHT = 36;

/**
 * The replay of the board's history: play / pause at 1× to 32× over the versions of the timeline
 * (real time, long pauses shortened), a scrubber with the interview's phase boundaries on it and
 * the findings count over time above it. Space plays and pauses, the arrows step.
 */
export function ReplayPlayer({ boardId, boardKey, notes, startAt = null, frameShown, onShow }: ReplayPlayerProps) {
  const { t } = useTranslation();
  const [timeline, setTimeline] = useState<TimelineResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    fetchTimeline(boardId, boardKey, abort.signal).then(setTimeline, (failure: unknown) => {
      if (!abort.signal.aborted) setError(failure instanceof Error ? failure.message : String(failure));
    });
    return () => abort.abort();
  }, [boardId, boardKey]);

  const [revisions, setRevisions] = useState<NoteRevision[]>([]);
  const [notesError, setNotesError] = useState<string | null>(null);
  // Whether the notes are shown: the owner's always; a replay link's once the server gave them.
  const [notesShown, setNotesShown] = useState(notes === true);
  useEffect(() => {
    if (notes === false) return;
    const abort = new AbortController();
    interviewApi.noteRevisions(boardId, boardKey, abort.signal).then(
      (response) => {
        setRevisions(response.revisions);
        setNotesShown(true);
      },
      (failure: unknown) => {
        if (abort.signal.aborted) return;
        // A replay link minted without the notes is refused them: nothing to show, nothing wrong.
        if (notes === 'if-granted' && failure instanceof ApiError && failure.status === 403) return;
        setNotesError(failure instanceof Error ? failure.message : String(failure));
      },
    );
    return () => abort.abort();
  }, [notes, boardId, boardKey]);

  const points = useMemo(() => timeline?.points ?? [], [timeline]);
  const times = useMemo(() => points.map((p) => Date.parse(p.at)), [points]);
  const playback = useReplayPlayback(times, frameShown);
  const point = points[playback.index];

  // A link to a moment starts there, once, when the timeline arrives.
  const started = useRef(false);
  const { seek } = playback;
  useEffect(() => {
    if (started.current || times.length === 0) return;
    started.current = true;
    if (startAt !== null) seek(indexAtTime(times, startAt));
  }, [times, startAt, seek]);

  useEffect(() => {
    if (!point) return;
    onShow(point.version);
    for (const ahead of points.slice(playback.index + 1, playback.index + 1 + PREFETCH_AHEAD)) {
      // Only warming the cache: the preview reports a failure when the version is shown.
      loadVersion(boardId, boardKey, ahead.version).catch(() => undefined);
    }
  }, [point, points, playback.index, onShow, boardId, boardKey]);

  useEffect(() => {
    if (timeline) region.current?.focus();
  }, [timeline]);

  if (error) return <p className="form-error" role="alert">{t('versions.replay.failed', { message: error })}</p>;
  if (!timeline) return <p className="history-hint">{t('versions.replay.loading')}</p>;
  if (!point) return <p className="history-hint">{t('versions.empty')}</p>;

  const notesMarks = notesShown ? noteMarkers(points, revisions) : [];
  const phaseName = (phase: number) => t(`interview.phases.${INTERVIEW_PHASES[phase] ?? 'scope'}`);
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // The controls' own keys stay theirs: Space on a button clicks it, the arrows move the scrubber or the speed.
    if (target !== event.currentTarget) return;
    if (event.key === ' ') playback.toggle();
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') playback.seek(playback.index - 1);
    else if (event.key === 'ArrowRight' || event.key === 'ArrowUp') playback.seek(playback.index + 1);
    else return;
    event.preventDefault();
  };

  return (
    <div className="replay-player" ref={region} tabIndex={-1} role="group" aria-label={t('versions.replay.player')} onKeyDown={onKeyDown}>
      <p className="replay-status" aria-live="polite">
        {t('versions.replay.position', { version: point.version, n: playback.index + 1, total: points.length })}
        {point.phase === null ? null : <span className="replay-phase"> · {phaseName(point.phase)}</span>}
      </p>
      <p className="replay-findings">{t('versions.preview.findings', { count: point.findings })}</p>
      <svg className="replay-sparkline" viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={t('versions.replay.sparkline')}>
        <polyline points={sparklinePoints(points.map((p) => p.findings), SPARK_WIDTH, SPARK_HEIGHT)} fill="none" vectorEffect="non-scaling-stroke" />
      </svg>
      <div className="replay-scrubber">
        <input
          type="range"
          min={0}
          max={points.length - 1}
          step={1}
          value={playback.index}
          aria-label={t('versions.replay.scrubber')}
          aria-valuetext={t('versions.replay.position', { version: point.version, n: playback.index + 1, total: points.length })}
          onChange={(event) => playback.seek(Number(event.target.value))}
        />
        {phaseMarkers(points, timeline.phases).map(({ phase, position }) => (
          <span
            key={phase}
            className="replay-marker"
            style={{ left: `${position * 100}%` }}
            role="img"
            aria-label={t('versions.replay.phaseEnd', { phase: phaseName(phase) })}
            title={t('versions.replay.phaseEnd', { phase: phaseName(phase) })}
          />
        ))}
        {drillMarkers(points, timeline.drills).map(({ preset, position }, i) => (
          <span
            key={`drill-${i}`}
            className="replay-drill-mark"
            style={{ left: `${position * 100}%` }}
            role="img"
            aria-label={t('versions.replay.drillStart', { drill: t(`drills.whatIf.presets.${preset}`) })}
            title={t('versions.replay.drillStart', { drill: t(`drills.whatIf.presets.${preset}`) })}
          />
        ))}
        {notesMarks.map((position, i) => (
          <span key={i} className="replay-note-mark" style={{ left: `${position * 100}%` }} role="img" aria-label={t('versions.replay.noteSaved')} title={t('versions.replay.noteSaved')} />
        ))}
      </div>
      <div className="replay-controls">
        <button type="button" className="button" onClick={playback.toggle}>
          {playback.playing ? <Pause size={15} aria-hidden /> : <Play size={15} aria-hidden />}
          {playback.playing ? t('versions.replay.pause') : t('versions.replay.play')}
        </button>
        <label className="replay-speed">
          {t('versions.replay.speed')}
          <select value={playback.speed} onChange={(event) => playback.setSpeed(Number(event.target.value) as ReplaySpeed)}>
            {REPLAY_SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {t('versions.replay.speedOption', { speed })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="history-hint">{t('versions.replay.keys')}</p>
      {notesError ? (
        <p className="form-error" role="alert">{t('versions.replay.notes.failed', { message: notesError })}</p>
      ) : notesShown ? (
        <ReplayNotes revision={revisionAt(revisions, Date.parse(point.at))} whose={notes === true ? 'own' : 'interviewer'} />
      ) : null}
    </div>
  );
}
