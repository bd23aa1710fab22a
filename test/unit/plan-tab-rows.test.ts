// A table copied from a browser or a spreadsheet into a .txt: its cells are apart by tabs, a row per line.
// Most bar readers took tabs already; a table printed sideways did not (the corpus with its `|` rows
// rewritten with tabs read 91% of indicators, now 95%: npx jiti on a probe, see test/corpus/README.md).
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

describe('tab-separated rows in a text file', () => {
  it('reads a decomposition table', () => {
    const text = ['某区2024年重点工作任务分解表', '序号\t工作任务\t牵头单位\t配合单位\t完成时限', '1\t新建口袋公园5个\t区园林局\t各街道\t2024年底', '2\t改造绿道10公里\t区园林局\t区交通局、各街道\t2024年10月'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants, t.deadline?.date ?? null])).toEqual([
      ['新建口袋公园5个', ['区园林局'], ['各街道'], '2024-12-31'],
      ['改造绿道10公里', ['区园林局'], ['区交通局', '各街道'], '2024-10-31'],
    ]);
  });

  it('reads an indicator table', () => {
    const text = ['主要指标', '指标\t单位\t2020年\t2025年\t属性', '城市绿化覆盖率\t%\t40\t43\t约束性', '公交出行分担率\t%\t35\t≥45\t预期性'].join('\n');
    expect(parsePlanText(text).indicators?.map((i) => [i.name, i.unit, i.baseline.text, i.target.text, i.attribute])).toEqual([
      ['城市绿化覆盖率', '%', '40', '43', 'binding'],
      ['公交出行分担率', '%', '35', '≥45', 'expected'],
    ]);
  });

  it('reads an indicator table printed sideways (names in a row, targets and 属性 in the rows under it)', () => {
    const text = ['乡村振兴主要指标', '主 要 指 标\t粮食综合生产能力\t农业科技进步贡献率\t农业劳动生产率', '2022 年 目 标 值\t>6亿吨\t61.5%\t5.5万元/人', '属 性\t约束性\t预期性\t预期性'].join('\n');
    expect(parsePlanText(text).indicators?.map((i) => [i.name, i.target.text, i.attribute])).toEqual([
      ['粮食综合生产能力', '>6亿吨', 'binding'],
      ['农业科技进步贡献率', '61.5%', 'expected'],
      ['农业劳动生产率', '5.5万元/人', 'expected'],
    ]);
  });

  it('leaves an indented paragraph and a label with its value alone', () => {
    const plan = parsePlanText(['一、重点任务', '\t\t1.新建口袋公园5个。(牵头单位:区园林局)', '完成时限\t2024年底前'].join('\n'));
    expect(plan.tasks.map((t) => [t.title, t.leads])).toEqual([['新建口袋公园5个', ['区园林局']]]);
  });
});
