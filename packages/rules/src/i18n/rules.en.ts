// English text of the design rules: each rule's title, the note's idea, why it matters, the generic
// fix, and the messages its findings say. `{{name}}` is a component as people call it (its label).

export const rulesEn = {
  'single-point-of-failure': {
    title: 'Single point of failure on the request path',
    idea: 'Vertical scaling has no failover; one cache server is a SPOF, and the same holds for web/API servers and databases (chapter 1).',
    explanation:
      'A component on the request path that runs as one instance, with no sibling its callers can use instead, stops the service when it dies. '
      + 'Managed services (DNS, CDN, object storage) are redundant by nature; session stores have their own rule.',
    fix: 'Scale out: run 2 or more instances (or add a sibling behind the same caller); for a database, add a replica that can take over.',
    message: '{{name}} is a single point of failure: it runs as one instance, so when it dies every request through it fails.',
    fixInstances: 'Raise the Instances of {{name}} to 2 or more, or add a sibling behind the same caller.',
    fixReplica: 'Add a replica of {{name}} that can take over when it dies.',
  },
  'load-balancer-missing': {
    title: 'Several web servers reached without a load balancer',
    idea: 'A load balancer spreads traffic over the web servers; clients reach it through DNS and the servers only via private IPs (chapter 1).',
    explanation:
      'When clients (or DNS) reach several web/app servers directly, nothing spreads the load evenly or routes around a dead server, '
      + 'and every server needs a public address.',
    fix: 'Put a load balancer in front of the servers and point clients (DNS) at it.',
    direct: '{{names}} are reached directly from the internet with no load balancer to spread the traffic.',
    unfronted: '{{names}} take traffic with no load balancer in front of them.',
  },
  'load-balancer-single-backend': {
    title: 'Load balancer with a single backend',
    idea: 'With a load balancer, when one web server goes down traffic goes to the others (chapter 1) — which needs others.',
    explanation: 'A load balancer in front of one server instance balances nothing and gives no failover: if that server dies, the site is down.',
    fix: 'Add a second web server (or raise the backend\'s Instances to 2 or more).',
    noBackend: '{{name}} has no backend to send traffic to.',
    singleBackend: '{{name}} has a single backend instance, so it gives no failover.',
  },
  'stateful-web-tier': {
    title: 'Stateful web tier behind a load balancer',
    idea: 'State kept on one server breaks when the next request lands on another; sticky sessions load the balancer and make adding or removing servers hard (chapter 1, stateless web tier).',
    explanation:
      'A server that keeps session state in its own memory forces the load balancer to pin each user to it (sticky sessions): '
      + 'scaling out or losing a server logs users out.',
    fix: 'Make the servers stateless: move session state to a shared, redundant session store and turn Stateful off.',
    message: '{{name}} keeps state behind a load balancer, so users need sticky sessions.',
  },
  'session-store-single-point': {
    title: 'Session store without redundancy',
    idea: 'The note asks of the shared state store: if it dies, is every session lost? So the shared store must itself be redundant (chapter 1).',
    explanation: 'Moving state out of the web tier concentrates it in the session store; with one copy, its failure logs every user out at once.',
    fix: 'Run the session store with 2 or more Instances, or give it Replicas.',
    message: '{{name}} holds every session in one copy: if it dies, all sessions are lost.',
  },
  'public-exposure': {
    title: 'Server or data store exposed to the public side',
    idea: 'Clients reach the load balancer\'s public IP; the balancer talks to web servers over private IPs, unreachable from the internet (chapter 1).',
    explanation:
      'Once a load balancer exists, web/app servers behind it should be reachable only through it, and data stores never from the internet. '
      + 'A component placed in a public network, or called directly by clients or DNS, is open to attack and bypasses the balancer.',
    fix: 'Move it into a private network and let traffic reach it only through the load balancer (servers) or the servers (data stores).',
    inPublicNetwork: '{{name}} sits in a public network, reachable from the internet.',
    direct: '{{name}} is reached directly from the public side.',
    bypassing: '{{name}} is reached directly from the public side, bypassing the load balancer.',
  },
  'dns-target': {
    title: 'DNS does not resolve to the load balancer',
    idea: 'Clients reach the load balancer through DNS, which holds the balancer\'s public IP (chapter 1).',
    explanation: 'When a design has a load balancer, DNS pointing straight at a server sends traffic around the balancer, losing failover and spreading.',
    fix: 'Point the DNS record at the load balancer (a CDN hostname may stay).',
    message: '{{name}} resolves to {{targets}} instead of the load balancer.',
  },
  'cache-without-source': {
    title: 'Cache with no backing store',
    idea: 'A cache hit answers at once; a miss reads the database, stores the result and answers (chapter 1, cache tier).',
    explanation:
      'A cache is a copy of data that lives elsewhere. With no database behind it (read-through) or beside it (cache-aside: its callers also read the database), '
      + 'a miss has nowhere to go and anything evicted is lost.',
    fix: 'Connect the cache to the database it fronts, or let the servers that read the cache also read the database on a miss.',
    message: '{{name}} has no database behind it: a miss has nowhere to read from.',
  },
  'cache-without-expiry': {
    title: 'Cache entries never expire',
    idea: 'Cache memory is small, so what to cache and when it expires matter, and the cache must stay consistent with the database (chapter 1, cache concerns).',
    explanation:
      'Without a TTL an entry lives until it is evicted, so readers can see stale data long after the database changed; '
      + 'with eviction also off, the cache fills up and refuses writes.',
    fix: 'Set the cache\'s TTL (long enough to pay off, short enough to bound staleness) and keep an Eviction policy such as LRU.',
    message: '{{name}} has no TTL: entries can stay stale forever.',
    messageNoEviction: '{{name}} has no TTL: entries can stay stale forever, and with eviction off it will fill up.',
    fixNamed: 'Set the TTL of {{name}} (for example {{ttl}} s) and keep an Eviction policy such as LRU.',
  },
  'cdn-without-origin': {
    title: 'CDN without an origin',
    idea: 'On a CDN miss the edge server fetches the file from the origin (web server or object storage) (chapter 1, CDN).',
    explanation: 'A CDN only caches: with no origin drawn, the first request for every file and every request after its TTL has nowhere to go.',
    fix: 'Connect the CDN to its origin: object storage or the web tier.',
    message: '{{name}} has no origin to fetch from on a miss.',
  },
  'cdn-without-ttl': {
    title: 'CDN without a TTL',
    idea: 'The origin\'s response carries a TTL, and the CDN caches the file until the TTL ends (chapter 1, CDN).',
    explanation: 'Without a TTL the CDN cannot tell how long a file stays fresh: updates never reach users, or every request goes back to the origin.',
    fix: 'Set the CDN\'s TTL: long for versioned static assets, short for content that changes.',
    message: '{{name}} has no TTL, so it cannot tell when a cached file is stale.',
    fixNamed: 'Set the TTL of {{name}} (for example {{ttl}} s for versioned static files).',
  },
  'queue-without-consumer': {
    title: 'Queue without a consumer',
    idea: 'Long-running work goes through a message queue and is run by workers independently of the request path (chapter 1, message queue).',
    explanation: 'Messages published to a queue nobody consumes pile up until the queue is full; the work they stand for never happens.',
    fix: 'Add workers that consume the queue (an edge from the queue to a worker).',
    message: 'Nothing consumes {{name}}: its messages pile up and the work never runs.',
  },
  'queue-without-producer': {
    title: 'Queue without a producer',
    idea: 'A message queue decouples producers (web servers publishing jobs) from consumers (workers) (chapter 1, message queue).',
    explanation: 'A queue nothing publishes to does no work: either an edge from the producing server is missing, or the queue is not needed.',
    fix: 'Draw an async edge from the server that publishes jobs to the queue, or remove the queue.',
    message: 'Nothing publishes to {{name}}.',
  },
  'vertical-scaling-limit': {
    title: 'Scaled up past a practical ceiling',
    idea: 'Vertical scaling (more CPU and RAM on one server) is simplest but has a hard ceiling and no failover (chapter 1).',
    explanation:
      'One machine with more than {{cpuCores}} cores or {{memoryGb}} GB of memory is near what hardware offers: '
      + 'the next growth step has nowhere to go, and it is still one machine that can die.',
    fix: 'Scale out instead: several smaller instances behind a load balancer (or shards/replicas for a database).',
    message: '{{name}} is scaled up to {{cpuCores}} cores and {{memoryGb}} GB on one machine, near the hardware ceiling.',
  },
  'over-capacity': {
    title: 'More peak load than the component can take',
    idea: 'Check the design against the constraints with a rough calculation (chapter 3, step 2), using the estimate of chapter 2.',
    explanation:
      'Peak traffic from the estimate flows from the clients along the edges (see docs/estimation.md). A component whose peak load exceeds '
      + 'its instances × capacity per instance will queue, time out and fail under peak.',
    fix: 'Scale out to the instance count the finding names, or put a cache or CDN in front to absorb reads.',
    message: '{{name}} takes {{qps}} QPS at peak, {{percent}} % of what {{instances}} × {{perInstance}} QPS can handle.',
    fixNamed: 'Raise the Instances of {{name}} to {{needed}} ({{perInstance}} QPS each), or absorb reads with a cache or CDN in front.',
  },
  'availability-target': {
    title: 'Design falls short of its availability target',
    idea: 'Horizontal scaling gives failover and redundancy; a single server, cache or database takes the service down with it (chapter 1).',
    explanation:
      'With an availability target in the assumptions, the request path\'s availability is computed from each instance\'s availability: '
      + 'redundant copies in parallel, the services a request needs in series. Below the target, the weakest stage is named.',
    fix: 'Add redundancy to the weakest component (more instances, a replica), or remove it from the request path.',
    message: 'The request path is up {{availability}} of the time ({{nines}} nines, about {{downtime}} down a year), short of the {{target}} target; the weakest component is {{weakest}} at {{weakestAvailability}}.',
  },
  'latency-target': {
    title: 'Design falls short of its latency target',
    idea: 'Every synchronous hop adds a round trip; caches answer from memory and queues take slow work off the request path (chapter 1: cache tier, message queue).',
    explanation:
      'With a latency target in the assumptions, each request path\'s latency is the sum of its components\' typical latencies (from the latency numbers table, '
      + 'editable per component): a cache or CDN pays what is behind it only on a miss, and an async edge ends the part the user waits for. Above the target, the slowest path is named.',
    fix: 'Shorten the slowest path: put a cache or CDN in front of its slowest component, move work behind a queue, or drop a synchronous hop.',
    message: 'The slowest request path ({{path}}) takes about {{ms}}, over the {{target}} target; its slowest component is {{slowest}} at {{slowestMs}}.',
  },
};
