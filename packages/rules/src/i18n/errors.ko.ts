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
    rateLimited: '요청이 너무 많습니다. 1분에 최대 {{limit}}번입니다({{variable}}). 잠시 후 다시 시도하세요.',
    tooManyExportsClient: '이 클라이언트에서 동시에 내보내는 작업이 너무 많습니다(EXPORTS_PER_CLIENT). 잠시 후 다시 시도하세요.',
    tooManyExportsBoard: '이 보드를 동시에 내보내는 작업이 너무 많습니다(EXPORTS_PER_BOARD). 잠시 후 다시 시도하세요.',
    ownerOnly: '소유자 링크로만 할 수 있습니다.',
    ownerOnlyReplayLinks: '리플레이 링크는 소유자 링크로만 만들고, 보고, 취소할 수 있습니다.',
    notesNotIncluded: '이 리플레이 링크는 소유자 메모 없이 만들어졌습니다.',
    replayLinkOnly: '리플레이 링크로는 보드의 히스토리와 리플레이만 열 수 있고, 이것은 열 수 없습니다.',
    historyReadOnlyReplay: '리플레이 링크로는 히스토리를 볼 수만 있고 바꿀 수는 없습니다.',
    historyReadOnlyView: '보기 링크로는 히스토리를 볼 수만 있고 바꿀 수는 없습니다.',
    noHistory: '이 보드에는 아직 리플레이할 히스토리가 없습니다.',
    noSnapshot: '그 단계의 스냅숏이 아직 없습니다.',
    replayTooLarge:
      '리플레이 프레임이 {{width}} × {{height}} px가 됩니다. 한도는 프레임당 {{limit}} Mpx입니다: 더 짧은 범위(from, to)를 리플레이하거나 버전 하나씩 내보내세요(history/VERSION/export.png).',
    boardTooLarge: 'board: 노드와 엣지가 {{elements}}개입니다. 최대 {{limit}}개입니다(MAX_BOARD_ELEMENTS).',
    versionNotFound: '버전 {{version}}은(는) 이 보드의 히스토리에 없습니다.',
    boardGone: '보드가 더 이상 없습니다.',
    tooManyReplayLinks: '보드 하나에 리플레이 링크는 최대 {{limit}}개입니다. 먼저 하나를 취소하세요.',
    replayLinkNotFound: '이 보드에는 그 id의 리플레이 링크가 없습니다(이미 취소했나요?).',
    unknownTemplate: '"{{template}}" 템플릿은 없습니다.',
    importNotAFile: 'board: 보드 파일은 scaleboard/v1 문서, Mermaid 순서도나 텍스트 형식, 또는 JSON, PNG, SVG 파일의 data: URL이어야 합니다.',
    importBadBase64: 'board: data URL이 올바른 base64가 아닙니다.',
    importBadPercent: 'board: data URL의 퍼센트 인코딩이 올바르지 않습니다.',
    badBoardId: '보드 id는 영문자, 숫자, "-", "_"로 된 1~64자입니다.',
    internal: '서버에서 문제가 생겼습니다.',
  },
};
