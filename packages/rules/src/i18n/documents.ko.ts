// 보드에 대해 서버와 앱이 쓰는 문서의 한국어 문구: Markdown 보고서(export.md)와 면접 요약.
// 면접 단계는 원본 노트 3장의 4단계 이름을 따른다.
import type { documentsEn } from './documents.en';
import type { Shape } from './shape';

export const documentsKo: Shape<typeof documentsEn> = {
  report: {
    counts: '컴포넌트 {{components}}개, 연결 {{connections}}개.',
    findings: '검사 결과',
    noFindings: '검사 결과 없음: 설계가 모든 규칙을 통과했습니다.',
    findingsHeader: '| 심각도 | 규칙 | 컴포넌트 | 결과 | 해결 방법 |',
    estimate: '개략적인 규모 추정',
    estimateHeader: '| 항목 | 값 |',
    dailyActiveUsers: '일간 능동 사용자(DAU)',
    writeQps: '쓰기 QPS (최대)',
    readQps: '읽기 QPS (최대)',
    storagePerDay: '하루 저장 용량',
    storageTotal: '{{years}}년간 저장 용량',
    peakEgress: '최대 송신 대역폭',
    cacheMemory: '캐시 메모리',
    serversNeeded: '필요한 서버',
    servers: '웹 {{web}}, 캐시 {{cache}}, 데이터베이스 {{primaries}} + 복제본 {{replicas}}',
  },
  severities: { error: '오류', warning: '경고', info: '정보' },
  interview: {
    phases: {
      scope: '문제 이해 및 설계 범위 확정',
      'high-level-design': '개략적인 설계안 제시 및 동의 구하기',
      'deep-dive': '상세 설계',
      'wrap-up': '마무리',
    },
    rubric: { scope: '설계 범위', highLevelDesign: '개략적인 설계', deepDive: '상세 설계', communication: '의사소통' },
    statuses: { idle: '시작 전', running: '진행 중', paused: '일시 정지', ended: '종료' },
    summary: {
      title: '면접 요약 — {{title}}',
      phases: '단계',
      phasesHeader: '| 단계 | 배정 시간 | 사용 시간 |',
      status: '상태: {{status}}.',
      replay: '리플레이',
      replayHint: '리플레이에서 각 단계를 시작 시점부터 봅니다(이 보드의 키나 리플레이 링크로 여세요):',
      notesInReplay: '리플레이에서 마지막으로 저장된 시점 보기',
      findings: '검사 결과',
      noFindings: '검사 결과 없음.',
      fix: '해결 방법: {{fix}}',
      estimate: '개략적인 규모 추정',
      dailyActiveUsers: '일간 능동 사용자(DAU): {{value}}',
      qps: 'QPS: {{qps}} (최대 {{peak}}); 쓰기 {{writes}}, 읽기 {{reads}}',
      storagePerDay: '하루 저장 용량: {{total}} (미디어 {{media}})',
      storageTotal: '보관 기간 전체 저장 용량: {{total}}',
      notes: '면접관 메모 (비공개)',
      noNotes: '_메모 없음._',
      rubric: '평가 기준 (비공개)',
      rubricHeader: '| 영역 | 점수 | 의견 |',
      board: '보드',
    },
  },
};
