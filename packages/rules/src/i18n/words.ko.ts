// 모든 문장에 쓰는 한국어 낱말: 컴포넌트를 부르는 방식.
import type { Shape } from './shape';
import type { wordsEn } from './words.en';

export const wordsKo: Shape<typeof wordsEn> = {
  names: {
    label: '"{{label}}"',
    labelWithKind: '"{{label}}"({{kind}})',
    unlabelled: '{{kind}}',
  },
  picture: {
    load: '부하 {{percent}}',
    removed: '이후 삭제됨',
    changed: '이후 변경됨',
  },
};
