/** Initials on the person's colour. */
export function Avatar({ name, color, self = false }: { name: string; color: string; self?: boolean }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
  return (
    <span className={`avatar${self ? ' avatar-self' : ''}`} style={{ background: color }} aria-hidden>
      {initials || '?'}
    </span>
  );
}
