import type { Resources } from './en';

/** 텍스트 패널의 문구 (designText.en.ts와 같은 키). */
export const designTextKo: Resources['designText'] = {
  open: '텍스트로 보기',
  heading: '텍스트로 본 보드',
  close: '텍스트 패널 닫기',
  format: '형식',
  text: 'Scaleboard 텍스트',
  mermaid: 'Mermaid',
  area: '{{format}}(으)로 쓴 보드',
  hint: {
    text: '텍스트를 고치면 보드가 바뀝니다. 입력을 멈추면 적용되고, 모두의 편집을 따라 바뀝니다. 구성 요소는 제자리를 지키고, 새 요소는 이웃 옆에 놓입니다.',
    mermaid: '플로차트를 고치면 보드가 바뀝니다. 입력을 멈추면 적용됩니다. Mermaid는 속성과 위치를 쓰지 않으므로 그것들은 그대로 남습니다.',
  },
  readOnly: '읽기 전용: 보기 링크로는 보드를 바꿀 수 없습니다. 텍스트는 모든 편집을 따라 바뀝니다.',
  tooLarge: '이 보드의 텍스트가 패널이 편집하는 최대 {{limit}}자보다 깁니다. 여기서는 읽기 전용입니다. 더 큰 설계는 가져오기를 쓰세요.',
};
