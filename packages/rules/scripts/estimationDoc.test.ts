import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNIT_PRICES } from '../src/cost/unitPrices';
import { ASSUMPTION_FIELDS, ASSUMPTION_KEYS } from '../src/estimate/assumptionFields';
import { translate } from '../src/i18n/translate';
import { KIND_LATENCY_MS } from '../src/latency/kindLatency';
import { LATENCY_NUMBERS, LATENCY_SOURCES } from '../src/latency/latencyNumbers';

const ESTIMATION_DOC = readFileSync(fileURLToPath(new URL('../../../docs/estimation.md', import.meta.url)), 'utf8');

describe('docs/estimation.md', () => {
  it.each(ASSUMPTION_KEYS)('lists %s with the default and range of the assumption fields table', (key) => {
    const { default: fallback, min, max } = ASSUMPTION_FIELDS[key];
    const shownDefault = fallback === undefined ? 'unset' : fallback.toLocaleString('en-US');
    const shownRange = `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}`;
    expect(ESTIMATION_DOC).toContain(`| \`${key}\` | ${shownDefault} | ${shownRange} |`);
  });
});

/** `1 ns`, `16 µs`, `2 ms`, `150 ms`: how the docs write a figure of the latency table. */
function shownNs(ns: number): string {
  const [value, unit] = ns < 1_000 ? [ns, 'ns'] : ns < 1_000_000 ? [ns / 1_000, 'µs'] : [ns / 1_000_000, 'ms'];
  return `${value.toLocaleString('en-US')} ${unit}`;
}

describe('docs/estimation.md, latency and cost', () => {
  it.each(LATENCY_NUMBERS.map((row) => [row.id, row] as const))('copies the latency numbers row %s', (id, row) => {
    const dean = 'dean2009Ns' in row ? shownNs(row.dean2009Ns) : '—';
    expect(ESTIMATION_DOC).toContain(`| ${translate('en', `latencyNumbers.${id}`)} | ${shownNs(row.ns)} | ${dean} |`);
  });

  it('names both sources with their year', () => {
    for (const source of Object.values(LATENCY_SOURCES)) expect(ESTIMATION_DOC).toContain(source.url);
    expect(ESTIMATION_DOC).toContain('**2020**');
    expect(ESTIMATION_DOC).toContain('LADIS 2009');
  });

  it('gives each kind\'s default latency and unit price as the tables hold them', () => {
    for (const ms of new Set(Object.values(KIND_LATENCY_MS))) expect(ESTIMATION_DOC).toContain(`| ${ms} ms |`);
    for (const { usd } of Object.values(UNIT_PRICES)) expect(ESTIMATION_DOC).toContain(`| $${usd.toLocaleString('en-US', { minimumFractionDigits: 2 })} /`);
  });
});
