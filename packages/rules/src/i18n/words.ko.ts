// 모든 문장에 쓰는 한국어 낱말: 컴포넌트를 부르는 방식.
import type { Shape } from './shape';
import type { wordsEn } from './words.en';

export const wordsKo: Shape<typeof wordsEn> = {
  names: {
    label: '"{{label}}"',
    labelWithKind: '"{{label}}"({{kind}})',
    unlabelled: '{{kind}}',
  },
  duration: {
    seconds: '{{seconds}}초',
    minutes: '{{minutes}}분',
    hoursMinutes: '{{hours}}시간 {{minutes}}분',
    days: '{{days}}일',
  },
  picture: {
    load: '부하 {{percent}}',
    removed: '이후 삭제됨',
    changed: '이후 변경됨',
  },
};
