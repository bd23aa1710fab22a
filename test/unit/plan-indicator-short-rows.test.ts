// Indicator tables flattened one cell per line whose rows are shorter than the header (issue 15 §7,
// held-out batch 151+): merged cells kept only in the first row of their span, a group cell printed on
// the first row of its group under a header with no 类别 word, an empty 备注 cell the flattening dropped,
// and a last numbered row the page cut off. Made-up examples in those shapes.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

type Read = [string, string, string, string, string | null, string];
const read = (text: string): Read[] =>
  (parsePlanText(text).indicators ?? []).map((i) => [i.category, i.name, i.target.text, i.achieved?.text ?? '', i.attribute, i.owner]);

// 项目 / 分值 / 目标任务 / 考核单位: the 目标任务 and 考核单位 cells merged down over two rows, the group cell
// (经济运行, 社会民生) printed once per group, the same group printed again after a page break.
const ASSESSMENT = [
  '某县2019年度目标任务分解表',
  '项 目',
  '分值',
  '目标任务',
  '考核单位',
  '经济运行',
  '农业总产值增长率',
  '4',
  '年终按全市平均水平考核',
  '县农业农村局县统计局',
  '林业总产值增长率',
  '2',
  '旅游接待人次',
  '2',
  '320',
  '县文旅局',
  '旅游综合收入',
  '1',
  '28.5',
  '经济运行',
  '招商引资到位资金',
  '3',
  '45',
  '县商务局',
  '社会民生',
  '新增城镇就业人数',
  '1',
  '3200',
  '县人社局',
].join('\n');

describe('a one-cell-per-line table with merged cells', () => {
  it('reads each row at its own length and carries the merged target and unit down', () => {
    expect(read(ASSESSMENT)).toEqual([
      ['经济运行', '农业总产值增长率', '年终按全市平均水平考核', '', null, '县农业农村局县统计局'],
      ['经济运行', '林业总产值增长率', '年终按全市平均水平考核', '', null, '县农业农村局县统计局'],
      ['经济运行', '旅游接待人次', '320', '', null, '县文旅局'],
      ['经济运行', '旅游综合收入', '28.5', '', null, '县文旅局'],
      ['经济运行', '招商引资到位资金', '45', '', null, '县商务局'],
      ['社会民生', '新增城镇就业人数', '3200', '', null, '县人社局'],
    ]);
  });
});

// 指标名称 / 预期目标 / 实际完成 / 备注 with a 备注 cell left empty (its blank line gone) and the page cut
// after the name of row 4.
const PROGRESS = [
  '表2:2023年主要指标完成情况',
  '指标名称',
  '预期目标',
  '实际完成',
  '备注',
  '一、经济发展',
  '1.地区生产总值',
  '增长7%左右',
  '增长6.1%',
  '980亿元',
  '2.人均可支配收入',
  '增长6%',
  '增长5.2%',
  '3.规上工业增加值',
  '增长8%',
  '增长9.3%',
  '412亿元',
  '4.进出口总额',
].join('\n');

describe('a one-cell-per-line table with an empty cell dropped', () => {
  it('ends a row at the next numbered name, so later rows keep their columns', () => {
    expect(read(PROGRESS).slice(0, 3)).toEqual([
      ['经济发展', '地区生产总值', '增长7%左右', '增长6.1%', null, ''],
      ['经济发展', '人均可支配收入', '增长6%', '增长5.2%', null, ''],
      ['经济发展', '规上工业增加值', '增长8%', '增长9.3%', null, ''],
    ]);
  });

  it('keeps the cut-off last row as a name with no values, not as a task', () => {
    const plan = parsePlanText(PROGRESS);
    expect(read(PROGRESS)[3]).toEqual(['经济发展', '进出口总额', '', '', null, '']);
    expect(plan.tasks.map((t) => t.title)).not.toContain('进出口总额');
  });
});

describe('a full-width row whose text target is followed by a none mark', () => {
  it('stays one row (a `/` after a text target is its own empty cell)', () => {
    const text = ['指标', '2015年', '2020年', '年均增长(%)', '属性', '空气优良天数比例(%)', '80.1', '完成省下达任务', '/', '约束性', '森林覆盖率(%)', '40', '42', '/', '约束性'].join('\n');
    expect(read(text).map((r) => [r[1], r[2], r[4]])).toEqual([
      ['空气优良天数比例', '完成省下达任务', 'binding'],
      ['森林覆盖率', '42', 'binding'],
    ]);
  });
});
