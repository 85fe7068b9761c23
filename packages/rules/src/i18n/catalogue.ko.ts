// 컴포넌트 카탈로그의 한국어 이름과 설명. 속성 이름은 인스펙터가 보여 주는 그대로다.
import type { catalogueEn } from './catalogue.en';
import type { Shape } from './shape';

export const catalogueKo: Shape<typeof catalogueEn> = {
  kinds: {
    client: { name: '클라이언트', description: '사용자(웹 브라우저, 모바일 앱). 최대 트래픽이 여기서 설계로 들어온다.' },
    dns: { name: 'DNS', description: '도메인을 로드밸런서의 공개 IP로 변환한다.' },
    cdn: { name: 'CDN', description: '정적 콘텐츠(이미지, 비디오, CSS, JS)를 원본 서버의 TTL이 끝날 때까지 캐시하는 에지 서버.' },
    'load-balancer': { name: '로드밸런서', description: '앞단의 공개 IP. 사설 IP의 웹 서버들에게 트래픽을 고르게 분산한다.' },
    'web-server': { name: '웹 서버', description: 'HTTP 요청을 처리한다. 세션 상태가 공유 저장소에 있으면 무상태다.' },
    'app-server': { name: '앱 / API 서버', description: '웹 계층 뒤의 비즈니스 로직.' },
    cache: { name: '캐시', description: '서버와 데이터베이스 사이의 메모리 저장소: 있으면 즉시 응답하고, 없으면 원본을 읽는다.' },
    'session-store': { name: '세션 저장소', description: '웹 계층을 무상태로 유지하는 공유 저장소(Redis 같은 캐시나 NoSQL).' },
    database: { name: '데이터베이스', description: '영속 저장소. 주 데이터베이스가 쓰기를, 복제본이 읽기와 자동복구를 맡는다.' },
    'message-queue': { name: '메시지 큐', description: '영속 버퍼: 생산자가 발행하고 작업 서버가 제 속도로 소비한다.' },
    worker: { name: '작업 서버', description: '큐에서 꺼낸 오래 걸리는 비동기 작업을 실행한다.' },
    'object-storage': { name: '객체 저장소', description: '영속 파일 저장소(미디어, 정적 파일). 흔히 CDN의 원본 서버.' },
    note: { name: '메모', description: '보드 위의 자유 텍스트. 규칙은 무시한다.' },
    'public-network': { name: '공개 네트워크', description: '인터넷에서 접속할 수 있다.' },
    'private-network': { name: '사설 네트워크', description: '사설 IP만 있어 인터넷에서 접속할 수 없다.' },
    region: { name: '데이터 센터 / 리전', description: '데이터 센터. 여럿이면 지리적 라우팅과 재해 복구가 가능하다.' },
  },
  props: {
    share: { label: '트래픽 비중', description: '이 클라이언트가 나타내는 사용자의 상대적 비중.' },
    instances: { label: '인스턴스', description: '한 이름 뒤의 동일한 사본. 2개 이상이면 자동복구가 된다(수평적 규모 확장).' },
    capacityQps: { label: '인스턴스당 처리 용량', description: '인스턴스 하나가 처리하는 초당 최대 요청 수. 이를 넘는 부하는 용량 초과로 보고된다.' },
    availability: { label: '인스턴스당 가용성', description: '인스턴스 하나가 살아 있는 시간의 비율. 다중화와 직렬 경로로 합산된다.' },
    cpuCores: { label: 'CPU 코어', description: '인스턴스 하나의 스케일 업 크기.' },
    memoryGb: { label: '메모리', description: '인스턴스 하나의 메모리(스케일 업 크기).' },
    ttlSeconds: { label: 'TTL', description: '항목이 만료되기 전까지 제공되는 시간. 비워 두면 만료되지 않는다.' },
    hitRatio: { label: '적중률', description: '더 가지 않고 응답하는 읽기의 비율. 나머지는 원본에 닿는다.' },
    replicas: { label: '복제본', description: '자동복구를 위해 동기화하는 사본 수 (복제 연결로 그린 복제본과 별개).' },
    algorithm: { label: '알고리즘', description: '백엔드를 고르는 방식. ip-hash는 사용자를 한 서버에 묶는다(고정 세션).' },
    stateful: { label: '상태 유지', description: '세션 상태를 자기 메모리에 보관하므로 사용자가 같은 서버로 돌아와야 한다.' },
    eviction: { label: '제거 정책', description: '메모리가 가득 찼을 때 무엇을 내보낼지.' },
    role: { label: '역할', description: '주 데이터베이스는 쓰기를 받고, 복제본은 이를 복사해 읽기를 처리한다.' },
    engine: { label: '엔진', description: '관계형 또는 NoSQL.' },
    latencyMs: { label: '지연 시간', description: '요청이 여기서 보내는 통상적인 시간(여기까지의 왕복 포함). 기본값은 지연 시간 숫자 표에서 나온다.' },
    unitPriceUsd: { label: '단가', description: '한 단위(인스턴스·월, GB, 백만 요청)의 가격. 기본값은 날짜가 적힌 정가이며 실시간 가격이 아니다.' },
  },
};
