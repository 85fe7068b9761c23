import { describe, expect, it } from 'vitest';
import { parseBoard } from '@scaleboard/rules';
import { i18next } from '../../i18n/i18n';
import { importProblem } from './importProblem';

describe('importProblem', () => {
  const input = { format: 'scaleboard/v1', nodes: [{ id: 'load-balancer-9x205q20', kind: 'load-balancer', label: 'LB', x: 'left', y: 0 }] };
  const parsed = parseBoard(input);
  if (parsed.ok) throw new Error('the board should be refused');

  it('says a refused field in plain words, in the rules language asked for, the path as a detail', () => {
    expect(importProblem({ error: parsed.error, input }, i18next.t, 'en')).toMatch(/^Not imported: Component 1 \("LB"\), field "x": should be a number, not text \(at nodes\[0\]\.x: /);
    expect(importProblem({ error: parsed.error, input }, i18next.t, 'ko')).toContain('1번째 컴포넌트("LB")의 "x" 항목: 숫자여야 합니다');
  });

  it('keeps a refusal that is not about a field as its own sentence', () => {
    expect(importProblem({ error: { path: '(root)', message: 'The file is not valid JSON.' } }, i18next.t, 'en')).toBe('Not imported: The file is not valid JSON.');
  });
});
