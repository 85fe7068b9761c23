export { ROLES, canEdit, type Role } from './roles';
export {
  createBoardRequestSchema,
  type CreateBoardRequest,
  type CreateBoardResponse,
  type BoardInfoResponse,
  type BoardKeys,
  type ErrorResponse,
} from './rest';
export {
  ROOM_PROTOCOL_VERSION,
  ROOM_EVENTS,
  roomAuthSchema,
  profileSchema,
  type RoomAuth,
  type Profile,
  type Member,
  type RoomError,
  type RoomErrorCode,
  type ServerToClientEvents,
  type ClientToServerEvents,
} from './roomEvents';
