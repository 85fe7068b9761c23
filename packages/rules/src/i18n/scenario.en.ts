// English text of what-if drills (`simulate`): the findings that name each consequence's chain, and
// the refusals of a scenario that cannot be played on a board. Spread into `rules` (the findings
// are rules of their own, with a title, idea, explanation and fix) and beside it (`scenario`,
// `scenarioErrors`).

export const scenarioRulesEn = {
  'scenario-outage': {
    title: 'A failure reaches the users',
    idea: 'One server, cache or database with no alternative takes the service down with it; redundancy is the cure (chapter 1).',
    explanation:
      'Under the drill a component that cannot serve takes down every caller that has no alternative to it, and so on up to the users. '
      + 'The chain names each step from what failed to who sees the errors.',
    fix: 'Give the failed component an alternative: more instances, a sibling behind the same caller, a replica for a database.',
    message: '{{chain}} → {{users}} get errors.',
    messageNoClient: '{{chain}} → users get errors.',
    fixNamed: 'Give {{name}} an alternative: 2 or more instances, a sibling behind the same caller, or (a database) a replica that can take over.',
  },
  'scenario-failover': {
    title: 'Failover: callers use what is left',
    idea: 'When one web server goes down the load balancer sends its traffic to the others (chapter 1).',
    explanation: 'A component failed, but its caller has others of the same kind: traffic moves to them, which may push them over capacity.',
    fix: 'Check that what is left can carry the extra load (see over-capacity).',
    message: '{{chain}} → {{caller}} sends its requests to {{alternatives}}.',
  },
  'scenario-cache-bypass': {
    title: 'Cache down: every read reaches the database',
    idea: 'A cache hit answers at once; on a miss the server reads the database (chapter 1, cache tier). With the cache gone, every read is a miss.',
    explanation: 'The servers still answer by reading the database directly, but the database now takes the reads the cache used to absorb.',
    fix: 'Run the cache with 2 or more instances, and size the database for the reads it takes when the cache is cold.',
    message: '{{chain}} → {{caller}} reads {{databases}} directly: every read now reaches the database.',
  },
  'scenario-instances-down': {
    title: 'Instances down: fewer left to carry the load',
    idea: 'Several instances of a tier give failover and redundancy (chapter 1, horizontal scaling).',
    explanation: 'Some instances of a component failed; the rest keep it serving, with less capacity between them.',
    fix: 'Run enough instances that the tier carries peak load with one (or more) of them down.',
    message: '{{down}} of {{instances}} instances of {{name}} down → {{left}} left to carry its load.',
  },
  'scenario-promoted': {
    title: 'Primary down: a replica is promoted',
    idea: 'A replica can take over when the primary database dies (replication, the book\'s standard teaching beside chapter 1).',
    explanation: 'The primary failed and a replica became the new primary: writes continue on it, with one copy fewer until the old primary is back.',
    fix: 'Keep a replica in reserve after a promotion, so the next failure is covered too.',
    message: '{{name}} down → its replica {{replica}} is promoted to primary.',
    messageReplicas: '{{name}} down → one of its replicas is promoted to primary ({{left}} replica(s) left).',
  },
  'scenario-backlog': {
    title: 'Consumers down: jobs pile up',
    idea: 'A message queue decouples producers from the workers that consume it (chapter 1, message queue).',
    explanation: 'With every consumer of a queue down, requests still publish their jobs, but nothing works through them: the queue grows until a consumer is back.',
    fix: 'Run 2 or more workers, and bound how long jobs may wait.',
    message: '{{chain}} → jobs pile up in {{queue}} and wait until a consumer is back.',
  },
};

export const scenarioEn = {
  scenario: {
    down: '{{names}} down',
    fails: '{{names}} fails',
    failMany: '{{names}} fail',
    more: '(and {{count}} more)',
    /** `scaleboard simulate --format text`. */
    text: {
      scenario: 'Scenario',
      asDrawn: 'none: the board as drawn',
      fail: 'fail {{ids}}',
      traffic: 'traffic × {{factor}}',
      hitRatio: 'hit ratio of {{name}} {{ratio}}',
      failed: 'Cannot serve',
      nothingFailed: 'nothing: every component still serves',
    },
  },
  /** Why a scenario cannot be played; the REST `code` and the CLI's exit 2 stay the same in every language. */
  scenarioErrors: {
    unknownFail: 'fail: the board has no component or group {{id}}.',
    unknownHitRatio: 'hit ratio: the board has no component {{id}}.',
    notFailable: 'fail: {{id}} is a client or a note; only components and groups can fail.',
    noSuchInstance: 'fail: {{id}} has {{instances}} instance(s), so there is no instance {{instance}}.',
    notACache: 'hit ratio: {{id}} is not a cache or a CDN.',
    badTraffic: 'traffic: the factor is a number above 0 and at most {{max}}, not {{value}}.',
    badHitRatio: 'hit ratio of {{id}}: a number from 0 to 1, not {{value}}.',
    badHitRatioPair: 'hit ratio: write ID=R (a ratio from 0 to 1), not {{value}}.',
    badId: '{{field}}: an id is 1 to 500 characters.',
    tooMany: '{{field}}: at most {{limit}} at once.',
    invalid: 'scenario: {{detail}}',
  },
};
