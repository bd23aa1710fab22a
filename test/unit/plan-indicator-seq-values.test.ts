// A 序号 table one cell per line where a row's target is the next row's number (`2.3` / `3` / `预期性`
// then `3` / `环境信息公开率`): the 3 before the 属性 cell is a value, and the next row still opens at 3.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const TABLE = ['主要指标', '序号', '指标名称', '单位', '2020年', '2025年', '属性', '1', '粮食产量', '万吨', '20', '21', '约束性', '2', '禽蛋总产', '万吨', '2.3', '3', '预期性', '3', '环境信息公开率', '%', '—', '100', '参考性'];

describe('a target equal to the next row’s number', () => {
  it('stays the row’s target, and the next row is read', () => {
    expect(parsePlanText(TABLE.join('\n')).indicators?.map((i) => [i.name, i.target.text, i.attribute])).toEqual([
      ['粮食产量', '21', 'binding'],
      ['禽蛋总产', '3', 'expected'],
      ['环境信息公开率', '100', 'reference'],
    ]);
  });
});
