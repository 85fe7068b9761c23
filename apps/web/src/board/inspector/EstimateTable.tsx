import { useTranslation } from 'react-i18next';
import { formatBytes, formatBytesPerSecond, formatCount, type Estimate } from '@scaleboard/rules';

type RowKey = keyof typeof ESTIMATE_ROWS;

/** Each figure of the estimate and how the note would write it. */
export const ESTIMATE_ROWS = {
  dailyActiveUsers: (e: Estimate) => formatCount(e.dailyActiveUsers),
  writeQps: (e: Estimate) => formatCount(e.writeQps),
  peakWriteQps: (e: Estimate) => formatCount(e.peakWriteQps),
  readQps: (e: Estimate) => formatCount(e.readQps),
  peakReadQps: (e: Estimate) => formatCount(e.peakReadQps),
  mediaStoragePerDay: (e: Estimate) => formatBytes(e.mediaStoragePerDayBytes),
  storagePerDay: (e: Estimate) => formatBytes(e.storagePerDayBytes),
  mediaStorageTotal: (e: Estimate) => formatBytes(e.mediaStorageTotalBytes),
  storageTotal: (e: Estimate) => formatBytes(e.storageTotalBytes),
  peakIngress: (e: Estimate) => formatBytesPerSecond(e.peakIngressBytesPerSecond),
  peakEgress: (e: Estimate) => formatBytesPerSecond(e.peakEgressBytesPerSecond),
  cacheMemory: (e: Estimate) => formatBytes(e.cacheMemoryBytes),
  webServers: (e: Estimate) => String(e.serversNeeded.webServers),
  cacheServers: (e: Estimate) => String(e.serversNeeded.cacheServers),
  databasePrimaries: (e: Estimate) => String(e.serversNeeded.databasePrimaries),
  databaseReplicas: (e: Estimate) => String(e.serversNeeded.databaseReplicas),
} satisfies Record<string, (e: Estimate) => string>;

/** The estimate, rounded the way the domain note rounds (~3.5K, ~7K, 30 TB, ~55 PB). */
export function EstimateTable({ estimate }: { estimate: Estimate }) {
  const { t } = useTranslation();
  return (
    <table className="estimate-table" aria-labelledby="estimate-title">
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('analysis.estimate.figure')}</th>
          <th scope="col">{t('analysis.estimate.value')}</th>
        </tr>
      </thead>
      <tbody>
        {(Object.keys(ESTIMATE_ROWS) as RowKey[]).map((key) => (
          <tr key={key}>
            <th scope="row">{t(`analysis.estimate.rows.${key}`)}</th>
            <td>{ESTIMATE_ROWS[key](estimate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
