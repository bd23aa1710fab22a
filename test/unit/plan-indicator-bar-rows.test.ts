// An indicator table printed as `a | b | c |` rows (issue 15 §7): a 类别 cell merged down and left empty
// with its border dropped, and a `其中:` sub-row pairing two indicators' values (`97/95`). Made up.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string, string, string, string, string | null][] =>
  (parsePlanText(text).indicators ?? []).map((i) => [i.category, i.name, i.unit, i.baseline.text, i.target.text, i.attribute]);

const TABLE = [
  '某县“十四五”教育发展规划',
  '类别 | 指  标 | 2020年 | 2025年 | 属  性 |',
  '学前教育 | 学前教育毛入园率(%) | 92 | 95以上 | 预期性 |',
  ' | 普惠性幼儿园覆盖率(%) | 85 | ≥90 | 约束性 |',
  '义务教育 | 九年义务教育巩固率(%) | 96.5 | 97 | 约束性 |',
  ' | 其中:城区/农村(%) | 97/95 | 98/96 | 预期性 |',
].join('\n');

describe('an indicator table as bar rows', () => {
  it('a row one cell short with its 属性 in place lacks its merged 类别 cell, not a value', () => {
    expect(read(TABLE).slice(0, 2)).toEqual([
      ['学前教育', '学前教育毛入园率', '%', '92', '95以上', 'expected'],
      ['学前教育', '普惠性幼儿园覆盖率', '%', '85', '≥90', 'binding'],
    ]);
  });

  it('a 其中 sub-row of paired values is one indicator per name, and nothing is left unread', () => {
    expect(read(TABLE).slice(3)).toEqual([
      ['义务教育', '城区', '%', '97', '98', 'expected'],
      ['义务教育', '农村', '%', '95', '96', 'expected'],
    ]);
    expect(parsePlanText(TABLE).unplaced.filter((u) => u.kind === 'unplaced')).toEqual([]);
  });
});

describe('an indicator table with columns apart by wide gaps and a 序号 column', () => {
  it('takes each row number as its 序号, not as the start of its name', () => {
    const text = [
      '某市“十四五”卫生健康规划主要指标',
      '序号  指    标  单位  2020年  2025年  指标属性',
      '1  人均预期寿命  岁  78.5  79.5  预期性',
      '2  每千人口执业(助理)医师数  人  2.9  3.4  预期性',
      '3  其中:中医类别  人  0.4  0.6  预期性',
    ].join('\n');
    expect(read(text).map(([, name, unit, baseline, target]) => [name, unit, baseline, target])).toEqual([
      ['人均预期寿命', '岁', '78.5', '79.5'],
      ['每千人口执业(助理)医师数', '人', '2.9', '3.4'],
      ['中医类别', '人', '0.4', '0.6'],
    ]);
  });
});
