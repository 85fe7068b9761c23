import { MAX_LABEL_LENGTH, storableTextOf } from '@scaleboard/rules';

/**
 * What committing `typed` in a connection's label field changes: `{ label }` to write (`undefined`
 * removes the label, as an emptied field does), or null when nothing changes. The text is trimmed,
 * cleaned of what the database cannot keep and cut to the board file's label limit, so a commit is
 * never refused by the server.
 *
 * @example edgeLabelEdit('HTTP', '  ') // { label: undefined }
 * @example edgeLabelEdit(undefined, 'fan-out on write?') // { label: 'fan-out on write?' }
 * @example edgeLabelEdit('HTTP', 'HTTP ') // null
 */
export function edgeLabelEdit(current: string | undefined, typed: string): { label: string | undefined } | null {
  const cleaned = storableTextOf(typed).slice(0, MAX_LABEL_LENGTH).trim();
  const next = cleaned === '' ? undefined : cleaned;
  return next === (current || undefined) ? null : { label: next };
}
