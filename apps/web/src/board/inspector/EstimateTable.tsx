import { useTranslation } from 'react-i18next';
import {
  formatBytes, formatBytesPerSecond, formatCount, formatExact, formatExactBytes, type Estimate, type Lang,
} from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';

type RowKey = keyof typeof ESTIMATE_ROWS;

/** One figure: as the note rounds it, as a person computes it by hand (none when they are the same), and every digit. */
interface Figure {
  rounded: string;
  exact?: string;
  full: string;
}

const count = (value: number, locale: Lang): Figure => ({ rounded: formatCount(value, locale), exact: formatExact(value), full: formatExact(value, 3) });
const bytes = (value: number, locale: Lang, rate = ''): Figure => ({
  rounded: rate ? formatBytesPerSecond(value, locale) : formatBytes(value, locale),
  exact: `${formatExactBytes(value)}${rate}`,
  full: `${formatExact(value, 0)} B${rate}`,
});
const servers = (value: number): Figure => ({ rounded: formatExact(value, 0), full: formatExact(value, 0) });

/** Each figure of the estimate, rounded the way the note does and exact. */
export const ESTIMATE_ROWS = {
  dailyActiveUsers: (e: Estimate, l: Lang) => count(e.dailyActiveUsers, l),
  writeQps: (e: Estimate, l: Lang) => count(e.writeQps, l),
  peakWriteQps: (e: Estimate, l: Lang) => count(e.peakWriteQps, l),
  readQps: (e: Estimate, l: Lang) => count(e.readQps, l),
  peakReadQps: (e: Estimate, l: Lang) => count(e.peakReadQps, l),
  mediaStoragePerDay: (e: Estimate, l: Lang) => bytes(e.mediaStoragePerDayBytes, l),
  storagePerDay: (e: Estimate, l: Lang) => bytes(e.storagePerDayBytes, l),
  mediaStorageTotal: (e: Estimate, l: Lang) => bytes(e.mediaStorageTotalBytes, l),
  storageTotal: (e: Estimate, l: Lang) => bytes(e.storageTotalBytes, l),
  peakIngress: (e: Estimate, l: Lang) => bytes(e.peakIngressBytesPerSecond, l, '/s'),
  peakEgress: (e: Estimate, l: Lang) => bytes(e.peakEgressBytesPerSecond, l, '/s'),
  cacheMemory: (e: Estimate, l: Lang) => bytes(e.cacheMemoryBytes, l),
  webServers: (e: Estimate) => servers(e.serversNeeded.webServers),
  cacheServers: (e: Estimate) => servers(e.serversNeeded.cacheServers),
  databasePrimaries: (e: Estimate) => servers(e.serversNeeded.databasePrimaries),
  databaseReplicas: (e: Estimate) => servers(e.serversNeeded.databaseReplicas),
} satisfies Record<string, (e: Estimate, locale: Lang) => Figure>;

/** The estimate: the note's rounding (~3.5K, ~7K, 30 TB, ~55 PB) beside the exact figure (3,472.2, 6,944.4, 54.75 PB); every digit on hover. */
export function EstimateTable({ estimate }: { estimate: Estimate }) {
  const { t } = useTranslation();
  const locale = useRulesLang();
  return (
    <table className="estimate-table" aria-labelledby="estimate-title">
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('analysis.estimate.figure')}</th>
          <th scope="col">{t('analysis.estimate.value')}</th>
          <th scope="col">{t('numbers.exact')}</th>
        </tr>
      </thead>
      <tbody>
        {(Object.keys(ESTIMATE_ROWS) as RowKey[]).map((key) => {
          const figure = ESTIMATE_ROWS[key](estimate, locale);
          const title = t('numbers.exactTitle', { value: figure.full });
          return (
            <tr key={key}>
              <th scope="row">{t(`analysis.estimate.rows.${key}`)}</th>
              <td title={title}>{figure.rounded}</td>
              <td className="estimate-exact" title={title}>
                {figure.exact !== undefined && figure.exact !== figure.rounded ? figure.exact : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
