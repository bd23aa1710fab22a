// Shapes of issue 15 (brief H-fix2-tables, held-out 762, 703, 721, 724): tables the reader did not take for
// task tables. Each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = (text: string): [string, string[], string[]][] =>
  parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants]);

describe('a bar table of short work names under an unknown header word, beside a 责任单位 column', () => {
  const text = [
    '某乡2023年度消防安全集中检查工作计划',
    '为做好全年消防安全工作,特制定本计划。',
    '一、集中检查月历',
    '重点检查场所类别 | 检查时间 | 责任单位 |',
    '农贸市场 | 1月份 | 市场监管所 派出所 |',
    '小型加工作坊 | 3月份 | 经发办 |',
    '出租房屋 | 5月份 | 派出所 综治办 |',
    '养老机构 | 7月份 | 社事办 |',
    '乡村旅游点 | 9月份 | 文旅站 经发办 |',
    '二、有关要求',
    '各责任单位要按照时间安排抓好落实。',
  ].join('\n');

  it('reads each name as a task and the spaced names as its units, the first leading', () => {
    expect(rows(text)).toEqual([
      ['农贸市场', ['市场监管所'], ['派出所']],
      ['小型加工作坊', ['经发办'], []],
      ['出租房屋', ['派出所'], ['综治办']],
      ['养老机构', ['社事办'], []],
      ['乡村旅游点', ['文旅站'], ['经发办']],
    ]);
  });
});
