import { memo } from 'react';
import { Eye, FileCode, Keyboard } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@scaleboard/protocol';
import type { Profile } from '../../profile/profileStore';
import type { BoardSession, SessionState } from '../../sync/BoardSession';
import { LanguageSwitcher } from '../../i18n/LanguageSwitcher';
import { ThemeToggle } from '../../theme/ThemeToggle';
import { IconButton } from '../../ui/IconButton';
import { Logo } from '../../ui/Logo';
import { ExportDialog } from '../exporting/ExportDialog';
import { ImportControl } from '../exporting/ImportControl';
import { InterviewBar } from '../interview/InterviewBar';
import { HistoryButton } from '../versions/HistoryButton';
import { PresenceAvatars } from '../presence/PresenceAvatars';
import { ShareDialog } from '../share/ShareDialog';
import { ConnectionBadge } from './ConnectionBadge';
import { TitleField } from './TitleField';

interface TopBarProps {
  session: BoardSession;
  sessionState: SessionState;
  title: string;
  role: Role;
  boardKey: string;
  profile: Profile;
  onRename: (name: string) => void;
  onHelp: () => void;
  historyOpen: boolean;
  onHistory: () => void;
  textOpen: boolean;
  onText: () => void;
}

/** Title on the left; people, help, history, the text panel, files, language, theme and share on the right. */
export const TopBar = memo(function TopBar({ session, sessionState, title, role, boardKey, profile, onRename, onHelp, historyOpen, onHistory, textOpen, onText }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <div className="topbar-group">
        <a href="/" className="topbar-home" aria-label={t('board.home')}>
          <Logo compact />
        </a>
        <span className="topbar-divider" aria-hidden />
        <TitleField title={title} readOnly={role === 'viewer'} />
        {role === 'viewer' ? (
          <span className="badge badge-view">
            <Eye size={13} aria-hidden />
            {t('board.viewOnly')}
          </span>
        ) : null}
        <ConnectionBadge state={sessionState} />
      </div>
      <InterviewBar session={session} role={role} boardKey={boardKey} />
      <div className="topbar-group">
        <PresenceAvatars roster={sessionState.roster} awareness={session.awareness} profile={profile} onRename={onRename} />
        <span className="topbar-divider" aria-hidden />
        <IconButton label={t('shortcuts.open')} shortcut="?" onClick={onHelp}>
          <Keyboard />
        </IconButton>
        <HistoryButton open={historyOpen} onToggle={onHistory} />
        <IconButton label={t('designText.open')} aria-pressed={textOpen} onClick={onText}>
          <FileCode />
        </IconButton>
        {role === 'viewer' ? null : <ImportControl doc={session.doc} origin={session.origin} />}
        <ExportDialog doc={session.doc} />
        <LanguageSwitcher />
        <ThemeToggle />
        <ShareDialog boardId={session.boardId} boardKey={boardKey} role={role} />
      </div>
    </header>
  );
});
