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
  },
};
