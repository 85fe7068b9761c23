import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_FIELDS, ASSUMPTION_KEYS } from '../src/estimate/assumptionFields';

const ESTIMATION_DOC = readFileSync(fileURLToPath(new URL('../../../docs/estimation.md', import.meta.url)), 'utf8');

describe('docs/estimation.md', () => {
  it.each(ASSUMPTION_KEYS)('lists %s with the default and range of the assumption fields table', (key) => {
    const { default: fallback, min, max } = ASSUMPTION_FIELDS[key];
    const shownDefault = fallback === undefined ? 'unset' : fallback.toLocaleString('en-US');
    const shownRange = `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}`;
    expect(ESTIMATION_DOC).toContain(`| \`${key}\` | ${shownDefault} | ${shownRange} |`);
  });
});
