/** Arrowheads shared by every edge; `auto-start-reverse` lets one marker serve both ends. */
export function EdgeMarkers() {
  return (
    <svg className="edge-markers" aria-hidden width="0" height="0">
      <defs>
        {['', '-selected'].map((suffix) => (
          <marker
            key={suffix}
            id={`sb-arrow${suffix}`}
            viewBox="0 0 12 12"
            refX="10"
            refY="6"
            markerWidth="14"
            markerHeight="14"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M1 1.5 10.5 6 1 10.5 3 6Z" className={`edge-arrow${suffix}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
