import type { Resources } from './en';

/** 추정 탭의 지연 시간·비용 영역과 지연 시간 숫자 카드 문구 (latencyCost.en.ts와 같은 키). */
export const latencyCostKo: Resources['latencyCost'] = {
  latency: '지연 시간',
  slowest: '가장 느린 요청 경로',
  noPath: '클라이언트에서 시작하는 요청 경로를 그리면 지연 시간이 보입니다.',
  pathTitle: '가장 느린 경로의 컴포넌트와 각각이 더하는 시간',
  component: '컴포넌트',
  typical: '통상 지연 시간',
  morePaths: '같거나 더 빠른 경로 {{count}}개 더',
  weighted: '캐시나 CDN 뒤: 미스 비율만큼 계산',
  cost: '비용',
  monthly: '월 {{cost}}',
  perMillion: '백만 요청당 {{cost}}',
  noTraffic: '월간 사용자 수를 넣으면 요청당 비용이 보입니다.',
  perComponent: '컴포넌트별 월 비용',
  moreComponents: '외 {{count}}개',
  pricesNote: '{{date}} 기준 정가이며 실시간 가격이 아닙니다. 컴포넌트의 단가를 바꾸면 그 값을 씁니다.',
  numbers: {
    open: '지연 시간 숫자',
    title: '모든 엔지니어가 알아야 할 지연 시간 숫자',
    description: '각 컴포넌트의 통상 지연 시간이 나오는 표. 벤치마크가 아니라 자릿수를 보는 값이다.',
    close: '닫기',
    operation: '작업',
    now: '현재 값',
    then: 'Dean, 2009',
    source: '출처',
    sources: '출처',
    derived: '컴포넌트별 기본값을 얻는 방법',
    handlingPart: '처리 시간',
    handling: '서버의 처리 시간({{ms}})은 표의 항목이 아니라 가정이다.',
  },
};
