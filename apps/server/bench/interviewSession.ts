// A 45-minute system-design interview as the server would log it: what the interviewer and the
// candidate do to a news-feed board, and when, as a list of timed steps — each edit one version
// (one Yjs update, as a room logs what arrives alone), each phase change an interview command.
// Deterministic (a seeded generator), so every run and every database gets the same history.
//
// How many versions a real session makes: the web app writes a component's position on every
// pointer move of a drag (xyflow's position changes, about 60 a second), and y-websocket sends each
// as its own update; the room logs each one that arrives while no append is in flight, so a drag
// of 0.25–0.75 s is up to 15–45 versions (fewer when it moves less than a pixel a step). Everything
// else — adding a component or an edge, committing a label, a property or an assumption — is one
// version. Here 25 components and notes are placed (each dropped, dragged into place, named), with
// 23 edges, 9 assumptions and 19 properties, and 16 of them moved again while talking: 1,068 edits,
// 967 of them the positions of 41 drags, 101 the rest (107 edits by the interviewer).
import type * as Y from 'yjs';
import { addEdge, addNode, assumptionsOf, moveNodes, setNodeProp, updateNode } from '@scaleboard/board';
import type { InterviewCommand } from '@scaleboard/protocol';
import type { NodeKind } from '@scaleboard/rules';
import type { UpdateAuthor } from '../src/storage/BoardStore';
// The rules' seeded generator (as the fuzz tests use), so the session is the same on every run.
import { seededRandom } from '@scaleboard/rules';

export const INTERVIEWER: UpdateAuthor = { name: 'Ivy (interviewer)', role: 'owner' };
export const CANDIDATE: UpdateAuthor = { name: 'Sam (candidate)', role: 'editor' };

export type SessionStep =
  | { atMs: number; kind: 'edit'; author: UpdateAuthor; edit: (doc: Y.Doc) => void }
  | { atMs: number; kind: 'command'; command: InterviewCommand };

const MINUTE = 60_000;
/** When each phase change happens, in ms from the interview's start (the book's 3–10, 10–15, 10–25, 3–5 minutes). */
export const PHASE_CHANGES_MS = { start: 0, highLevelDesign: 7.5 * MINUTE, deepDive: 22 * MINUTE, wrapUp: 40 * MINUTE, end: 45 * MINUTE };
/** The interviewer creates the board this long before starting the clock (sends the link, waits for the candidate). */
export const BOARD_CREATED_BEFORE_START_MS = 40_000;
/** One pointer move of a drag. */
const DRAG_STEP_MS = 16;

/**
 * The steps of the session, in time order, from the interview's start (the board's creation,
 * BOARD_CREATED_BEFORE_START_MS earlier, is not a step: the caller creates the board).
 *
 * @example interviewSession().filter((s) => s.kind === 'edit').length // 1,068
 */
export function interviewSession(seed = 45): SessionStep[] {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + random() * (high - low);
  const steps: SessionStep[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  let now = 0;
  let edgeCount = 0;

  const at = (ms: number) => (now = Math.max(now, ms));
  const pause = (low: number, high: number) => (now += between(low, high) * 1000);
  const edit = (author: UpdateAuthor, change: (doc: Y.Doc) => void) => {
    steps.push({ atMs: Math.round(now), kind: 'edit', author, edit: change });
    now += 400; // a click, a keystroke: the next edit is never in the same instant
  };
  /** A drag from where the node is to (x, y): one version per pointer move. */
  const drag = (author: UpdateAuthor, id: string, x: number, y: number) => {
    const from = positions.get(id)!;
    const moves = Math.round(between(15, 45));
    let previous = from;
    for (let i = 1; i <= moves; i++) {
      const point = { id, x: Math.round(from.x + ((x - from.x) * i) / moves), y: Math.round(from.y + ((y - from.y) * i) / moves) };
      now += DRAG_STEP_MS;
      if (point.x === previous.x && point.y === previous.y) continue; // the pointer moved less than a pixel: nothing written
      steps.push({ atMs: Math.round(now), kind: 'edit', author, edit: (doc) => moveNodes(doc, [point]) });
      previous = point;
    }
    positions.set(id, { x, y });
  };
  /** Drops a component from the palette (near the palette), drags it into place, names it. */
  const place = (author: UpdateAuthor, id: string, kind: NodeKind, label: string, x: number, y: number, parent?: string) => {
    const dropped = { x: Math.round(x * 0.6), y: Math.round(y * 0.6 + 40) };
    positions.set(id, dropped);
    edit(author, (doc) => addNode(doc, { id, kind, label: kind, ...dropped, ...(parent ? { parent } : {}), props: {} }));
    pause(0.3, 1.5);
    drag(author, id, x, y);
    pause(1, 4);
    edit(author, (doc) => updateNode(doc, id, { label }));
    pause(8, 30);
  };
  const connect = (author: UpdateAuthor, from: string, to: string, kind: 'sync' | 'async' | 'replication' = 'sync') => {
    const id = `e${++edgeCount}`;
    edit(author, (doc) => addEdge(doc, { id, from, to, kind }));
    pause(4, 18);
  };
  const assume = (author: UpdateAuthor, key: string, value: number) => {
    edit(author, (doc) => assumptionsOf(doc).set(key, value));
    pause(8, 25);
  };
  const prop = (author: UpdateAuthor, id: string, key: string, value: unknown) => {
    edit(author, (doc) => setNodeProp(doc, id, key, value));
    pause(8, 35);
  };
  /** Rearranging while talking: a component moved a little. */
  const nudge = (author: UpdateAuthor, id: string) => {
    const { x, y } = positions.get(id)!;
    drag(author, id, x + Math.round(between(-40, 40)), y + Math.round(between(-30, 30)));
    pause(8, 30);
  };
  const command = (ms: number, interviewCommand: InterviewCommand) => {
    at(ms);
    steps.push({ atMs: Math.round(now), kind: 'command', command: interviewCommand });
    now += 1000;
  };
  const C = CANDIDATE;
  const I = INTERVIEWER;

  // 1. Scope: requirements as notes, then the back-of-the-envelope estimate.
  command(PHASE_CHANGES_MS.start, { action: 'start' });
  pause(20, 40);
  place(I, 'ask', 'note', 'Design a news feed: post, follow, see friends\u2019 posts newest first', 0, -200);
  pause(40, 70);
  place(C, 'req', 'note', 'Web + mobile; 10M DAU; text + images; feed < 200 ms', 240, -200);
  pause(30, 60);
  place(C, 'nfr', 'note', 'Up to 5,000 friends; fan-out on write; 99.9 % available', 480, -200);
  pause(40, 60);
  assume(C, 'monthlyActiveUsers', 20_000_000);
  assume(C, 'dailyActiveRatio', 0.5);
  assume(C, 'writesPerUserPerDay', 2);
  assume(C, 'readsPerWrite', 50);
  assume(C, 'peakFactor', 2);
  assume(I, 'mediaRatio', 0.2);
  assume(C, 'mediaBytes', 500_000);
  assume(C, 'retentionYears', 5);
  assume(C, 'readsPerWrite', 100); // corrected after the interviewer's question

  // 2. High-level design: the request path, the feed and post services, storage.
  command(PHASE_CHANGES_MS.highLevelDesign, { action: 'advance' });
  pause(30, 60);
  place(C, 'client', 'client', 'Web / mobile', 0, 0);
  place(C, 'dns', 'dns', 'DNS', 0, 140);
  connect(C, 'client', 'dns');
  place(C, 'lb', 'load-balancer', 'Load balancer', 240, 0);
  connect(C, 'client', 'lb');
  connect(C, 'dns', 'lb');
  place(C, 'web1', 'web-server', 'API 1', 480, -60);
  place(C, 'web2', 'web-server', 'API 2', 480, 60);
  connect(C, 'lb', 'web1');
  connect(C, 'lb', 'web2');
  place(C, 'post', 'app-server', 'Post service', 720, -60);
  place(C, 'feed', 'app-server', 'Feed service', 720, 60);
  for (const web of ['web1', 'web2']) for (const service of ['post', 'feed']) connect(C, web, service);
  place(C, 'postdb', 'database', 'Posts DB', 960, -60);
  connect(C, 'post', 'postdb');
  place(C, 'feedcache', 'cache', 'Feed cache', 960, 60);
  connect(C, 'feed', 'feedcache');
  place(C, 'media', 'object-storage', 'Media (S3)', 960, 180);
  connect(C, 'post', 'media');
  place(C, 'cdn', 'cdn', 'CDN', 240, 180);
  connect(C, 'client', 'cdn');
  connect(C, 'cdn', 'media');
  for (const id of ['lb', 'web1', 'web2', 'post', 'feed']) nudge(C, id);
  place(I, 'q1', 'note', 'How does a post reach 5,000 friends\u2019 feeds?', 720, -200);

  // 3. Deep dive: fan-out through a queue, a graph store, replicas, instances and caches.
  command(PHASE_CHANGES_MS.deepDive, { action: 'advance' });
  pause(20, 40);
  place(C, 'fanout', 'message-queue', 'Fan-out queue', 720, 200);
  connect(C, 'post', 'fanout', 'async');
  place(C, 'workers', 'worker', 'Fan-out workers', 960, 300);
  connect(C, 'fanout', 'workers', 'async');
  connect(C, 'workers', 'feedcache');
  place(C, 'graph', 'database', 'Friends (graph DB)', 1200, 300);
  connect(C, 'workers', 'graph');
  place(C, 'replica', 'database', 'Posts replica', 1200, -60);
  connect(C, 'postdb', 'replica', 'replication');
  prop(C, 'replica', 'role', 'replica');
  connect(C, 'feed', 'replica');
  place(C, 'users', 'cache', 'User cache', 1200, 60);
  connect(C, 'feed', 'users');
  prop(C, 'lb', 'instances', 2);
  prop(C, 'web1', 'capacityQps', 2000);
  prop(C, 'web2', 'capacityQps', 2000);
  prop(C, 'feedcache', 'hitRatio', 0.9);
  prop(C, 'feedcache', 'ttlSeconds', 86_400);
  prop(C, 'feedcache', 'eviction', 'lru');
  prop(C, 'users', 'ttlSeconds', 3600);
  prop(C, 'cdn', 'ttlSeconds', 604_800);
  prop(C, 'cdn', 'hitRatio', 0.95);
  prop(C, 'postdb', 'replicas', 2);
  prop(C, 'workers', 'instances', 8);
  prop(I, 'feed', 'instances', 3);
  prop(C, 'post', 'instances', 3);
  prop(C, 'fanout', 'instances', 3);
  place(C, 'ratelimit', 'app-server', 'Rate limiter', 240, -160);
  connect(C, 'lb', 'ratelimit');
  place(C, 'notify', 'worker', 'Notifications', 1200, 180);
  connect(C, 'fanout', 'notify', 'async');
  for (const id of ['fanout', 'workers', 'graph', 'postdb', 'replica', 'feedcache', 'users', 'media', 'notify']) nudge(C, id);
  place(C, 'hot', 'note', 'Celebrities: pull their posts at read time (hybrid fan-out)', 960, 420);
  prop(C, 'graph', 'replicas', 1);
  prop(C, 'feedcache', 'instances', 3);

  // 4. Wrap-up: bottlenecks and what to do next.
  command(PHASE_CHANGES_MS.wrapUp, { action: 'advance' });
  pause(20, 40);
  place(C, 'next', 'note', 'Next: shard posts by user id; monitoring; multi-region', 1200, 420);
  prop(C, 'web1', 'instances', 2);
  prop(C, 'web2', 'instances', 2);
  nudge(C, 'hot');
  nudge(C, 'next');
  place(I, 'fb', 'note', 'Thanks! Questions for us?', 0, 420);
  command(PHASE_CHANGES_MS.end, { action: 'advance' });

  steps.sort((a, b) => a.atMs - b.atMs);
  const last = steps.at(-1)!;
  if (last.kind !== 'command' || last.atMs > PHASE_CHANGES_MS.end + 1000) throw new Error(`the session overran its 45 minutes (${(last.atMs / MINUTE).toFixed(1)} min)`);
  return steps;
}
