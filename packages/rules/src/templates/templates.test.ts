import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate/estimate';
import { parseBoard } from '../parseBoard';
import { availability } from '../availability/availability';
import { report, reportWithAvailability } from '../report';
import { CHAPTER_1 } from './chapter1';
import { TEMPLATES, templateOf } from './index';
import { TWITTER } from './twitter';

const findingsOf = (i: number) => report(CHAPTER_1[i]!.board).findings.map((f) => `${f.rule}:${f.nodes.join('+')}`);
const count = (i: number, rule: string) => report(CHAPTER_1[i]!.board).findings.filter((f) => f.rule === rule).length;

describe('templates', () => {
  it('are valid scaleboard/v1 files with unique ids', () => {
    for (const t of TEMPLATES) expect(parseBoard(JSON.parse(JSON.stringify(t.board))).ok).toBe(true);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    expect(templateOf('twitter-estimate')).toBe(TWITTER);
  });

  it('walk the chapter-1 progression with the findings the book warns about', () => {
    expect(CHAPTER_1.map((_, i) => findingsOf(i))).toEqual([
      ['single-point-of-failure:server', 'vertical-scaling-limit:server'],
      ['single-point-of-failure:db', 'single-point-of-failure:web'],
      ['single-point-of-failure:db', 'stateful-web-tier:web1', 'stateful-web-tier:web2'],
      ['over-capacity:replica1', 'over-capacity:replica2', 'stateful-web-tier:web1', 'stateful-web-tier:web2'],
      ['stateful-web-tier:web1', 'stateful-web-tier:web2'],
      ['stateful-web-tier:web1', 'stateful-web-tier:web2'],
      [],
      [],
    ]);
  });

  it('each step fixes what its predecessor was warned about, as it claims', () => {
    for (let i = 1; i < CHAPTER_1.length; i++) {
      for (const rule of CHAPTER_1[i]!.fixes) expect(count(i, rule), `${CHAPTER_1[i]!.id} fixes ${rule}`).toBeLessThan(count(i - 1, rule));
    }
  });

  it('the final chapter-1 architecture and the Twitter board have no finding at all', () => {
    expect(report(CHAPTER_1[CHAPTER_1.length - 1]!.board).findings).toEqual([]);
    expect(report(TWITTER.board).findings).toEqual([]);
  });

  it('the Twitter board carries the note\'s estimate', () => {
    const e = estimate(TWITTER.board.assumptions);
    expect(e.dailyActiveUsers).toBe(150_000_000);
    expect(e.mediaStorageTotalBytes).toBe(54.75e15);
  });
});

describe('reportWithAvailability', () => {
  it('is report() and availability() of the same board, for every template', () => {
    for (const { board } of TEMPLATES) {
      expect(reportWithAvailability(board)).toEqual({ ...report(board), availability: availability(board) });
    }
  });
});
