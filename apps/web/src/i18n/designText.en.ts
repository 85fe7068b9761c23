/** English strings of the text panel (the `designText` section of en.ts). */
export const designTextEn = {
  open: 'Board as text',
  heading: 'The board as text',
  close: 'Close the text panel',
  format: 'Format',
  text: 'Scaleboard text',
  mermaid: 'Mermaid',
  area: 'The board in {{format}}',
  hint: {
    text: 'Edit the text to change the board: it applies when you pause typing, and follows everyone’s edits. Components keep their place; new ones are placed beside their neighbours.',
    mermaid: 'Edit the flowchart to change the board: it applies when you pause typing. Mermaid writes no props or positions, so those stay as they are.',
  },
  readOnly: 'Read-only: a view link cannot change the board. The text follows every edit.',
  tooLarge: 'This board’s text is longer than the {{limit}} characters the panel edits: read-only here. Use Import for larger designs.',
} as const;
