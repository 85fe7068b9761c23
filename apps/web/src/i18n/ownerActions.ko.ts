import type { Resources } from './en';

/** 공유 대화상자의 소유자 작업: 링크 교체와 보드 삭제 (ownerActions.en.ts와 같은 키). */
export const ownerActionsKo: Resources['ownerActions'] = {
  rotate: '{{link}} 교체',
  rotateShort: '교체',
  rotateTitle: '{{link}}를 교체할까요?',
  rotateDescription: '새 링크가 이 링크를 대신합니다. 이전 링크를 쓰던 사람은 모두 즉시 연결이 끊기고, 그 링크로는 다시 보드를 열 수 없습니다.',
  rotateConfirm: '링크 교체',
  delete: '보드 삭제',
  deleteTitle: '모두에게서 이 보드를 삭제할까요?',
  deleteDescription: '보드와 그 기록, 보드로 가는 모든 링크가 영구히 사라집니다. 보드에 있는 모든 사람의 연결이 끊깁니다.',
  deleteConfirm: '모두에게서 삭제',
  cancel: '취소',
  failed: '작업하지 못했습니다: {{message}}',
  dangerZone: '소유자 작업',
};
