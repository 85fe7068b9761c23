import { Timer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatMs, type Board, type LatencyReport } from '@scaleboard/rules';
import { LatencyNumbersDialog } from './LatencyNumbersDialog';

/** The slowest request path: its latency, and what each of its components adds (their typical latency). */
export function LatencySummary({ latency, board }: { latency: LatencyReport; board: Board }) {
  const { t } = useTranslation();
  const slowest = latency.paths[0];
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  // Past a cache or CDN the path only pays for the misses, so a row's figure is not all added.
  let pastCache = false;
  return (
    <section className="inspector-section" aria-labelledby="latency-title">
      <div className="inspector-section-header">
        <h3 id="latency-title" className="inspector-heading">
          {t('latencyCost.latency')}
        </h3>
        <LatencyNumbersDialog />
      </div>
      {!slowest ? (
        <p className="inspector-empty">{t('latencyCost.noPath')}</p>
      ) : (
        <>
          <div className="availability-card latency-card">
            <Timer size={20} aria-hidden />
            <div>
              <p className="availability-figure">{formatMs(slowest.ms)}</p>
              <p className="availability-detail">{t('latencyCost.slowest')}</p>
              {latency.paths.length > 1 ? <p className="availability-detail">{t('latencyCost.morePaths', { count: latency.paths.length - 1 })}</p> : null}
            </div>
          </div>
          <table className="estimate-table" aria-label={t('latencyCost.pathTitle')}>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('latencyCost.component')}</th>
                <th scope="col">{t('latencyCost.typical')}</th>
              </tr>
            </thead>
            <tbody>
              {slowest.nodes.map((id) => {
                const node = byId.get(id);
                const weighted = pastCache;
                if (node?.kind === 'cache' || node?.kind === 'cdn') pastCache = true;
                return (
                  <tr key={id}>
                    <th scope="row">
                      {node?.label || id}
                      {weighted ? <span className="estimate-exact"> · {t('latencyCost.weighted')}</span> : null}
                    </th>
                    <td>{formatMs(latency.perNode[id] ?? 0)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
