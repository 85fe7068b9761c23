import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { ROOM_EVENTS, phaseRemainingMs, type ClientToServerEvents, type InterviewStateMessage, type ServerToClientEvents } from '@scaleboard/protocol';
import { createBoard } from './clients';
import { eventually } from '@scaleboard/server/testing';
import { startTestCluster, type TestCluster } from './testCluster';

/**
 * Interview mode across instances for real: the owner's commands on one instance reach a
 * candidate connected to another through the Socket.IO Redis adapter, both clocks agree, and
 * private notes stay behind the owner key on every instance.
 */
let testCluster: TestCluster;
const sockets: Socket[] = [];

beforeAll(async () => {
  testCluster = await startTestCluster(2);
}, 120_000);

afterAll(async () => {
  sockets.forEach((s) => s.disconnect());
  await testCluster?.stop();
}, 60_000);

/** A room socket that keeps every interview state with the local time it arrived. */
function join(url: string, auth: { boardId: string; key: string; name: string }) {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, { transports: ['websocket'], auth, forceNew: true, reconnection: false });
  sockets.push(socket);
  const states: Array<{ state: InterviewStateMessage; at: number }> = [];
  socket.on(ROOM_EVENTS.interviewState, (state) => states.push({ state, at: Date.now() }));
  return { socket, states, last: () => states.at(-1) };
}

/** Remaining ms now, as a client computes it from one message (server time + time since). */
const remaining = ({ state, at }: { state: InterviewStateMessage; at: number }) => phaseRemainingMs(state, state.serverNow + (Date.now() - at));

describe('interview mode on two instances', () => {
  it('broadcasts the owner’s commands to a candidate on the other instance, with the same clock', async () => {
    const [one, two] = testCluster.cluster.instances;
    const board = await createBoard(testCluster.cluster.url);
    const owner = join(one!.url, { boardId: board.id, key: board.keys.owner, name: 'Ivy' });
    const candidate = join(two!.url, { boardId: board.id, key: board.keys.edit, name: 'Cam' });
    await eventually(() => expect(owner.last()?.state.status && candidate.last()?.state.status).toBe('idle'), { timeoutMs: 15_000 });

    owner.socket.emit(ROOM_EVENTS.interviewCommand, { action: 'start' });
    await eventually(() => expect(candidate.last()?.state).toMatchObject({ status: 'running', phase: 0 }), { timeoutMs: 10_000 });
    await eventually(() => expect(owner.last()?.state.status).toBe('running'));
    expect(Math.abs(remaining(owner.last()!) - remaining(candidate.last()!))).toBeLessThan(1000);

    owner.socket.emit(ROOM_EVENTS.interviewCommand, { action: 'advance' });
    await eventually(() => expect(candidate.last()?.state).toMatchObject({ status: 'running', phase: 1, snapshotPhases: [0] }), { timeoutMs: 10_000 });
    await eventually(() => expect(owner.last()?.state.phase).toBe(1));
    expect(candidate.last()!.state.runningSince).toBe(owner.last()!.state.runningSince);
    expect(Math.abs(remaining(owner.last()!) - remaining(candidate.last()!))).toBeLessThan(1000);

    // A candidate's command is refused on its own instance and changes nothing anywhere.
    const errors: string[] = [];
    candidate.socket.on(ROOM_EVENTS.roomError, (e) => errors.push(e.code));
    candidate.socket.emit(ROOM_EVENTS.interviewCommand, { action: 'reset' });
    await eventually(() => expect(errors).toEqual(['forbidden']));
    const state = await fetch(`${one!.url}/api/boards/${board.id}/interview?key=${board.keys.view}`).then((r) => r.json() as Promise<InterviewStateMessage>);
    expect(state).toMatchObject({ status: 'running', phase: 1 });
  });

  it('keeps private notes behind the owner key on every instance', async () => {
    const [one, two] = testCluster.cluster.instances;
    const board = await createBoard(testCluster.cluster.url);
    const notes = {
      notes: 'PRIVATE-ACROSS-INSTANCES',
      rubric: Object.fromEntries(['scope', 'highLevelDesign', 'deepDive', 'communication'].map((a) => [a, { score: 2, comment: '' }])),
    };
    const put = await fetch(`${one!.url}/api/boards/${board.id}/interview/notes`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${board.keys.owner}`, 'content-type': 'application/json' },
      body: JSON.stringify(notes),
    });
    expect(put.status).toBe(200);
    const asOwner = await fetch(`${two!.url}/api/boards/${board.id}/interview/notes`, { headers: { authorization: `Bearer ${board.keys.owner}` } });
    expect(await asOwner.json()).toEqual(notes);
    const asEditor = await fetch(`${two!.url}/api/boards/${board.id}/interview/notes`, { headers: { authorization: `Bearer ${board.keys.edit}` } });
    expect(asEditor.status).toBe(403);
    expect(await asEditor.text()).not.toContain('PRIVATE-ACROSS-INSTANCES');
  });
});
