// 랜딩 페이지 템플릿의 한국어 제목과 설명 (1장 "사용자 수에 따른 규모 확장성", 2장 트위터 추정).
import type { Shape } from './shape';
import type { templatesEn } from './templates.en';

export const templatesKo: Shape<typeof templatesEn> = {
  'ch1-1-single-server': {
    title: '1. 단일 서버',
    description: '웹 앱, 데이터베이스, 캐시가 스케일 업한 서버 한 대에. 간단하지만, 한계가 있고 자동복구가 없다.',
  },
  'ch1-2-separate-database': {
    title: '2. 데이터베이스 분리',
    description: '웹/모바일 트래픽과 데이터베이스를 각자의 서버에 두어, 계층마다 따로 규모를 늘린다.',
  },
  'ch1-3-load-balancer': {
    title: '3. 로드밸런서와 웹 계층',
    description: 'DNS는 로드밸런서의 공개 IP를 주고, 사설 IP의 웹 서버 두 대가 서로의 장애를 넘겨받는다. 세션은 아직 서버 메모리에 있다.',
  },
  'ch1-4-database-replication': {
    title: '4. 데이터베이스 다중화',
    description: '주 데이터베이스가 쓰기를, 복제본이 읽기와 자동복구를 맡는다. 사용자 5천만 명에서는 복제본이 과열된다.',
  },
  'ch1-5-cache': {
    title: '5. 캐시 계층',
    description: 'TTL이 있는 다중화된 캐시가 읽기 대부분에 응답하고, 복제본에는 캐시 미스만 닿는다.',
  },
  'ch1-6-cdn': {
    title: '6. CDN',
    description: '정적 파일(이미지, 비디오, CSS, JS)은 에지 서버에서 온다. 캐시에 없으면 객체 저장소에서 가져와 TTL이 끝날 때까지 보관한다.',
  },
  'ch1-7-stateless-web-tier': {
    title: '7. 무상태 웹 계층',
    description: '세션 상태를 다중화된 공유 세션 저장소로 옮긴다. 어느 서버든 어느 사용자에게나 응답하고, 서버를 자유롭게 추가·제거한다.',
  },
  'ch1-8-message-queue': {
    title: '8. 메시지 큐',
    description: '오래 걸리는 작업은 큐에 발행하고, 작업 서버가 요청 경로와 독립적으로 실행한다.',
  },
  'twitter-estimate': {
    title: '트위터 추정 (MAU 3억)',
    description: 'DAU 1.5억, 초당 트윗 약 3,500건(최대 약 7,000건), 하루 미디어 30 TB, 5년간 약 55 PB — 그리고 이를 감당할 서버들.',
  },
};
