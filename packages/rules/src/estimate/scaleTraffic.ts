import { serversNeeded, type Estimate } from './estimate';

/**
 * The estimate under a traffic spike of `factor` (a what-if drill's `traffic`): every request
 * rate and bandwidth, and so the servers needed, times `factor`. What is stored per day and over
 * the retention stays: a spike is not more users (for growth, raise the monthly active users).
 *
 * @example scaleTraffic(estimate({ monthlyActiveUsers: 3e8 }), 3).peakWriteQps // 20833.3…
 */
export function scaleTraffic(est: Estimate, factor: number): Estimate {
  if (factor === 1) return est;
  const peakWriteQps = est.peakWriteQps * factor;
  const peakReadQps = est.peakReadQps * factor;
  const peakQps = est.peakQps * factor;
  return {
    ...est,
    writeQps: est.writeQps * factor,
    peakWriteQps,
    readQps: est.readQps * factor,
    peakReadQps,
    qps: est.qps * factor,
    peakQps,
    ingressBytesPerSecond: est.ingressBytesPerSecond * factor,
    egressBytesPerSecond: est.egressBytesPerSecond * factor,
    peakIngressBytesPerSecond: est.peakIngressBytesPerSecond * factor,
    peakEgressBytesPerSecond: est.peakEgressBytesPerSecond * factor,
    serversNeeded: serversNeeded(peakQps, peakReadQps, peakWriteQps, est.cacheMemoryBytes),
  };
}
