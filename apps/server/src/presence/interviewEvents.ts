import { drillCommandSchema, followRequestSchema, interviewCommandSchema, ROOM_EVENTS } from '@scaleboard/protocol';
import type { Logger } from 'pino';
import type { InterviewService } from '../interview/InterviewService';
import { roomName, type RoomServer } from './presenceRoom';

/**
 * Interview, drill and follow events over Socket.IO. Each socket gets the clock as it joins; the
 * owner's commands change it in the database and the new state goes to the whole room, on
 * every instance (the Redis adapter carries `io.to(room).emit`). Anyone else's command is a
 * typed `forbidden` error, never a silent no-op.
 */
export function attachInterviewEvents(io: RoomServer, deps: { interviews: InterviewService; logger: Logger }): void {
  io.on('connection', (socket) => {
    const { boardId } = socket.data;
    deps.interviews.state(boardId).then(
      (state) => socket.emit(ROOM_EVENTS.interviewState, state),
      (error: unknown) => deps.logger.error({ err: error }, 'interview state unavailable'),
    );

    /** An owner's command applied: the new state to everyone on the board, a refusal or failure to the sender. */
    const shareOutcome = (outcome: ReturnType<typeof deps.interviews.run>, logAs: string, failed: string) =>
      outcome.then(
        (result) => {
          if (result.ok) io.to(roomName(boardId)).emit(ROOM_EVENTS.interviewState, result.state);
          else socket.emit(ROOM_EVENTS.roomError, { code: 'bad-request', message: result.message });
        },
        (error: unknown) => {
          deps.logger.error({ err: error }, logAs);
          socket.emit(ROOM_EVENTS.roomError, { code: 'bad-request', message: failed });
        },
      );

    socket.on(ROOM_EVENTS.interviewCommand, (payload) => {
      if (socket.data.member.role !== 'owner')
        return socket.emit(ROOM_EVENTS.roomError, { code: 'forbidden', message: 'Only the board owner runs the interview.' });
      const parsed = interviewCommandSchema.safeParse(payload);
      if (!parsed.success) return socket.emit(ROOM_EVENTS.roomError, { code: 'bad-request', message: 'Unknown interview command.' });
      shareOutcome(deps.interviews.run(boardId, parsed.data), 'interview command failed', 'The interview could not be updated.');
    });

    socket.on(ROOM_EVENTS.drillCommand, (payload) => {
      if (socket.data.member.role !== 'owner')
        return socket.emit(ROOM_EVENTS.roomError, { code: 'forbidden', message: 'Only the board owner runs drills.' });
      const parsed = drillCommandSchema.safeParse(payload);
      if (!parsed.success) return socket.emit(ROOM_EVENTS.roomError, { code: 'bad-request', message: `Not a drill command: ${parsed.error.issues[0]?.path.join('.') || 'command'}: ${parsed.error.issues[0]?.message ?? ''}` });
      shareOutcome(deps.interviews.runDrill(boardId, parsed.data, socket.data.member.name), 'drill command failed', 'The drill could not be updated.');
    });

    socket.on(ROOM_EVENTS.followLeader, (payload) => {
      if (socket.data.member.role !== 'owner')
        return socket.emit(ROOM_EVENTS.roomError, { code: 'forbidden', message: 'Only the board owner can ask everyone to follow.' });
      const parsed = followRequestSchema.safeParse(payload);
      if (!parsed.success) return socket.emit(ROOM_EVENTS.roomError, { code: 'bad-request', message: 'Follow requests are { on: boolean }.' });
      io.to(roomName(boardId)).emit(ROOM_EVENTS.followLeader, parsed.data.on ? { memberId: socket.id } : null);
    });
  });
}
