// English messages of the server's refusals that a person reads in the web app (the `error.code`
// beside each stays the same in every language, for scripts).

export const errorsEn = {
  errors: {
    unauthorized: 'A board key is required (Authorization: Bearer KEY or ?key=KEY).',
    forbidden: 'This key does not open this board.',
    replayLinkRevoked: 'This replay link does not open this board: the owner revoked it, or it never existed.',
    bodyTooLarge: 'The request body is larger than the {{limit}} bytes allowed (MAX_BODY_BYTES).',
    pictureTooLarge: 'The picture would be {{width}} × {{height}} px; the limit is {{limit}} Mpx: {{hint}}.',
    pictureFitsAtScale: 'use scale={{scale}} or less',
    pictureFitsNowhere: 'export a selection, or the SVG',
    rateLimited: 'Too many requests: at most {{limit}} a minute ({{variable}}). Try again shortly.',
    tooManyExportsClient: 'Too many exports from this client at once (EXPORTS_PER_CLIENT). Try again shortly.',
    tooManyExportsBoard: 'Too many exports of this board at once (EXPORTS_PER_BOARD). Try again shortly.',
    ownerOnly: 'Only the owner link can do this.',
    ownerOnlyReplayLinks: 'Only the owner link can mint, list or revoke replay links.',
    notesNotIncluded: "This replay link was minted without the owner's notes.",
    replayLinkOnly: 'A replay link opens only the history and replay of a board, not this.',
    historyReadOnlyReplay: 'A replay link can browse the history, not change it.',
    historyReadOnlyView: 'A view link can browse the history, not change it.',
    noHistory: 'This board has no history to replay yet.',
    noSnapshot: 'No snapshot of that phase yet.',
    replayTooLarge:
      "The replay's frames would be {{width}} × {{height}} px; the limit is {{limit}} Mpx a frame: replay a shorter range (from, to), or export single versions (history/VERSION/export.png).",
    boardTooLarge: 'board: {{elements}} nodes and edges; at most {{limit}} (MAX_BOARD_ELEMENTS).',
    versionNotFound: "Version {{version}} is not in this board's history.",
    boardGone: 'The board no longer exists.',
    tooManyReplayLinks: 'A board has at most {{limit}} replay links: revoke one first.',
    replayLinkNotFound: 'This board has no replay link with that id (already revoked?).',
    unknownTemplate: 'There is no template "{{template}}".',
    importNotAFile: 'board: a board file must be a scaleboard/v1 document, a Mermaid flowchart or the text format, or a data: URL of a JSON, PNG or SVG file.',
    importBadBase64: 'board: the data URL is not valid base64.',
    importBadPercent: 'board: the data URL is not validly percent-encoded.',
    badBoardId: 'A board id is 1 to 64 letters, digits, "-" or "_".',
    internal: 'Something went wrong on the server.',
  },
};
