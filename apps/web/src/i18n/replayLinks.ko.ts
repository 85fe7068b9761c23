import type { Resources } from './en';

/** 리플레이 링크: 공유 대화상자의 소유자 부분과 링크가 여는 리플레이 페이지 (replayLinks.en.ts와 같은 키). */
export const replayLinksKo: Resources['replayLinks'] = {
  title: '리플레이 링크',
  hint: '읽기 전용: 기록과 리플레이만 보이고 실시간 보드는 보이지 않습니다. 채용 위원회에 보내기 좋습니다.',
  includeNotes: '내 메모 포함',
  create: '리플레이 링크 만들기',
  creating: '만드는 중…',
  newLink: '새 리플레이 링크',
  newLinkHint: '지금 복사하세요: 한 번만 보여 줍니다',
  empty: '아직 리플레이 링크가 없습니다.',
  list: '이 보드의 리플레이 링크',
  item: '{{time}}에 만듦',
  withNotes: '내 메모 포함',
  withoutNotes: '메모 없음',
  revoke: '{{time}}에 만든 리플레이 링크 취소',
  revokeShort: '취소',
  revokeTitle: '이 리플레이 링크를 취소할까요?',
  revokeDescription: '링크를 가진 사람은 더 이상 리플레이를 열 수 없습니다. 열려 있는 리플레이 페이지도 몇 초 안에 멈춥니다.',
  revokeConfirm: '링크 취소',
  failed: '리플레이 링크: {{message}}',
  page: {
    loading: '리플레이를 여는 중…',
    noKey: '이 링크에는 키가 없습니다. 보드 소유자에게 리플레이 링크를 요청하세요.',
    revoked: '이 리플레이 링크는 더 이상 쓸 수 없습니다: 소유자가 취소했습니다.',
    refused: '이 링크로는 리플레이를 열 수 없습니다: {{message}}',
    title: '리플레이',
    titleOf: '리플레이 — {{title}}',
    readOnly: '읽기 전용: 실시간 보드가 아니라 보드의 기록입니다.',
  },
};
