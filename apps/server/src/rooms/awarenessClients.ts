import * as decoding from 'lib0/decoding';

/**
 * The client ids an awareness update speaks for (y-protocols' layout: count, then per client
 * its id, clock and JSON state). Called only on updates `decodeClientMessage` already walked.
 *
 * @example awarenessClients(encodeAwarenessUpdate(awareness, [42])) // [42]
 */
export function awarenessClients(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return ids;
}
