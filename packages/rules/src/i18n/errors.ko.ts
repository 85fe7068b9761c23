// 웹 앱에서 사람이 읽는 서버 거절 메시지의 한국어 문구 (옆의 `error.code`는 스크립트를 위해 언어와 무관하게 같습니다).
import type { errorsEn } from './errors.en';
import type { Shape } from './shape';

export const errorsKo: Shape<typeof errorsEn> = {
  errors: {
    unauthorized: '보드 키가 필요합니다(Authorization: Bearer KEY 또는 ?key=KEY).',
    forbidden: '이 키로는 이 보드를 열 수 없습니다.',
    replayLinkRevoked: '이 리플레이 링크로는 이 보드를 열 수 없습니다. 소유자가 취소했거나 없는 링크입니다.',
    bodyTooLarge: '요청 본문이 허용된 {{limit}}바이트(MAX_BODY_BYTES)보다 큽니다.',
    pictureTooLarge: '그림이 {{width}} × {{height}} px가 됩니다. 한도는 {{limit}} Mpx입니다: {{hint}}.',
    pictureFitsAtScale: 'scale={{scale}} 이하로 내보내세요',
    pictureFitsNowhere: '선택한 부분만 내보내거나 SVG로 내보내세요',
  },
};
