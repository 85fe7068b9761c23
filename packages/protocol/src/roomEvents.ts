import { z } from 'zod';
import type { DrillCommand } from './drill';
import type { EstimationAnswer, EstimationAttempt } from './estimationDrill';
import type { InterviewCommand, InterviewStateMessage } from './interview';
import type { Role } from './roles';

/** Bumped when a room event changes shape; the server refuses clients that speak another. */
export const ROOM_PROTOCOL_VERSION = 1;

/** Event names live once, here (excalidraw's WS_EVENTS). */
export const ROOM_EVENTS = {
  roster: 'presence:roster',
  updateProfile: 'presence:profile',
  roomError: 'room:error',
  /** Server → everyone in the room (and to each socket as it joins): the interview clock. */
  interviewState: 'interview:state',
  /** Owner → server: start, pause, resume, advance, back, reset. */
  interviewCommand: 'interview:command',
  /** Owner → server, then server → room: "follow me" on (the leader's member id) or off (null). */
  followLeader: 'follow:leader',
  /** Owner → server: start or end a what-if drill; the new state goes to the room as `interviewState`. */
  drillCommand: 'drill:command',
  /** A candidate → server during an interview: answers to an estimation card (never graded on their screen). */
  estimationAnswer: 'estimation:answer',
  /** Server → the owner's sockets only: an estimation card someone answered, for the owner to grade. */
  estimationAttempt: 'estimation:attempt',
} as const;

/** The Socket.IO handshake `auth` payload. */
export const roomAuthSchema = z.object({
  boardId: z.string().min(1).max(64),
  key: z.string().min(1).max(256),
  name: z.string().trim().min(1).max(60).default('Anonymous'),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  protocol: z.number().int().optional(),
});
export type RoomAuth = z.input<typeof roomAuthSchema>;

export const profileSchema = z.object({
  name: z.string().trim().min(1).max(60),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type Profile = z.infer<typeof profileSchema>;

/** One person in a board's roster. `id` is stable for one connection. */
export interface Member {
  id: string;
  name: string;
  color: string;
  role: Role;
}

/** Why the server refused a connection or an event. */
export type RoomErrorCode =
  | 'unauthorized'
  | 'bad-request'
  | 'forbidden'
  | 'protocol-mismatch'
  /** The key this connection used was rotated by the owner; the connection is closed. */
  | 'revoked'
  /** The owner deleted the board; the connection is closed. */
  | 'board-deleted'
  /** Over MAX_CONNECTIONS_PER_BOARD or MAX_CONNECTIONS_PER_IP. */
  | 'too-many-connections';

export interface RoomError {
  code: RoomErrorCode;
  message: string;
}

export interface ServerToClientEvents {
  [ROOM_EVENTS.roster]: (members: Member[]) => void;
  [ROOM_EVENTS.roomError]: (error: RoomError) => void;
  [ROOM_EVENTS.interviewState]: (state: InterviewStateMessage) => void;
  [ROOM_EVENTS.followLeader]: (leader: { memberId: string } | null) => void;
  [ROOM_EVENTS.estimationAttempt]: (attempt: EstimationAttempt) => void;
}

export interface ClientToServerEvents {
  [ROOM_EVENTS.updateProfile]: (profile: Profile) => void;
  [ROOM_EVENTS.interviewCommand]: (command: InterviewCommand) => void;
  [ROOM_EVENTS.followLeader]: (request: { on: boolean }) => void;
  [ROOM_EVENTS.estimationAnswer]: (answer: EstimationAnswer) => void;
  [ROOM_EVENTS.drillCommand]: (command: DrillCommand) => void;
}

/** The payload of `followLeader` from a client. */
export const followRequestSchema = z.object({ on: z.boolean() });
