import type { RemoteMark } from './flowTypes';

/** Outline and name tag showing who else has this node selected. */
export function RemoteOutline({ marks }: { marks: RemoteMark[] }) {
  const first = marks[0];
  if (!first) return null;
  return (
    <>
      <span className="remote-outline" style={{ borderColor: first.color }} aria-hidden />
      <span className="remote-tag" style={{ background: first.color }} aria-hidden>
        {marks.map((m) => m.name).join(', ')}
      </span>
    </>
  );
}
