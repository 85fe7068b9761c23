// English words shared by every text: how a component is named, and units spoken in sentences.

export const wordsEn = {
  names: {
    /** A component by its label. */
    label: '"{{label}}"',
    /** A label several components share, told apart by kind. */
    labelWithKind: '"{{label}}" ({{kind}})',
    /** A component with no label: its kind. */
    unlabelled: '{{kind}}',
  },
  /** Durations (`formatDuration`): downtime a year, a cache's TTL. */
  duration: {
    seconds: '{{seconds}}s',
    minutes: '{{minutes}}m',
    hoursMinutes: '{{hours}}h {{minutes}}m',
    days: '{{days}} days',
  },
  /** Words the board picture (SVG/PNG export) draws beside the board's own text. */
  picture: {
    load: '{{percent}} load',
    removed: 'removed since',
    changed: 'changed since',
  },
};
