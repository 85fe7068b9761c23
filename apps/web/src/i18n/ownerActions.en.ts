/** The owner's actions in the share dialog: rotating links and deleting the board. */
export const ownerActionsEn = {
  rotate: 'Rotate the {{link}}',
  rotateShort: 'Rotate',
  rotateTitle: 'Replace the {{link}}?',
  rotateDescription: 'A new link replaces this one. Everyone using the old link is disconnected at once and cannot open the board with it again.',
  rotateConfirm: 'Replace link',
  delete: 'Delete board',
  deleteTitle: 'Delete this board for everyone?',
  deleteDescription: 'The board, its history and every link to it are gone for good. Everyone on it is disconnected.',
  deleteConfirm: 'Delete for everyone',
  cancel: 'Cancel',
  failed: 'That did not work: {{message}}',
  dangerZone: 'Owner actions',
} as const;
