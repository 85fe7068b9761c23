import { Dialog } from 'radix-ui';
import { Gauge } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  COMPONENT_KINDS, formatMs, HANDLING_MS, KIND_LATENCY_MS, KIND_LATENCY_PARTS, kindName, LATENCY_NUMBERS, LATENCY_SOURCES, translate, type Lang, type LatencyPart,
} from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { DialogPanel } from '../../ui/DialogPanel';

/** A duration in the unit that keeps it readable: 0.5 ns, 16 µs, 2 ms. */
function formatNs(ns: number): string {
  const [value, unit] = ns < 1_000 ? [ns, 'ns'] : ns < 1_000_000 ? [ns / 1_000, 'µs'] : [ns / 1_000_000, 'ms'];
  return `${value.toLocaleString('en-US', { maximumSignificantDigits: 3 })} ${unit}`;
}

function partName(part: LatencyPart, lang: Lang, handling: string): string {
  return part === 'handling' ? handling : translate(lang, `latencyNumbers.${part}`);
}

/** The latency numbers card: the one table each kind's typical latency is derived from, with its sources and dates. */
export function LatencyNumbersDialog() {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const handling = t('latencyCost.numbers.handling', { ms: formatMs(HANDLING_MS) });
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <button type="button" className="button button-ghost">
          <Gauge size={14} aria-hidden />
          {t('latencyCost.numbers.open')}
        </button>
      </Dialog.Trigger>
      <DialogPanel title={t('latencyCost.numbers.title')} closeLabel={t('latencyCost.numbers.close')} description={t('latencyCost.numbers.description')} className="dialog-latency">
        <table className="latency-numbers">
          <thead>
            <tr>
              <th scope="col">{t('latencyCost.numbers.operation')}</th>
              <th scope="col">{t('latencyCost.numbers.now')}</th>
              <th scope="col">{t('latencyCost.numbers.then')}</th>
              <th scope="col">{t('latencyCost.numbers.source')}</th>
            </tr>
          </thead>
          <tbody>
            {LATENCY_NUMBERS.map((row) => (
              <tr key={row.id}>
                <th scope="row">{translate(lang, `latencyNumbers.${row.id}`)}</th>
                <td>{formatNs(row.ns)}</td>
                <td>{'dean2009Ns' in row ? formatNs(row.dean2009Ns) : '—'}</td>
                <td>{LATENCY_SOURCES[row.source].year}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 className="inspector-heading">{t('latencyCost.numbers.sources')}</h3>
        <ul className="latency-sources">
          {Object.values(LATENCY_SOURCES).map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noreferrer">
                {source.title}
              </a>{' '}
              ({source.year})
            </li>
          ))}
        </ul>
        <h3 className="inspector-heading">{t('latencyCost.numbers.derived')}</h3>
        <ul className="latency-derived">
          {COMPONENT_KINDS.map((kind) => (
            <li key={kind}>
              <strong>{kindName(kind, lang)}</strong> {formatMs(KIND_LATENCY_MS[kind])}
              {KIND_LATENCY_PARTS[kind].length > 0 ? ` = ${KIND_LATENCY_PARTS[kind].map((part) => partName(part, lang, t('latencyCost.numbers.handlingPart'))).join(' + ')}` : ''}
            </li>
          ))}
        </ul>
        <p className="inspector-note">{handling}</p>
      </DialogPanel>
    </Dialog.Root>
  );
}
