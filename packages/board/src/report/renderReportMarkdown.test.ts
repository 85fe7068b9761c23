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
    expect(md).toMatch(/\| Slowest request path \| [\d.]+ ms \(.+ → .+\) \|/);
    expect(md).toMatch(/\| Cost per month \| \$[\d,.]+/);
    expect(md).toBe(renderReportMarkdown(board, result, { imageUrl: 'board (1).png' }));
  });

  it('speaks Korean when asked, naming components by label', () => {
    const md = renderReportMarkdown(board, report(board, { lang: 'ko' }), { lang: 'ko' });
    expect(md).toContain('## 검사 결과');
    expect(md).toContain('| 일간 능동 사용자(DAU) |');
    expect(md).toContain('| 경고 | `vertical-scaling-limit` | "server" | "server": 서버 한 대를 코어 96개, 메모리 768 GB까지 스케일 업해');
    expect(md).toMatch(/\| 월 비용 \| \$/);
    expect(md).not.toMatch(/Findings|Daily active users|Cost per month/);
  });

  it('keeps hostile titles and labels from breaking the table or injecting markup', () => {
    const hostile = { ...board, title: '<img src=x>\n# hi | there' };
    const md = renderReportMarkdown(hostile, { ...report(hostile), findings: [{ rule: 'r', severity: 'error', nodes: [], message: 'a | b\nc', fix: 'f' }] });
    expect(md.split('\n')[0]).toBe('# \\<img src=x\\> \\# hi | there');
    expect(md).toContain('| a \\| b c |');
  });
});
