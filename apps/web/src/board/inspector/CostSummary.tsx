import { Wallet } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatUsd, PRICES_AS_OF, type Board, type CostReport } from '@scaleboard/rules';

/** Components listed by cost before the rest are summed up in one line. */
const LISTED = 8;

/** The design's monthly bill: the total, the cost per million requests, and the most expensive components. */
export function CostSummary({ cost, board }: { cost: CostReport; board: Board }) {
  const { t } = useTranslation();
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const priced = Object.entries(cost.perNode).filter(([, usd]) => usd > 0).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return (
    <section className="inspector-section" aria-labelledby="cost-title">
      <h3 id="cost-title" className="inspector-heading">
        {t('latencyCost.cost')}
      </h3>
      <div className="availability-card cost-card">
        <Wallet size={20} aria-hidden />
        <div>
          <p className="availability-figure">{t('latencyCost.monthly', { cost: formatUsd(cost.monthly) })}</p>
          <p className="availability-detail">
            {cost.perMillionRequests === null ? t('latencyCost.noTraffic') : t('latencyCost.perMillion', { cost: formatUsd(cost.perMillionRequests) })}
          </p>
        </div>
      </div>
      {priced.length > 0 ? (
        <table className="estimate-table" aria-label={t('latencyCost.perComponent')}>
          <tbody>
            {priced.slice(0, LISTED).map(([id, usd]) => (
              <tr key={id}>
                <th scope="row">{byId.get(id)?.label || id}</th>
                <td>{formatUsd(usd)}</td>
              </tr>
            ))}
            {priced.length > LISTED ? (
              <tr>
                <th scope="row">{t('latencyCost.moreComponents', { count: priced.length - LISTED })}</th>
                <td>{formatUsd(priced.slice(LISTED).reduce((sum, [, usd]) => sum + usd, 0))}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
      <p className="inspector-note">{t('latencyCost.pricesNote', { date: PRICES_AS_OF })}</p>
    </section>
  );
}
