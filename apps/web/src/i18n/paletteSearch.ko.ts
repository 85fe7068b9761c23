import type { Resources } from './en';

/** 팔레트 검색의 문구 (paletteSearch.en.ts와 같은 키). */
export const paletteSearchKo: Resources['paletteSearch'] = {
  results: '검색 결과',
  enterAdds: 'Enter 키로 {{kind}} 추가',
  matched: '“{{name}}”(으)로 찾음',
};
