import { NODE_KINDS, type NodeKind } from '../kinds';

/** The words people use for one kind: its names in each language, and the products that are one. */
export interface KindAliases {
  en: readonly string[];
  ko: readonly string[];
  /** Products and services people name instead of the kind ("redis" for a cache). */
  products: readonly string[];
}

/**
 * What the palette search understands, per kind: English and Korean names (the domain note's
 * words first: 로드밸런서, 캐시, 메시지 큐 …) and the products people say. A product that is two
 * things (nginx serves and balances) is listed where system-design talk puts it.
 */
export const KIND_ALIASES: Readonly<Record<NodeKind, KindAliases>> = {
  client: { en: ['client', 'user', 'browser', 'mobile app'], ko: ['클라이언트', '사용자', '브라우저', '모바일 앱'], products: ['ios', 'android'] },
  dns: { en: ['DNS', 'domain name system', 'GSLB'], ko: ['DNS', '도메인 네임 시스템'], products: ['route53', 'route 53', 'cloud dns', 'coredns', 'bind'] },
  cdn: { en: ['CDN', 'content delivery network', 'edge cache'], ko: ['CDN', '콘텐츠 전송 네트워크'], products: ['cloudfront', 'akamai', 'fastly', 'cloudflare'] },
  'load-balancer': {
    en: ['load balancer', 'LB', 'reverse proxy', 'API gateway', 'gateway', 'ingress'],
    ko: ['로드밸런서', '로드 밸런서', '부하 분산기'],
    products: ['nginx', 'haproxy', 'elb', 'alb', 'nlb', 'envoy', 'traefik'],
  },
  'web-server': { en: ['web server', 'web tier', 'http server', 'web', 'server', 'frontend'], ko: ['웹 서버', '웹 계층'], products: ['apache', 'tomcat', 'iis', 'node.js'] },
  'app-server': { en: ['app server', 'API server', 'application server', 'backend', 'API', 'service', 'microservice'], ko: ['애플리케이션 서버', 'API 서버', '앱 서버'], products: ['spring', 'django', 'rails', 'express'] },
  cache: { en: ['cache', 'cache tier'], ko: ['캐시', '캐시 계층'], products: ['redis', 'memcached', 'memcache', 'elasticache', 'valkey'] },
  'session-store': { en: ['session store', 'shared session store'], ko: ['세션 저장소', '세션 스토어'], products: [] },
  database: {
    en: ['database', 'DB', 'RDBMS', 'SQL', 'NoSQL'],
    ko: ['데이터베이스', 'DB', '디비'],
    products: ['postgres', 'postgresql', 'mysql', 'mariadb', 'dynamodb', 'mongodb', 'mongo', 'cassandra', 'oracle', 'aurora', 'rds', 'sqlite', 'elasticsearch', 'clickhouse'],
  },
  'message-queue': {
    en: ['message queue', 'queue', 'MQ', 'message broker', 'pub/sub'],
    ko: ['메시지 큐', '큐', '메시지 대기열'],
    products: ['kafka', 'rabbitmq', 'sqs', 'activemq', 'nats', 'pulsar', 'kinesis'],
  },
  worker: { en: ['worker', 'background job', 'consumer', 'job', 'scheduler', 'cron'], ko: ['워커', '작업 서버'], products: ['celery', 'sidekiq', 'lambda'] },
  'object-storage': { en: ['object storage', 'blob storage', 'blob', 'bucket'], ko: ['객체 저장소', '오브젝트 스토리지'], products: ['s3', 'gcs', 'azure blob', 'minio'] },
  note: { en: ['note', 'sticky note', 'text'], ko: ['메모', '노트'], products: [] },
  'public-network': { en: ['public network', 'public subnet', 'internet', 'DMZ'], ko: ['공용 네트워크', '퍼블릭 네트워크', '인터넷'], products: [] },
  'private-network': { en: ['private network', 'private subnet', 'VPC'], ko: ['사설 네트워크', '프라이빗 네트워크'], products: [] },
  region: { en: ['region', 'data centre', 'data center', 'availability zone'], ko: ['데이터 센터', '리전'], products: [] },
};

/** How well a query matches a name, best first. */
const TIERS = ['exact', 'prefix', 'wordPrefix', 'substring'] as const;
export type MatchTier = (typeof TIERS)[number];

export interface KindMatch {
  kind: NodeKind;
  tier: MatchTier;
  /** The name that matched, as written in the table or passed in. */
  name: string;
}

/** Longer queries name no kind; the cap keeps each search a bounded amount of work. */
export const MAX_KIND_QUERY = 60;

// Trailing consonants (jongseong, U+11A8…) as the leading consonant(s) they become once the next
// vowel is typed: mid-composition "롣" is on its way to "로드".
const JONG_TO_CHO = [
  '\u1100', '\u1101', '\u11a8\u1109', '\u1102', '\u11ab\u110c', '\u11ab\u1112', '\u1103', '\u1105', '\u11af\u1100', '\u11af\u1106',
  '\u11af\u1107', '\u11af\u1109', '\u11af\u1110', '\u11af\u1111', '\u11af\u1112', '\u1106', '\u1107', '\u11b8\u1109', '\u1109',
  '\u110a', '\u110b', '\u110c', '\u110e', '\u110f', '\u1110', '\u1111', '\u1112',
];

/**
 * The form names are compared in: compatibility-folded (full-width "ｒｅｄｉｓ" is "redis"), Hangul
 * split into jamo (so a syllable still being typed matches), lower case, and without the spaces
 * and punctuation people vary ("load-balancer", "LoadBalancer", "로드 밸런서").
 */
function fold(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[\s\-_./·]+/g, '');
}

/** Where each word of a name starts, folded: "load balancer" → ["loadbalancer", "balancer"]. */
function wordStarts(name: string): string[] {
  const words = name.split(/[\s\-_./·]+/).filter(Boolean);
  return words.map((_, i) => fold(words.slice(i).join('')));
}

function tierOf(queries: readonly string[], name: string): MatchTier | null {
  const folded = fold(name);
  let best: number | null = null;
  for (const query of queries) {
    let tier: number | null = null;
    if (folded === query) tier = 0;
    else if (folded.startsWith(query)) tier = 1;
    else if (wordStarts(name).some((start) => start.startsWith(query))) tier = 2;
    else if (folded.includes(query)) tier = 3;
    if (tier !== null && (best === null || tier < best)) best = tier;
  }
  return best === null ? null : (TIERS[best] ?? null);
}

/**
 * The kinds a palette query names, best first: an exact name before a name it begins, before a
 * word of a name it begins, before a name it appears in; names before products at the same tier;
 * then palette order. Case-, width- and spacing-insensitive; Hangul matches while being typed.
 * `names` adds what the person sees (the kind's label in their language).
 *
 * @example searchKinds('redis')[0]?.kind // 'cache'
 * @example searchKinds('로드')[0]?.kind // 'load-balancer'
 */
export function searchKinds(query: string, names: (kind: NodeKind) => readonly string[] = () => []): KindMatch[] {
  const folded = fold(query.slice(0, MAX_KIND_QUERY * 2)).slice(0, MAX_KIND_QUERY * 3);
  if (folded === '') return [];
  const queries = [folded];
  const last = folded.charCodeAt(folded.length - 1) - 0x11a8;
  const cho = JONG_TO_CHO[last];
  if (cho !== undefined) queries.push(folded.slice(0, -1) + cho);
  const ranked: Array<KindMatch & { rank: number }> = [];
  NODE_KINDS.forEach((kind, order) => {
    const aliases = KIND_ALIASES[kind];
    const groups: Array<readonly string[]> = [[...names(kind), kind, ...aliases.en, ...aliases.ko], aliases.products];
    let best: (KindMatch & { rank: number }) | null = null;
    groups.forEach((group, isProduct) => {
      for (const name of group) {
        const tier = tierOf(queries, name);
        if (tier === null) continue;
        const rank = (TIERS.indexOf(tier) * 2 + isProduct) * NODE_KINDS.length + order;
        if (!best || rank < best.rank) best = { kind, tier, name, rank };
      }
    });
    if (best) ranked.push(best);
  });
  return ranked.sort((a, b) => a.rank - b.rank).map(({ kind, tier, name }) => ({ kind, tier, name }));
}
