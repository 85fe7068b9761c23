export { ROLES, canEdit, type Role } from './roles';
export {
  createBoardRequestSchema,
  type CreateBoardRequest,
  type CreateBoardResponse,
  type BoardInfoResponse,
  type BoardKeys,
  type ErrorResponse,
  type LimitsResponse,
} from './rest';
export {
  ROOM_PROTOCOL_VERSION,
  ROOM_EVENTS,
  roomAuthSchema,
  profileSchema,
  followRequestSchema,
  type RoomAuth,
  type Profile,
  type Member,
  type RoomError,
  type RoomErrorCode,
  type ServerToClientEvents,
  type ClientToServerEvents,
} from './roomEvents';
export {
  INTERVIEW_PHASES,
  DEFAULT_PHASE_BUDGETS_SEC,
  RUBRIC_AREAS,
  interviewCommandSchema,
  interviewNotesSchema,
  emptyInterviewNotes,
  phaseElapsedMs,
  phaseRemainingMs,
  type InterviewPhaseId,
  type InterviewStatus,
  type InterviewClock,
  type InterviewStateMessage,
  type InterviewCommand,
  type InterviewNotes,
  type InterviewSnapshotResponse,
  type RubricArea,
} from './interview';
export { ROTATABLE_KEYS, type RotatableKeyKind, type RotateKeyResponse } from './keyRotation';
