// English names of the latency numbers table's rows, the cost units, and what a fix adds.

export const latencyCostEn = {
  latencyNumbers: {
    l1CacheReference: 'L1 cache reference',
    mainMemoryReference: 'Main memory reference',
    read1MbFromMemory: 'Read 1 MB sequentially from memory',
    ssdRandomRead: 'SSD random read',
    read1MbFromSsd: 'Read 1 MB sequentially from SSD',
    datacentreRoundTrip: 'Round trip within the same datacentre',
    read1MbFromDisk: 'Read 1 MB sequentially from disk',
    diskSeek: 'Disk seek',
    crossRegionRoundTrip: 'Round trip across regions (California → Netherlands → California)',
  },
  /** Units a property is measured in, as the inspector writes them beside the field. */
  units: {
    ms: 'ms',
    'USD/month': 'USD/month',
    'USD/GB': 'USD/GB',
    'USD/M requests': 'USD/M requests',
    'USD/GB-month': 'USD/GB-month',
  },
  /** What a one-click fix adds to the design and its bill. */
  fixAdds: {
    instances: '+{{count}} instance(s), +{{cost}}/month',
    component: '+1 {{kind}}, +{{cost}}/month',
    components: '+1 {{kind}} ({{count}} instances), +{{cost}}/month',
  },
  cliLatencyCost: {
    latency: 'Latency (slowest paths)',
    noPath: 'no request path',
    cost: 'Cost per month',
    costValue: '{{monthly}} ({{perMillion}} per million requests)',
    costNoTraffic: '{{monthly}}',
  },
};
