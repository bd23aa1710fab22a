// Indicator table shapes a fresh held-out batch (151+) and the list point to (issue 15 §7):
// three value columns (2020年 | 2022年 | 2025年, 基期值 | 中期目标 | 规划目标), a 类别 cell printed on the
// first row of its group only, a caption above a header spaced out with wide gaps, names that hold an
// attribute word (人均预期寿命), and 指标类型 for 属性. Made-up examples in those shapes.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string, string, string, string, string | null][] =>
  (parsePlanText(text).indicators ?? []).map((i) => [i.category, i.name, i.unit, i.baseline.text, i.target.text, i.attribute]);

describe('three value columns', () => {
  it('takes the plan period’s end as the target, not the interim year', () => {
    const text = ['指标', '单位', '2020年', '2023年', '2025年', '属性', '建成区绿地率', '%', '36', '38', '40', '约束性'].join('\n');
    expect(read(text)).toEqual([['', '建成区绿地率', '%', '36', '40', 'binding']]);
  });

  it('keeps a long-range 2035 column as the outlook, not the target', () => {
    const text = ['指标 | 2020年 | 2025年 | 2035年 | 属性 |', '农村自来水普及率(%) | 88 | 95 | 99 | 预期性 |'].join('\n');
    expect(read(text)).toEqual([['', '农村自来水普及率', '%', '88', '95', 'expected']]);
  });

  it('reads 基期值 | 中期目标 | 规划目标 with the interim target kept aside', () => {
    const text = ['指标名称    单位    基期值    中期目标    规划目标    属性', '污水集中收集率    %    60    68    75    约束性'].join('\n');
    expect(read(text)).toEqual([['', '污水集中收集率', '%', '60', '75', 'binding']]);
  });
});

describe('a 类别 cell on the first row of its group only', () => {
  it('in rows apart by wide gaps, carries the group down to the rows without it', () => {
    const text = [
      '类别      指标            单位    2020年    2025年    属性',
      '创新驱动  研发投入强度    %       2.1       2.8       预期性',
      '          高新技术企业数  家      120       200       预期性',
      '民生福祉  人均预期寿命    岁      78.2      79        预期性',
    ].join('\n');
    expect(read(text).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['创新驱动', '研发投入强度', '2.8'],
      ['创新驱动', '高新技术企业数', '200'],
      ['民生福祉', '人均预期寿命', '79'],
    ]);
  });

  it('in bar rows, reads a name holding 预期 as a name, not as the row’s 属性 cell', () => {
    const text = ['类别 | 指标 | 单位 | 2020年 | 2025年 | 属性 |', '民生福祉 | 城镇新增就业 | 万人 | 1.2 | 1.5 | 预期性 |', '| 人均预期寿命 | 岁 | 78 | 79 | 预期性 |'].join('\n');
    expect(read(text)[1]).toEqual(['民生福祉', '人均预期寿命', '岁', '78', '79', 'expected']);
  });

  it('one cell per line, takes the group cell before a name holding 预期', () => {
    const text = ['类别', '指标', '2020年', '2025年', '属性', '民生福祉', '人均预期寿命(岁)', '78', '79', '预期性', '城镇新增就业(万人)', '1.2', '1.5', '预期性'].join('\n');
    expect(read(text).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['民生福祉', '人均预期寿命', '79'],
      ['民生福祉', '城镇新增就业', '1.5'],
    ]);
  });
});

describe('headers', () => {
  it('a caption naming the table above a header spaced out with wide gaps is no column of it', () => {
    const text = ['“十四五”主要指标', '指  标                 单位      2020年      2025年      属性', '地区生产总值           亿元      300         420         预期性'].join('\n');
    expect(read(text)).toEqual([['', '地区生产总值', '亿元', '300', '420', 'expected']]);
  });

  it('reads 指标类型 as the 属性 column', () => {
    const text = ['序号', '指标名称', '单位', '现状值', '目标值', '指标类型', '1', '森林覆盖率', '%', '40', '43', '约束性', '2', '湿地保护率', '%', '50', '55', '预期性'].join('\n');
    expect(read(text).map((r) => [r[1], r[4], r[5]])).toEqual([
      ['森林覆盖率', '43', 'binding'],
      ['湿地保护率', '55', 'expected'],
    ]);
  });
});
