/**
 * A binary WebSocket message as one unmasked frame (RFC 6455 §5.2; FIN, opcode 2), the bytes a
 * server writes to the socket. ws frames every `send` again for every socket and writes it as two
 * buffers (a corked writev); a room sends one update to all its sessions, so the transport frames
 * it once and writes the same bytes to each (`YjsTransport`), which ws has no public API for.
 */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = 0x82;
  if (headerBytes === 2) {
    frame[1] = length;
  } else if (headerBytes === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, headerBytes);
  return frame;
}
