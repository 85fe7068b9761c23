/** The local person: a name asked once and a colour, both kept in this browser. */
export interface Profile {
  name: string;
  color: string;
}

const KEY = 'scaleboard.profile';

/** Cursor colours that read well on both themes. */
export const PROFILE_COLORS = ['#e5484d', '#f76b15', '#d6a100', '#30a46c', '#12a594', '#0090ff', '#6e56cf', '#d6409f'] as const;

export function pickColor(seed: number = Math.random()): string {
  return PROFILE_COLORS[Math.floor(seed * PROFILE_COLORS.length) % PROFILE_COLORS.length] ?? PROFILE_COLORS[0];
}

export function loadProfile(storage: Pick<Storage, 'getItem'> = localStorage): Profile | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Profile>;
    if (typeof parsed.name !== 'string' || parsed.name.trim() === '') return null;
    const color = typeof parsed.color === 'string' && /^#[0-9a-f]{6}$/i.test(parsed.color) ? parsed.color : pickColor();
    return { name: parsed.name.trim().slice(0, 60), color };
  } catch {
    return null;
  }
}

export function saveProfile(profile: Profile, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(KEY, JSON.stringify(profile));
}
