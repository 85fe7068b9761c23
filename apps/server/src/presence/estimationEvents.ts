import { estimationAnswerSchema, ROOM_EVENTS } from '@scaleboard/protocol';
import type { Logger } from 'pino';
import type { InterviewService } from '../interview/InterviewService';
import { ownerRoomName, type RoomServer } from './presenceRoom';

/**
 * The estimation drill in an interview (docs/interview.md#estimation-drill): a candidate's answers
 * go to the owner's sockets only, on every instance, so the grading is the interviewer's to see.
 * Only an edit key answers, and only while an interview runs; the server keeps nothing.
 */
export function attachEstimationEvents(io: RoomServer, deps: { interviews: InterviewService; logger: Logger }): void {
  io.on('connection', (socket) => {
    const { boardId } = socket.data;
    socket.on(ROOM_EVENTS.estimationAnswer, (payload) => {
      if (socket.data.member.role !== 'editor')
        return socket.emit(ROOM_EVENTS.roomError, { code: 'forbidden', message: 'Only the candidate (an edit key) answers estimation cards in an interview.' });
      const parsed = estimationAnswerSchema.safeParse(payload);
      if (!parsed.success) return socket.emit(ROOM_EVENTS.roomError, { code: 'bad-request', message: 'An estimation answer is { seed, answers: { dailyActiveUsers, qps, storageTotal, webServers } }.' });
      deps.interviews.state(boardId).then(
        ({ status }) => {
          if (status !== 'running' && status !== 'paused') return socket.emit(ROOM_EVENTS.roomError, { code: 'bad-request', message: 'No interview is running on this board.' });
          io.to(ownerRoomName(boardId)).emit(ROOM_EVENTS.estimationAttempt, { ...parsed.data, by: socket.data.member.name, at: Date.now() });
        },
        (error: unknown) => deps.logger.error({ err: error }, 'estimation answer not relayed'),
      );
    });
  });
}
