import type { Resources } from './en';

/** 검사기 텍스트 탭의 문구 (designText.en.ts와 같은 키). */
export const designTextKo: Resources['designText'] = {
  heading: '텍스트로 본 보드',
  format: '형식',
  text: '텍스트 형식',
  mermaid: 'Mermaid',
  area: '{{format}}(으)로 쓴 보드',
  readOnly: '지금은 읽기 전용입니다. 보드를 편집하면 바로 따라 바뀝니다. 텍스트로 보드를 만들려면 .mmd, .md, .txt 파일로 "보드 파일 열기"나 "가져오기"를 쓰거나 `scaleboard convert`를 쓰세요.',
};
