import { Crosshair, Eye, EyeOff, Megaphone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ROOM_EVENTS, type Member, type Role } from '@scaleboard/protocol';
import type { BoardSession } from '../../sync/BoardSession';
import { IconButton } from '../../ui/IconButton';
import { followStoreFor } from './followStore';
import { useFollow } from './useFollow';
import '../../styles/follow.css';

/**
 * Study-group tools above the bottom toolbar: who you are following (and a way out), the
 * laser pointer, and for the owner "ask everyone to follow me".
 */
export function FollowBar({ session, roster, role }: { session: BoardSession; roster: Member[]; role: Role }) {
  const { t } = useTranslation();
  const state = useFollow(session, roster);
  const store = followStoreFor(session.awareness);
  const leading = state.leader !== null && state.leader === session.socket.id;
  const targetName = state.target ? (roster.find((m) => m.id === state.target)?.name ?? '…') : null;
  return (
    <div className="follow-bar" role="toolbar" aria-label={t('interview.follow.tools')}>
      {targetName ? (
        <span className="follow-status" role="status">
          <Eye size={14} aria-hidden />
          {t('interview.follow.following', { name: targetName })}
          <button type="button" className="follow-stop" onClick={() => store.follow(null)}>
            <EyeOff size={14} aria-hidden />
            {t('interview.follow.stop')}
          </button>
        </span>
      ) : null}
      <IconButton label={state.laser ? t('interview.laser.off') : t('interview.laser.toggle')} aria-pressed={state.laser} onClick={() => store.setLaser(!state.laser)} tooltipSide="top">
        <Crosshair />
      </IconButton>
      {role === 'owner' ? (
        <IconButton
          label={leading ? t('interview.follow.stopFollowMe') : t('interview.follow.followMe')}
          aria-pressed={leading}
          onClick={() => session.socket.emit(ROOM_EVENTS.followLeader, { on: !leading })}
          tooltipSide="top"
        >
          <Megaphone />
        </IconButton>
      ) : null}
    </div>
  );
}
