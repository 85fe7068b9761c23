import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import type { PreparedStatement, StatementParam } from './openDatabase';

/**
 * A named prepared statement on the embedded database, run through PGlite's wire protocol.
 *
 * Written by hand because PGlite offers none: its `query` parses, describes and plans the
 * statement anew on every call, in six passes through the WebAssembly backend plus its file
 * bookkeeping, which made the log append cost ~0.7 ms of CPU against ~0.15 ms for Bind, Describe,
 * Execute and Sync sent as one message to a statement parsed once (docs/architecture.md, "The
 * sync hot path"). It takes the same two locks `query` takes, so it never interleaves with
 * Prisma's statements or transactions, and ends with Sync like `query`: outside a transaction the
 * statement is its own, committed one.
 *
 * @example const append = preparedOnPGlite<{ seq: bigint }>(pglite, 'append', 'INSERT … RETURNING seq'); await append([id, bytes])
 */
export function preparedOnPGlite<T>(pglite: PGlite, name: string, sql: string): PreparedStatement<T> {
  let prepared = false;
  return (params) =>
    pglite._runExclusiveTransaction(() =>
      pglite._runExclusiveQuery(async () => {
        if (!prepared) {
          // Apart from the first run, so a run that fails after a successful Parse never leaves
          // `prepared` unset (a second Parse of the same name would fail).
          await pglite.execProtocol(concat([protocol.serialize.parse({ name, text: sql }), protocol.serialize.sync()]));
          prepared = true;
        }
        const message = concat([
          protocol.serialize.bind({ statement: name, values: params.map(toWireValue) }),
          protocol.serialize.describe({ type: 'P' }),
          protocol.serialize.execute({}),
          protocol.serialize.sync(),
        ]);
        // Throws the database's error (after Sync has ended the failed statement's transaction).
        const { messages } = await pglite.execProtocol(message);
        return (parse.parseResults(messages, {})[0]?.rows ?? []) as T[];
      }),
    );
}

/** Bytes go in binary (bytea's binary form is the bytes); everything else as PostgreSQL's text. */
function toWireValue(value: StatementParam): string | Uint8Array | null {
  if (value === null || value instanceof Uint8Array || typeof value === 'string') return value;
  return String(value);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
