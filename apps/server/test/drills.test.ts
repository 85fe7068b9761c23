import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { ROOM_EVENTS, type ClientToServerEvents, type EstimationAttempt, type InterviewStateMessage, type RoomError, type ServerToClientEvents, type TimelineResponse } from '@scaleboard/protocol';
import { eventually } from './eventually';
import { startTestServer, type TestServer } from './testServer';

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Records what a socket receives of the interview, the owner-only estimation attempts and room errors. */
function record(socket: RoomSocket) {
  const states: InterviewStateMessage[] = [];
  const attempts: EstimationAttempt[] = [];
  const errors: RoomError[] = [];
  socket.on(ROOM_EVENTS.interviewState, (state) => states.push(state));
  socket.on(ROOM_EVENTS.estimationAttempt, (attempt) => attempts.push(attempt));
  socket.on(ROOM_EVENTS.roomError, (error) => errors.push(error));
  return { socket, states, attempts, errors, last: () => states.at(-1) };
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function boardWithPeople() {
  const s = await startTestServer();
  servers.push(s);
  const { id, keys } = await s.createBoard({ template: 'ch1-3-load-balancer' });
  const owner = record(s.roomClient({ boardId: id, key: keys.owner, name: 'Ivy' }));
  const candidate = record(s.roomClient({ boardId: id, key: keys.edit, name: 'Cam' }));
  const viewer = record(s.roomClient({ boardId: id, key: keys.view, name: 'Val' }));
  for (const person of [owner, candidate, viewer]) await eventually(() => expect(person.last()?.status).toBe('idle'));
  return { s, id, keys, owner, candidate, viewer };
}

const answer = { seed: 1, answers: { dailyActiveUsers: 30e6, qps: 20e3, storageTotal: null, webServers: 5 } };

describe('estimation drill in an interview', () => {
  it('sends a candidate’s answers to the owner’s sockets only, and only while an interview runs', async () => {
    const { owner, candidate, viewer } = await boardWithPeople();
    candidate.socket.emit(ROOM_EVENTS.estimationAnswer, answer);
    await eventually(() => expect(candidate.errors).toEqual([{ code: 'bad-request', message: 'No interview is running on this board.' }]));

    owner.socket.emit(ROOM_EVENTS.interviewCommand, { action: 'start' });
    await eventually(() => expect(candidate.last()?.status).toBe('running'));
    candidate.socket.emit(ROOM_EVENTS.estimationAnswer, answer);
    await eventually(() => expect(owner.attempts).toEqual([{ ...answer, by: 'Cam', at: expect.any(Number) }]));
    // Anything broadcast after the attempt reaches the others after it would have: they never got it.
    owner.socket.emit(ROOM_EVENTS.interviewCommand, { action: 'pause' });
    await eventually(() => expect(candidate.last()?.status).toBe('paused'));
    await eventually(() => expect(viewer.last()?.status).toBe('paused'));
    expect(candidate.attempts).toEqual([]);
    expect(viewer.attempts).toEqual([]);
  });

  it('refuses a view key and a malformed or oversized answer, relaying nothing', async () => {
    const { owner, candidate, viewer } = await boardWithPeople();
    owner.socket.emit(ROOM_EVENTS.interviewCommand, { action: 'start' });
    await eventually(() => expect(candidate.last()?.status).toBe('running'));
    viewer.socket.emit(ROOM_EVENTS.estimationAnswer, answer);
    await eventually(() => expect(viewer.errors.map((e) => e.code)).toEqual(['forbidden']));
    const bad: unknown[] = [
      null,
      { seed: -1, answers: answer.answers },
      { seed: 2 ** 32, answers: answer.answers },
      { ...answer, answers: { ...answer.answers, qps: 1e300 } },
      { ...answer, answers: { ...answer.answers, qps: -1 } },
      { ...answer, answers: { ...answer.answers, extra: 1 } },
      { ...answer, grade: 'pass' },
    ];
    for (const payload of bad) candidate.socket.emit(ROOM_EVENTS.estimationAnswer, payload as typeof answer);
    await eventually(() => expect(candidate.errors.map((e) => e.code)).toEqual(bad.map(() => 'bad-request')));
    owner.socket.emit(ROOM_EVENTS.interviewCommand, { action: 'pause' });
    await eventually(() => expect(owner.last()?.status).toBe('paused'));
    expect(owner.attempts).toEqual([]);
  });
});

describe('what-if drills', () => {
  const dbDown = { action: 'start' as const, preset: 'primary-db-down' as const, scenario: { fail: ['db'] } };

  it('lets only the owner start and end a drill; everyone in the room gets it with who started it', async () => {
    const { owner, candidate, viewer } = await boardWithPeople();
    candidate.socket.emit(ROOM_EVENTS.drillCommand, dbDown);
    viewer.socket.emit(ROOM_EVENTS.drillCommand, dbDown);
    await eventually(() => expect(candidate.errors).toEqual([{ code: 'forbidden', message: 'Only the board owner runs drills.' }]));
    await eventually(() => expect(viewer.errors.map((e) => e.code)).toEqual(['forbidden']));
    candidate.socket.emit(ROOM_EVENTS.drillCommand, { action: 'end' });
    await eventually(() => expect(candidate.errors).toHaveLength(2));

    owner.socket.emit(ROOM_EVENTS.drillCommand, dbDown);
    for (const person of [owner, candidate, viewer]) {
      await eventually(() => expect(person.last()?.drills).toEqual([{ preset: 'primary-db-down', scenario: { fail: ['db'] }, startedBy: 'Ivy', startedAt: expect.any(Number), endedAt: null }]));
    }
    // The drill runs whether or not an interview does; the clock is untouched.
    expect(owner.last()?.status).toBe('idle');
    owner.socket.emit(ROOM_EVENTS.drillCommand, { action: 'end' });
    await eventually(() => expect(candidate.last()?.drills[0]?.endedAt).toEqual(expect.any(Number)));
    expect(owner.errors).toEqual([]);
  });

  it('refuses a scenario the board cannot play and hostile payloads, changing nothing', async () => {
    const { s, id, owner } = await boardWithPeople();
    const bad: unknown[] = [
      { action: 'start', preset: 'primary-db-down', scenario: { fail: ['no-such-db'] } },
      { action: 'start', preset: 'traffic-x3', scenario: { traffic: 1e6 } },
      { action: 'start', preset: 'traffic-x3', scenario: { traffic: 3, extra: true } },
      { action: 'start', preset: 'nuke', scenario: {} },
      { action: 'start', preset: 'fail-component', scenario: { fail: Array.from({ length: 101 }, () => 'db') } },
      { action: 'start', preset: 'fail-component', scenario: { fail: ['x'.repeat(501)] } },
      { action: 'start', preset: 'primary-db-down', scenario: { fail: ['db'] }, startedBy: 'Mallory' },
      { action: 'end' },
      'start',
    ];
    for (const payload of bad) owner.socket.emit(ROOM_EVENTS.drillCommand, payload as typeof dbDown);
    await eventually(() => expect(owner.errors).toHaveLength(bad.length));
    expect(owner.errors.every((e) => e.code === 'bad-request')).toBe(true);
    // The board is read to check ids, so that refusal may come last.
    expect(owner.errors.map((e) => e.message)).toContain('fail: the board has no component or group "no-such-db".');
    expect(owner.errors.map((e) => e.message)).toContain('No drill is in play.');
    expect((await s.interviews.getState(id))?.drills ?? []).toEqual([]);
  });

  it('records the drills in the interview summary and on the replay timeline', async () => {
    const { s, id, keys, owner, candidate } = await boardWithPeople();
    owner.socket.emit(ROOM_EVENTS.drillCommand, dbDown);
    await eventually(() => expect(candidate.last()?.drills).toHaveLength(1));
    const summary = await fetch(`${s.url}/api/boards/${id}/interview/summary.md?key=${keys.edit}`).then((r) => r.text());
    expect(summary).toContain('## What-if drills');
    expect(summary).toMatch(/\| Primary database down — fail "db" \| Ivy \| \d\d:\d\d:\d\d \| still in play \|/);
    const timeline = (await fetch(`${s.url}/api/boards/${id}/history/timeline?key=${keys.view}`).then((r) => r.json())) as TimelineResponse;
    expect(timeline.drills).toEqual([{ preset: 'primary-db-down', startedAt: new Date(candidate.last()!.drills[0]!.startedAt).toISOString(), endedAt: null }]);
  });
});
