import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { openDatabase } from '@scaleboard/db';
import { createTestDatabase, type TestDatabase } from '@scaleboard/db/testing';
import { ROOM_EVENTS, emptyInterviewNotes, phaseRemainingMs, type NoteRevisionsResponse, type ClientToServerEvents, type InterviewStateMessage, type RoomError, type ServerToClientEvents } from '@scaleboard/protocol';
import { prismaStores } from '../src/storage/Stores';
import { eventually } from './eventually';
import { startTestServer, type TestServer } from './testServer';

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Records every interview state and room error a socket receives. */
function record(socket: RoomSocket) {
  const states: InterviewStateMessage[] = [];
  const errors: RoomError[] = [];
  socket.on(ROOM_EVENTS.interviewState, (state) => states.push(state));
  socket.on(ROOM_EVENTS.roomError, (error) => errors.push(error));
  return { states, errors, last: () => states.at(-1) };
}

/** Remaining time of the current phase as a client computes it: the server's clock plus the time since the message. */
function remainingNow(state: InterviewStateMessage, receivedAt: number): number {
  return phaseRemainingMs(state, state.serverNow + (Date.now() - receivedAt));
}

const servers: TestServer[] = [];
let database: TestDatabase | undefined;
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await database?.drop();
  database = undefined;
});

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const started = await startTestServer(options);
  servers.push(started);
  return started;
}

describe('interview mode', () => {
  it('lets only the owner run the clock and broadcasts each state to the room', async () => {
    const s = await server();
    const { id, keys } = await s.createBoard({ template: 'ch1-3-load-balancer' });
    const owner = record(s.roomClient({ boardId: id, key: keys.owner, name: 'Ivy' }));
    const candidate = record(s.roomClient({ boardId: id, key: keys.edit, name: 'Cam' }));
    await eventually(() => expect(owner.last()?.status).toBe('idle'));
    await eventually(() => expect(candidate.last()?.status).toBe('idle'));

    const candidateSocket = s.roomClient({ boardId: id, key: keys.edit, name: 'Cam 2' });
    const sneaky = record(candidateSocket);
    candidateSocket.emit(ROOM_EVENTS.interviewCommand, { action: 'start' });
    await eventually(() => expect(sneaky.errors).toEqual([{ code: 'forbidden', message: 'Only the board owner runs the interview.' }]));

    const ownerSocket = s.roomClient({ boardId: id, key: keys.owner, name: 'Ivy 2' });
    ownerSocket.emit(ROOM_EVENTS.interviewCommand, { action: 'start' });
    await eventually(() => expect(candidate.last()).toMatchObject({ status: 'running', phase: 0 }));
    ownerSocket.emit(ROOM_EVENTS.interviewCommand, { action: 'advance' });
    await eventually(() => expect(candidate.last()).toMatchObject({ status: 'running', phase: 1, snapshotPhases: [0] }));
    await eventually(() => expect(owner.last()).toMatchObject({ phase: 1 }));
    expect(owner.errors).toEqual([]);
  });

  it('keeps the notes and rubric for the owner key: other keys get 403 and a summary without them', async () => {
    const s = await server();
    const { id, keys } = await s.createBoard();
    const put = (key: string, body: unknown) =>
      fetch(`${s.url}/api/boards/${id}/interview/notes`, { method: 'PUT', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const notes = {
      notes: 'SECRET-NOTE: forgot the cache',
      rubric: {
        scope: { score: 3, comment: 'good questions' },
        highLevelDesign: { score: 2, comment: '' },
        deepDive: { score: null, comment: '' },
        communication: { score: 4, comment: 'clear' },
      },
    };
    expect((await put(keys.edit, notes)).status).toBe(403);
    expect((await put(keys.owner, { ...notes, rubric: {} })).status).toBe(400);
    expect((await put(keys.owner, notes)).status).toBe(200);
    for (const key of [keys.edit, keys.view]) {
      const res = await fetch(`${s.url}/api/boards/${id}/interview/notes`, { headers: { authorization: `Bearer ${key}` } });
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain('SECRET-NOTE');
    }
    const mine = await fetch(`${s.url}/api/boards/${id}/interview/notes?key=${keys.owner}`);
    expect(await mine.json()).toEqual(notes);

    const summary = (key: string) => fetch(`${s.url}/api/boards/${id}/interview/summary.md?key=${key}`).then((r) => r.text());
    const forCandidate = await summary(keys.edit);
    expect(forCandidate).toContain('# Interview summary');
    expect(forCandidate).toContain('## Estimate');
    expect(forCandidate).not.toContain('SECRET-NOTE');
    expect(forCandidate).not.toContain('Rubric');
    const forOwner = await summary(keys.owner);
    expect(forOwner).toContain('SECRET-NOTE: forgot the cache');
    expect(forOwner).toContain('| Communication | 4/4 | clear |');
  });

  it('gives the owner key the revisions of the notes with their times; other keys get 403', async () => {
    const s = await server();
    const { id, keys } = await s.createBoard();
    // A revision from a minute ago, as if the owner had saved it then.
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await s.interviews.saveNotes(id, { ...emptyInterviewNotes(), notes: 'EARLIER-NOTE' }, aMinuteAgo);
    const later = { ...emptyInterviewNotes(), notes: 'LATER-NOTE' };
    later.rubric.scope = { score: 3, comment: 'asked about DAU' };
    const beforeSave = Date.now();
    const saved = await fetch(`${s.url}/api/boards/${id}/interview/notes`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${keys.owner}`, 'content-type': 'application/json' },
      body: JSON.stringify(later),
    });
    expect(saved.status).toBe(200);

    const revisions = (key: string, query = '') => fetch(`${s.url}/api/boards/${id}/interview/notes/revisions${query}`, { headers: { authorization: `Bearer ${key}` } });
    const res = await revisions(keys.owner);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as NoteRevisionsResponse;
    expect(body.revisions.map((r) => r.notes)).toEqual(['EARLIER-NOTE', 'LATER-NOTE']);
    expect(body.revisions[0]!.at).toBe(aMinuteAgo.toISOString());
    expect(Date.parse(body.revisions[1]!.at)).toBeGreaterThanOrEqual(beforeSave);
    expect(body.revisions[1]).toEqual({ at: body.revisions[1]!.at, ...later });

    const since = new Date(beforeSave).toISOString();
    expect(((await (await revisions(keys.owner, `?from=${since}`)).json()) as NoteRevisionsResponse).revisions.map((r) => r.notes)).toEqual(['LATER-NOTE']);
    expect(((await (await revisions(keys.owner, `?to=${aMinuteAgo.toISOString()}`)).json()) as NoteRevisionsResponse).revisions.map((r) => r.notes)).toEqual(['EARLIER-NOTE']);
    const bad = await revisions(keys.owner, '?from=yesterday');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad-request', path: 'from' } });
    expect((await revisions(keys.owner, `?from=${since}&to=${aMinuteAgo.toISOString()}`)).status).toBe(400);

    for (const key of [keys.edit, keys.view]) {
      const refused = await revisions(key);
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain('NOTE');
    }
  });

  it('reads the same clock through two instances sharing one store', async () => {
    const a = await server();
    const b = await server({ store: a.store, interviews: a.interviews });
    const { id, keys } = await a.createBoard();
    const owner = a.roomClient({ boardId: id, key: keys.owner, name: 'Ivy' });
    const onA = record(owner);
    await eventually(() => expect(onA.last()).toBeDefined());
    owner.emit(ROOM_EVENTS.interviewCommand, { action: 'start' });
    await eventually(() => expect(onA.last()?.status).toBe('running'));
    const aAt = Date.now();
    const aState = onA.last()!;

    const onB = record(b.roomClient({ boardId: id, key: keys.edit, name: 'Cam' }));
    const bState = await eventually(() => {
      const state = onB.last();
      expect(state?.status).toBe('running');
      return state!;
    });
    const bAt = Date.now();
    expect(bState).toMatchObject({ phase: 0, runningSince: aState.runningSince, budgetsSec: aState.budgetsSec });
    // Both clients, reading their own message plus local time since, agree to well within a second.
    expect(Math.abs(remainingNow(aState, aAt) - remainingNow(bState, bAt))).toBeLessThan(1000);

    const rest = await fetch(`${b.url}/api/boards/${id}/interview?key=${keys.view}`).then((r) => r.json() as Promise<InterviewStateMessage>);
    expect(rest).toMatchObject({ status: 'running', phase: 0, runningSince: aState.runningSince });
  });

  it('survives a server restart on the same database, still counting from the same start', async () => {
    database = await createTestDatabase();
    const open = async () => {
      const { boards, interviews } = prismaStores(await openDatabase({ databaseUrl: database!.url, dataDir: 'unused' }));
      return { store: boards, interviews };
    };
    const first = await server(await open());
    const { id, keys } = await first.createBoard();
    const owner = first.roomClient({ boardId: id, key: keys.owner, name: 'Ivy' });
    const seen = record(owner);
    await eventually(() => expect(seen.last()).toBeDefined());
    owner.emit(ROOM_EVENTS.interviewCommand, { action: 'start' });
    await eventually(() => expect(seen.last()?.status).toBe('running'));
    owner.emit(ROOM_EVENTS.interviewCommand, { action: 'advance' });
    await eventually(() => expect(seen.last()?.phase).toBe(1));
    const before = seen.last()!;
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    const second = await server(await open());
    const after = record(second.roomClient({ boardId: id, key: keys.edit, name: 'Cam' }));
    await eventually(() => expect(after.last()).toBeDefined());
    expect(after.last()).toMatchObject({ status: 'running', phase: 1, runningSince: before.runningSince, spentMs: before.spentMs, snapshotPhases: [0] });
    const snapshot = await fetch(`${second.url}/api/boards/${id}/interview/snapshots/0?key=${keys.owner}`);
    expect(snapshot.status).toBe(200);
    expect(await snapshot.json()).toMatchObject({ phase: 0, board: { format: 'scaleboard/v1' } });
    expect((await fetch(`${second.url}/api/boards/${id}/interview/snapshots/0?key=${keys.edit}`)).status).toBe(403);
  }, 60_000);
});
