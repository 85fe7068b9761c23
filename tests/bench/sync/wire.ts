/**
 * The few bits of the y-websocket protocol the benchmark clients speak, encoded by hand so the
 * lightweight writers can send pre-encoded frames and skim what they receive without decoding
 * it. Hocuspocus speaks the same messages, each prefixed by the document name (`framing`).
 */
export type Framing = 'y-websocket' | 'hocuspocus';

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const HOCUSPOCUS_SYNC_REPLY = 4;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push(0x80 | (n & 0x7f));
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

function varString(text: string): number[] {
  const bytes = new TextEncoder().encode(text);
  return [...varUint(bytes.length), ...bytes];
}

/** Reads a variable-length unsigned integer at `offset`; returns it and the offset after it. */
export function readVarUint(bytes: Uint8Array, offset: number): [number, number] {
  let value = 0;
  let shift = 1;
  for (;;) {
    const byte = bytes[offset++];
    if (byte === undefined) throw new Error('truncated varUint');
    value += (byte & 0x7f) * shift;
    if (byte < 0x80) return [value, offset];
    shift *= 128;
  }
}

/** Frames one board's messages for a server. */
export class Wire {
  private readonly prefix: number[];

  constructor(
    readonly framing: Framing,
    docName: string,
  ) {
    this.prefix = framing === 'hocuspocus' ? varString(docName) : [];
  }

  sync(step: number, payload: Uint8Array): Uint8Array {
    return new Uint8Array([...this.prefix, MESSAGE_SYNC, step, ...varUint(payload.length), ...payload]);
  }

  /** Hocuspocus holds every message of a connection until it has authenticated. */
  auth(token: string): Uint8Array | undefined {
    return this.framing === 'hocuspocus' ? new Uint8Array([...this.prefix, MESSAGE_AUTH, 0, ...varString(token)]) : undefined;
  }

  /**
   * The sync step of a received frame and where its payload starts, or undefined when the
   * frame is not a sync message (awareness, auth, Hocuspocus's sync-status acks…).
   */
  readSync(frame: Uint8Array): { step: number; payloadAt: number } | undefined {
    let offset = 0;
    if (this.framing === 'hocuspocus') {
      const [length, after] = readVarUint(frame, 0);
      offset = after + length;
    }
    const type = frame[offset];
    if (type !== MESSAGE_SYNC && !(this.framing === 'hocuspocus' && type === HOCUSPOCUS_SYNC_REPLY)) return undefined;
    const step = frame[offset + 1];
    return step === undefined ? undefined : { step, payloadAt: offset + 2 };
  }
}

/** The payload of a sync frame whose payload starts at `payloadAt`. */
export function syncPayload(frame: Uint8Array, payloadAt: number): Uint8Array {
  const [length, start] = readVarUint(frame, payloadAt);
  return frame.subarray(start, start + length);
}
