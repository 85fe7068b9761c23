import { Tooltip } from 'radix-ui';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type { Member } from '@scaleboard/protocol';
import { NameDialog } from '../../profile/NameDialog';
import type { Profile } from '../../profile/profileStore';
import { usePeers } from '../../sync/usePeers';
import { followStoreFor } from '../follow/followStore';
import { Avatar } from './Avatar';

const SHOWN = 5;

interface PresenceAvatarsProps {
  roster: Member[];
  awareness: Awareness;
  profile: Profile;
  onRename: (name: string) => void;
}

/**
 * Who is here. The Socket.IO roster is the source (it knows roles); until it arrives, awareness
 * peers stand in. Your own avatar comes first and opens the name dialog.
 */
export function PresenceAvatars({ roster, awareness, profile, onRename }: PresenceAvatarsProps) {
  const { t } = useTranslation();
  const peers = usePeers(awareness);
  const [renaming, setRenaming] = useState(false);
  const follow = followStoreFor(awareness);
  const { target } = useSyncExternalStore(follow.subscribe, follow.get);
  const others: Array<{ id: string; name: string; color: string; role?: Member['role'] }> = roster.length
    ? dropOneSelf(roster, profile)
    : peers.map((p) => ({ id: String(p.clientId), name: p.user.name, color: p.user.color }));
  const hidden = others.length - SHOWN;
  return (
    <>
      <ul className="avatars" aria-label={t('presence.roster')}>
        <li>
          <Tooltip.Root>
            <Tooltip.Trigger asChild>
              <button type="button" className="avatar-button" aria-label={t('profile.edit')} onClick={() => setRenaming(true)}>
                <Avatar name={profile.name} color={profile.color} self />
              </button>
            </Tooltip.Trigger>
            <Tooltip.Portal>
              <Tooltip.Content className="tooltip" sideOffset={6}>
                {t('presence.you', { name: profile.name })}
              </Tooltip.Content>
            </Tooltip.Portal>
          </Tooltip.Root>
        </li>
        {others.slice(0, SHOWN).map((m) => (
          <li key={m.id}>
            <Tooltip.Root>
              <Tooltip.Trigger asChild>
                {/* Clicking a person follows their viewport; clicking again stops. */}
                <button
                  type="button"
                  className="avatar-wrap avatar-button"
                  aria-label={
                    target === m.id
                      ? t('interview.follow.stop')
                      : t('interview.follow.follow', { name: m.role ? `${m.name}, ${t(`presence.roles.${m.role}`)}` : m.name })
                  }
                  aria-pressed={target === m.id}
                  data-following={target === m.id || undefined}
                  onClick={() => follow.follow(target === m.id ? null : m.id)}
                >
                  <Avatar name={m.name} color={m.color} />
                </button>
              </Tooltip.Trigger>
              <Tooltip.Portal>
                <Tooltip.Content className="tooltip" sideOffset={6}>
                  {m.name}
                  {m.role ? <span className="tooltip-muted"> · {t(`presence.roles.${m.role}`)}</span> : null}
                </Tooltip.Content>
              </Tooltip.Portal>
            </Tooltip.Root>
          </li>
        ))}
        {hidden > 0 ? (
          <li className="avatar avatar-more" aria-label={t('presence.more', { count: hidden })}>
            +{hidden}
          </li>
        ) : null}
      </ul>
      {renaming ? (
        <NameDialog
          open
          initial={profile.name}
          onSave={(name) => {
            onRename(name);
            setRenaming(false);
          }}
          onOpenChange={setRenaming}
        />
      ) : null}
    </>
  );
}

/** The roster includes this connection; drop one entry that matches us. */
function dropOneSelf(roster: Member[], profile: Profile): Member[] {
  const index = roster.findIndex((m) => m.name === profile.name && m.color.toLowerCase() === profile.color.toLowerCase());
  return index < 0 ? roster : [...roster.slice(0, index), ...roster.slice(index + 1)];
}
