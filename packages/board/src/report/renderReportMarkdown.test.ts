import { describe, expect, it } from 'vitest';
import { CHAPTER_1, report } from '@scaleboard/rules';
import { renderReportMarkdown } from './renderReportMarkdown';

describe('renderReportMarkdown', () => {
  const board = CHAPTER_1[0]!.board;

  it('has the picture, one table row per finding and the estimate', () => {
    const result = report(board);
    const md = renderReportMarkdown(board, result, { imageUrl: 'board (1).png' });
    expect(md).toContain('![1. Single server](board%20%281%29.png)');
    for (const f of result.findings) expect(md).toContain(`\`${f.rule}\``);
    expect(md).toContain('| Daily active users |');
    expect(md).toBe(renderReportMarkdown(board, result, { imageUrl: 'board (1).png' }));
  });

  it('keeps hostile titles and labels from breaking the table or injecting markup', () => {
    const hostile = { ...board, title: '<img src=x>\n# hi | there' };
    const md = renderReportMarkdown(hostile, { ...report(hostile), findings: [{ rule: 'r', severity: 'error', nodes: [], message: 'a | b\nc', fix: 'f' }] });
    expect(md.split('\n')[0]).toBe('# \\<img src=x\\> \\# hi | there');
    expect(md).toContain('| a \\| b c |');
  });
});
