import type { Shape } from './shape';
import type { latencyCostEn } from './latencyCost.en';

// 지연 시간 숫자 표의 항목 이름, 비용 단위, 원클릭 수정이 더하는 것.

export const latencyCostKo: Shape<typeof latencyCostEn> = {
  latencyNumbers: {
    l1CacheReference: 'L1 캐시 참조',
    mainMemoryReference: '주 메모리 참조',
    read1MbFromMemory: '메모리에서 1MB 순차 읽기',
    ssdRandomRead: 'SSD 무작위 읽기',
    read1MbFromSsd: 'SSD에서 1MB 순차 읽기',
    datacentreRoundTrip: '같은 데이터 센터 안의 왕복',
    read1MbFromDisk: '디스크에서 1MB 순차 읽기',
    diskSeek: '디스크 탐색',
    crossRegionRoundTrip: '리전 간 왕복 (캘리포니아 → 네덜란드 → 캘리포니아)',
  },
  units: {
    ms: 'ms',
    'USD/month': 'USD/월',
    'USD/GB': 'USD/GB',
    'USD/M requests': 'USD/백만 요청',
    'USD/GB-month': 'USD/GB·월',
  },
  fixAdds: {
    instances: '인스턴스 +{{count}}개, 월 +{{cost}}',
    component: '{{kind}} +1, 월 +{{cost}}',
    components: '{{kind}} +1 (인스턴스 {{count}}개), 월 +{{cost}}',
  },
  cliLatencyCost: {
    latency: '지연 시간 (가장 느린 경로)',
    noPath: '요청 경로 없음',
    cost: '월 비용',
    costValue: '{{monthly}} (백만 요청당 {{perMillion}})',
    costNoTraffic: '{{monthly}}',
  },
};
