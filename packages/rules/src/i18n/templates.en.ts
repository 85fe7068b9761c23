// English titles and notes of the templates on the landing page (the board title a new board from
// a template gets is its title in the creator's language).

export const templatesEn = {
  'ch1-1-single-server': {
    title: '1. Single server',
    description: 'Web app, database and cache on one scaled-up server. Simple — and a hard ceiling with no failover.',
  },
  'ch1-2-separate-database': {
    title: '2. Separate database',
    description: 'Web/mobile traffic and the database on their own servers, so each tier scales on its own.',
  },
  'ch1-3-load-balancer': {
    title: '3. Load balancer and web tier',
    description: 'DNS gives the balancer\'s public IP; two web servers on private IPs take over from each other. Sessions still live in server memory.',
  },
  'ch1-4-database-replication': {
    title: '4. Database replication',
    description: 'A primary takes the writes, replicas serve the reads and fail over. At 50 million users the replicas run hot.',
  },
  'ch1-5-cache': {
    title: '5. Cache tier',
    description: 'A redundant cache with a TTL answers most reads; the replicas only see the misses.',
  },
  'ch1-6-cdn': {
    title: '6. CDN',
    description: 'Static files (images, video, CSS, JS) come from edge servers, fetched from object storage on a miss and kept until their TTL ends.',
  },
  'ch1-7-stateless-web-tier': {
    title: '7. Stateless web tier',
    description: 'Session state moves to a shared, redundant session store: any server can answer any user, and servers come and go freely.',
  },
  'ch1-8-message-queue': {
    title: '8. Message queue',
    description: 'Long-running work is published to a queue and run by workers, independently of the request path.',
  },
  'twitter-estimate': {
    title: 'Twitter estimate (300M MAU)',
    description: '150M DAU, ~3.5K tweets/s (~7K at peak), 30 TB of media a day, ~55 PB over 5 years — and the servers that carry it.',
  },
};
