import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEdge, addNode, deleteElements, docToBoard, moveNodes, nodesOf, renderBoardSvg, setNodeProp } from '@scaleboard/board';
import { checkWellFormed } from '@scaleboard/board/testing';
import type { WebsocketProvider } from 'y-websocket';
import { report, TWITTER } from '@scaleboard/rules';
import { loadDocument } from '../src/rooms/loadDocument';
import { eventually } from './eventually';
import { seededRandom } from '@scaleboard/rules';
import { syncMessageFuzzer } from './fuzz/syncMessages';
import { openRawSync, settled, type RawSync } from './rawSync';
import { startTestServer, type TestServer } from './testServer';

/** Set FUZZ_SEED to replay a failing run; FUZZ_MESSAGES to run longer. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const MESSAGES = Number(process.env.FUZZ_MESSAGES ?? 10_000);
const ATTACKERS = 2;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ limits: { maxUpdatesPerSecond: 1_000_000, maxConnectionsPerIp: 1_000, maxConnectionsPerBoard: 1_000 } });
});
afterAll(() => server.close());

/** One honest edit from the seeded stream, through the board API like the web app does. */
function honestEdit(doc: Y.Doc, random: () => number, name: string, step: number): void {
  const ids = Array.from(nodesOf(doc).keys()).filter((id) => id.startsWith('h'));
  const pick = Math.floor(random() * 5);
  const target = ids[Math.floor(random() * ids.length)];
  if (pick === 0 || !target) addNode(doc, { id: `h-${name}-${step}`, kind: 'web-server', label: `${name} ${step}`, x: step, y: 0, props: {} });
  else if (pick === 1) moveNodes(doc, [{ id: target, x: Math.floor(random() * 900), y: Math.floor(random() * 900) }]);
  else if (pick === 2) setNodeProp(doc, target, 'instances', 1 + Math.floor(random() * 4));
  else if (pick === 3) addEdge(doc, { id: `e-${name}-${step}`, from: target, to: ids[0] ?? target, kind: 'sync' });
  else deleteElements(doc, { nodes: [target] });
}

/**
 * What the report and export routes do with a document, which must hold for any document the fuzz
 * left on the server: the report and the picture never throw, and the picture is well-formed SVG.
 */
function reportAndDraw(doc: Y.Doc): void {
  const board = docToBoard(doc);
  const { findings } = report(board);
  checkWellFormed(renderBoardSvg(board, { findings }));
}

describe(`sync fuzz (seed ${SEED}, ${MESSAGES} messages)`, () => {
  it('stays up, keeps honest clients converging, and stores exactly what they see', async () => {
    const { id, keys } = await server.createBoard({ template: TWITTER.id });
    const honest: WebsocketProvider[] = [server.connect(id, keys.edit), server.connect(id, keys.owner)];
    await eventually(() => expect(honest.every((p) => p.synced)).toBe(true));
    const random = seededRandom(SEED);
    let honestSteps = 0;
    const counts = { sent: 0, accepted: 0, closed: 0 };

    const attack = async (index: number) => {
      const next = syncMessageFuzzer(SEED + index);
      let raw: RawSync | undefined;
      for (let i = 0; i < MESSAGES / ATTACKERS; i++) {
        if (!raw) {
          raw = openRawSync(server.wsUrl, id, keys.edit);
          expect(await raw.status).toBe(101);
        }
        raw.ws.send(next());
        counts.sent++;
        if (await settled(raw)) {
          counts.accepted++;
          reportAndDraw(server.app.registry.peek(id)!.doc);
        } else {
          counts.closed++;
          raw = undefined;
        }
        if (i % 25 === 0) {
          const who = honestSteps % 2;
          honestEdit(honest[who]!.doc, random, who === 0 ? 'ann' : 'bob', honestSteps++);
        }
      }
      raw?.ws.close();
    };
    await Promise.all(Array.from({ length: ATTACKERS }, (_, i) => attack(i)));

    console.log(`fuzz seed ${SEED}: ${JSON.stringify(counts)}`);
    expect(counts.sent).toBe(MESSAGES);
    // Both kinds happened: the run exercised rejection and acceptance alike.
    expect(counts.closed).toBeGreaterThan(MESSAGES / 10);
    expect(counts.accepted).toBeGreaterThan(MESSAGES / 10);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/boards/${id}/report?key=${keys.view}`)).status).toBe(200);

    // A last honest edit on each side, then everyone must agree, and so must the store.
    addNode(honest[0]!.doc, { id: 'final-ann', kind: 'cache', label: 'Final', x: 1, y: 1, props: {} });
    addNode(honest[1]!.doc, { id: 'final-bob', kind: 'cache', label: 'Final', x: 2, y: 2, props: {} });
    await eventually(
      () => {
        const [a, b] = honest.map((p) => p.doc);
        expect(nodesOf(a!).has('final-bob') && nodesOf(b!).has('final-ann')).toBe(true);
        expect(docToBoard(a!)).toEqual(docToBoard(b!));
        expect(Y.encodeStateVector(a!)).toEqual(Y.encodeStateVector(b!));
      },
      { timeoutMs: 20_000 },
    );
    await server.app.registry.peek(id)?.flush();
    const { doc: stored } = await loadDocument(server.store, id);
    expect(docToBoard(stored)).toEqual(docToBoard(honest[0]!.doc));
    expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(honest[0]!.doc));
  }, 300_000);
});
