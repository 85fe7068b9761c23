import type { Duplex } from 'node:stream';

const STATUS_TEXT = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
} as const;

export type UpgradeRefusal = keyof typeof STATUS_TEXT;

/**
 * Answers an HTTP upgrade with a plain status and closes the socket. Node hands an upgrade's
 * socket over with no error listener and nobody answering: left alone, it sits in CLOSE-WAIT
 * holding a file descriptor, and a reset on it is an uncaught error.
 *
 * @example refuseUpgrade(socket, 404, 'Nothing is served here.')
 */
export function refuseUpgrade(socket: Duplex, status: UpgradeRefusal, message = ''): void {
  socket.on('error', ignoreSocketError);
  if (socket.destroyed) return;
  const body = Buffer.from(message, 'utf8');
  const head = `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`;
  // Destroyed once written: a client that never closes its side must not keep the descriptor.
  socket.end(Buffer.concat([Buffer.from(head, 'latin1'), body]), () => socket.destroy());
}

/** An upgrade socket's errors (a reset while the key is checked) end only that socket. */
export function ignoreSocketError(): void {}
