/** English strings of the inspector's Text tab (the `designText` section of en.ts). */
export const designTextEn = {
  heading: 'The board as text',
  format: 'Format',
  text: 'Text format',
  mermaid: 'Mermaid',
  area: 'The board in {{format}}',
  readOnly: 'Read-only for now: it follows every edit of the board. To make a board from text, use Open a board file or Import with a .mmd, .md or .txt file, or `scaleboard convert`.',
} as const;
