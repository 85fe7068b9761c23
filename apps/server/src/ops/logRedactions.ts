/**
 * Log paths pino masks: anything that can carry a board key or a credential. Request URLs are
 * masked separately (`redactUrl`), since `?key=` sits inside a string.
 */
export const LOG_REDACTIONS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["sec-websocket-protocol"]',
  'res.headers["set-cookie"]',
  'key',
  'keys',
  '*.key',
  '*.keys',
];
