// English names and descriptions of the component catalogue: each kind, and each property as the
// inspector labels it (findings and fixes name properties by these labels, never by the schema name).

export const catalogueEn = {
  kinds: {
    client: { name: 'Client', description: 'Users (web browser, mobile app). Peak traffic enters the design here.' },
    dns: { name: 'DNS', description: 'Resolves the domain to the load balancer\'s public IP.' },
    cdn: { name: 'CDN', description: 'Edge servers caching static content (images, video, CSS, JS) until the origin\'s TTL ends.' },
    'load-balancer': { name: 'Load balancer', description: 'Public IP in front; spreads traffic over web servers on private IPs.' },
    'web-server': { name: 'Web server', description: 'Serves HTTP requests; stateless when session state lives in a shared store.' },
    'app-server': { name: 'App / API server', description: 'Business logic behind the web tier.' },
    cache: { name: 'Cache', description: 'In-memory store between servers and the database: hit answers at once, miss reads the source.' },
    'session-store': { name: 'Session store', description: 'Shared store (Redis-like or NoSQL) that keeps the web tier stateless.' },
    database: { name: 'Database', description: 'Durable store; a primary takes writes, replicas serve reads and fail over.' },
    'message-queue': { name: 'Message queue', description: 'Durable buffer: producers publish, workers consume at their own pace.' },
    worker: { name: 'Worker', description: 'Runs long asynchronous jobs taken from a queue.' },
    'object-storage': { name: 'Object storage', description: 'Durable blob store (media, static files), often a CDN origin.' },
    note: { name: 'Note', description: 'Free text on the board; ignored by the rules.' },
    'public-network': { name: 'Public network', description: 'Reachable from the internet.' },
    'private-network': { name: 'Private network', description: 'Private IPs only, unreachable from the internet.' },
    region: { name: 'Data centre / region', description: 'A data centre; several give geo-routing and disaster recovery.' },
  },
  props: {
    share: { label: 'Traffic share', description: 'Relative share of the users this client stands for.' },
    instances: { label: 'Instances', description: 'Identical copies behind one name. Two or more give failover (horizontal scaling).' },
    capacityQps: { label: 'Capacity per instance', description: 'Peak requests per second one instance handles; load above it is an over-capacity finding.' },
    availability: { label: 'Availability per instance', description: 'Fraction of the time one instance is up; redundancy and serial paths combine it.' },
    cpuCores: { label: 'CPU cores', description: 'Scale-up size of one instance.' },
    memoryGb: { label: 'Memory', description: 'Memory of one instance (its scale-up size).' },
    ttlSeconds: { label: 'TTL', description: 'How long an entry is served before it expires; unset means entries never expire.' },
    hitRatio: { label: 'Hit ratio', description: 'Share of reads answered without going further; the rest reach the source.' },
    replicas: { label: 'Replicas', description: 'Copies kept in sync for failover (besides replicas drawn with replication edges).' },
    algorithm: { label: 'Algorithm', description: 'How backends are picked; ip-hash pins a user to a server (sticky).' },
    stateful: { label: 'Stateful', description: 'Keeps session state in its own memory, so a user must come back to the same server.' },
    eviction: { label: 'Eviction', description: 'What goes when memory is full.' },
    role: { label: 'Role', description: 'Primary takes writes; replicas copy it and serve reads.' },
    engine: { label: 'Engine', description: 'Relational or NoSQL.' },
  },
};
