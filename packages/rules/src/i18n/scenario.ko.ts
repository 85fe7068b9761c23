// What-if 드릴(`simulate`)의 한국어 문구: 결과마다 연쇄를 짚는 발견 사항과, 보드에서 실행할 수 없는 시나리오의 거절 메시지.
import type { scenarioEn, scenarioRulesEn } from './scenario.en';
import type { Shape } from './shape';

export const scenarioRulesKo: Shape<typeof scenarioRulesEn> = {
  'scenario-outage': {
    title: '장애가 사용자에게까지 번짐',
    idea: '대안이 없는 서버, 캐시, 데이터베이스 하나가 죽으면 서비스도 함께 멈춘다. 해법은 다중화다 (1장).',
    explanation:
      '드릴에서 요청을 처리할 수 없게 된 컴포넌트는 대안이 없는 호출자를 모두 함께 멈추게 하고, 이는 사용자에게까지 이어진다. '
      + '연쇄는 장애가 난 곳부터 오류를 보는 사람까지 각 단계를 짚는다.',
    fix: '장애가 난 컴포넌트에 대안을 둔다: 인스턴스를 늘리거나, 같은 호출자 뒤에 형제 컴포넌트를 두거나, 데이터베이스라면 복제본(replica)을 둔다.',
    message: '{{chain}} → {{users}}에게 오류가 납니다.',
    messageNoClient: '{{chain}} → 사용자에게 오류가 납니다.',
    fixNamed: '{{name}}에 대안을 두세요: 인스턴스를 2개 이상으로 늘리거나, 같은 호출자 뒤에 형제 컴포넌트를 두거나, (데이터베이스라면) 넘겨받을 복제본을 추가하세요.',
  },
  'scenario-failover': {
    title: '자동복구(failover): 호출자가 남은 쪽을 사용',
    idea: '웹 서버 하나가 다운되면 로드밸런서가 트래픽을 나머지 서버로 보낸다 (1장).',
    explanation: '컴포넌트 하나가 장애를 일으켰지만 호출자에게 같은 종류의 다른 컴포넌트가 있다. 트래픽이 그쪽으로 옮겨 가며, 그 때문에 용량을 넘을 수도 있다.',
    fix: '남은 컴포넌트가 늘어난 부하를 감당할 수 있는지 확인한다 (용량 초과 참고).',
    message: '{{chain}} → {{caller}}이(가) 요청을 {{alternatives}}(으)로 보냅니다.',
  },
  'scenario-cache-bypass': {
    title: '캐시 장애: 모든 읽기가 데이터베이스로',
    idea: '캐시 적중이면 바로 응답하고, 미스면 서버가 데이터베이스를 읽는다 (1장, 캐시 계층). 캐시가 없으면 모든 읽기가 미스다.',
    explanation: '서버는 데이터베이스를 직접 읽어 여전히 응답하지만, 캐시가 흡수하던 읽기를 이제 데이터베이스가 모두 받는다.',
    fix: '캐시를 인스턴스 2개 이상으로 운영하고, 캐시가 비었을 때 받는 읽기를 감당하도록 데이터베이스 규모를 잡는다.',
    message: '{{chain}} → {{caller}}이(가) {{databases}}을(를) 직접 읽습니다. 이제 모든 읽기가 데이터베이스로 갑니다.',
  },
  'scenario-instances-down': {
    title: '인스턴스 장애: 부하를 나눌 인스턴스 감소',
    idea: '한 계층에 인스턴스를 여럿 두면 자동복구와 다중화가 된다 (1장, 수평적 규모 확장).',
    explanation: '컴포넌트의 인스턴스 일부가 장애를 일으켰다. 나머지가 계속 요청을 처리하지만 함께 감당할 수 있는 용량은 줄었다.',
    fix: '인스턴스 하나(또는 그 이상)가 죽어도 최대 부하를 감당할 만큼 인스턴스를 둔다.',
    message: '{{name}}의 인스턴스 {{instances}}개 중 {{down}}개 장애 → 남은 {{left}}개가 부하를 감당합니다.',
  },
  'scenario-promoted': {
    title: '주 데이터베이스 장애: 복제본 승격',
    idea: '주(primary) 데이터베이스가 죽으면 복제본(replica)이 넘겨받을 수 있다 (다중화, 1장과 함께 책에서 다루는 표준 내용).',
    explanation: '주 데이터베이스가 장애를 일으켜 복제본이 새 주 데이터베이스가 되었다. 쓰기는 그쪽에서 계속되지만, 옛 주 데이터베이스가 돌아올 때까지 사본이 하나 줄어든다.',
    fix: '승격 뒤에도 예비 복제본을 남겨 다음 장애에도 대비한다.',
    message: '{{name}} 장애 → 복제본 {{replica}}이(가) 주 데이터베이스로 승격됩니다.',
    messageReplicas: '{{name}} 장애 → 복제본 하나가 주 데이터베이스로 승격됩니다 (남은 복제본 {{left}}개).',
  },
  'scenario-backlog': {
    title: '소비자 장애: 작업이 쌓임',
    idea: '메시지 큐는 생산자와 이를 소비하는 작업 서버를 분리한다 (1장, 메시지 큐).',
    explanation: '큐의 소비자가 모두 죽으면 요청은 계속 작업을 발행하지만 처리하는 곳이 없다. 소비자가 돌아올 때까지 큐가 계속 커진다.',
    fix: '작업 서버를 2개 이상 두고, 작업이 기다릴 수 있는 시간에 한도를 둔다.',
    message: '{{chain}} → {{queue}}에 작업이 쌓여 소비자가 돌아올 때까지 기다립니다.',
  },
};

export const scenarioKo: Shape<typeof scenarioEn> = {
  scenario: {
    down: '{{names}} 장애',
    fails: '{{names}} 실패',
    failMany: '{{names}} 실패',
    more: '(외 {{count}}개)',
    text: {
      scenario: '시나리오',
      asDrawn: '없음: 그려진 그대로의 보드',
      fail: '장애 {{ids}}',
      traffic: '트래픽 × {{factor}}',
      hitRatio: '{{name}}의 적중률 {{ratio}}',
      failed: '요청을 처리할 수 없음',
      nothingFailed: '없음: 모든 컴포넌트가 계속 요청을 처리합니다',
    },
  },
  scenarioErrors: {
    unknownFail: 'fail: 보드에 {{id}} 컴포넌트나 그룹이 없습니다.',
    unknownHitRatio: '적중률: 보드에 {{id}} 컴포넌트가 없습니다.',
    notFailable: 'fail: {{id}}은(는) 클라이언트나 메모입니다. 컴포넌트와 그룹만 장애를 낼 수 있습니다.',
    noSuchInstance: 'fail: {{id}}의 인스턴스는 {{instances}}개라서 {{instance}}번 인스턴스가 없습니다.',
    notACache: '적중률: {{id}}은(는) 캐시나 CDN이 아닙니다.',
    badTraffic: 'traffic: 배율은 0보다 크고 {{max}} 이하인 숫자여야 합니다 (지금은 {{value}}).',
    badHitRatio: '{{id}}의 적중률: 0부터 1까지의 숫자여야 합니다 (지금은 {{value}}).',
    badHitRatioPair: '적중률: ID=R 형식(R은 0부터 1까지의 비율)으로 쓰세요 (지금은 {{value}}).',
    badId: '{{field}}: id는 1~500자입니다.',
    tooMany: '{{field}}: 한 번에 최대 {{limit}}개까지입니다.',
    invalid: '시나리오: {{detail}}',
  },
};
