// A division-of-work matrix (分工矩阵): the tasks down the side, a column per unit, the unit's part in each cell.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { titleRowsInferred as rows } from '../helpers/plan-rows.js';

describe('a division-of-work matrix', () => {
  it('reads 牵头/配合 words under the unit columns', () => {
    const text = ['序号 | 重点任务 | 县发改局 | 县财政局 | 县住建局 | 各乡镇 | 完成时限 |', '1 | 推进重大项目建设 | 牵头 | 配合 |  | 配合 | 年底 |', '2 | 推进老旧小区改造 |  | 配合 | 牵头 | 配合 | 长期 |'].join('\n');
    expect(rows(text)).toEqual([
      ['推进重大项目建设', ['县发改局'], ['县财政局', '各乡镇'], false],
      ['推进老旧小区改造', ['县住建局'], ['县财政局', '各乡镇'], false],
    ]);
  });

  it('reads ●/○ marks in tab-separated rows, and a shortened unit name among whole ones', () => {
    const text = ['序号\t工作任务\t市卫健委\t市新闻出版\t市教育局', '1\t开展健康知识进校园\t○\t○\t●', '2\t建设健康宣传阵地\t●\t○\t'].join('\n');
    expect(rows(text)).toEqual([
      ['开展健康知识进校园', ['市教育局'], ['市卫健委', '市新闻出版'], false],
      ['建设健康宣传阵地', ['市卫健委'], ['市新闻出版'], false],
    ]);
  });

  it('reads ticks alone as a bare list: the first ticked unit leads, by inference', () => {
    const text = ['序号 | 工作任务 | 区民政局 | 区卫健局 | 各街道 |', '1 | 建设社区养老服务站 | √ |  | √ |', '2 | 开展老年人健康体检 |  | √ | √ |'].join('\n');
    expect(rows(text)).toEqual([
      ['建设社区养老服务站', ['区民政局'], ['各街道'], true],
      ['开展老年人健康体检', ['区卫健局'], ['各街道'], true],
    ]);
  });

  it('leaves a table whose unit-named columns hold text, not marks, to the other readers', () => {
    const text = ['序号 | 工作任务 | 区民政局 | 区卫健局 |', '1 | 建设社区养老服务站 | 新建三处 | 配合 |'].join('\n');
    expect(parsePlanText(text).tasks.every((t) => t.leads.length === 0)).toBe(true);
  });
});
