// Shapes of issue 15 (brief H-fix12-labels59): unfamiliar labels, unit-headed items, a duty split glued to its
// heading, each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads, participants. */
const rows = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants]);

describe('labels that name the acting and the supervising party', () => {
  it('reads 主体责任 / 整改主体 / 责任主体 as leading and 监督责任 / 监管责任 as taking part', () => {
    const text = [
      '某县创文督查情况通报',
      '● 东城农贸市场门口占道经营,垃圾清运不及时。',
      '(主体责任:东城社区居委会,监督责任:县市场监管局)',
      '● 城北客运站候车厅无公益广告。',
      '【整改主体:县客运公司;监管责任:县交通运输局】',
      '● 各加油站电子屏无创建宣传内容。',
      '(责任主体:各加油站,监管责任:石油、石化公司)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['东城农贸市场门口占道经营', ['东城社区居委会'], ['县市场监管局']],
      ['城北客运站候车厅无公益广告', ['县客运公司'], ['县交通运输局']],
      ['各加油站电子屏无创建宣传内容', ['各加油站'], ['石油公司', '石化公司']],
    ]);
  });

  it('leaves a phrase that ends in the word alone (落实企业主体责任:)', () => {
    const text = ['某镇安全生产工作要点', '一、压实责任', '1.落实企业主体责任:各企业要建立隐患排查台账。', '2.强化部门监管责任:镇安监站每月检查一次。'].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => t.leads)).not.toContainEqual(['各企业要建立隐患排查台账']);
    expect(tasks.flatMap((t) => t.leads)).not.toContain('各企业');
  });
});
