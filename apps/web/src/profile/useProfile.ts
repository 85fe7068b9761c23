import { useCallback, useState } from 'react';
import { loadProfile, pickColor, saveProfile, type Profile } from './profileStore';

/** The local profile, or null until the person has told us their name. */
export function useProfile(): { profile: Profile | null; setName: (name: string) => void } {
  const [profile, setProfile] = useState<Profile | null>(() => loadProfile());
  const setName = useCallback((name: string) => {
    setProfile((current) => {
      const next = { name: name.trim().slice(0, 60), color: current?.color ?? pickColor() };
      saveProfile(next);
      return next;
    });
  }, []);
  return { profile, setName };
}
