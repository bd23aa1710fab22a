// Indicator tables in shapes the layout matrix's `ind-learned-` layouts write with the corpus's indicators
// (test/corpus/variants/layouts-learned-ind.ts): made-up tables, each failing before its rule.
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../db/plans/read-document.js';
import { parsePlanDocument, parsePlanText } from '../../shared/plan/document.js';
import { makeDocx, makeXlsx, type DocxCell } from '../helpers/plan-files.js';

type Read = [string, string, string, string, string | null];
const readAll = (indicators: ReturnType<typeof parsePlanText>['indicators']): Read[] =>
  (indicators ?? []).map((i) => [i.name, i.unit, i.baseline.text, i.target.text, i.attribute]);

const expected: Read[] = [
  ['森林覆盖率', '%', '45.3', '46.3', 'binding'],
  ['城镇新增就业人数', '万人', '3', '≥3.5', 'expected'],
];

describe('an indicator header over two rows in a real file', () => {
  it('.docx: 目标值 spans 2020年 | 2025年, the other header cells merged down', async () => {
    const down = (text: string): DocxCell => ({ text, vMerge: 'restart' });
    const on: DocxCell = { text: '', vMerge: 'continue' };
    const table: DocxCell[][] = [
      [down('序号'), down('指标'), down('单位'), { text: '目标值', span: 2 }, down('属性')],
      [on, on, on, '2020年', '2025年', on],
      ['1', '森林覆盖率', '%', '45.3', '46.3', '约束性'],
      ['2', '城镇新增就业人数', '万人', '3', '≥3.5', '预期性'],
    ];
    const { doc } = await readPlanFile(Buffer.from(makeDocx(['某县规划', '表1 主要指标', table])), 'plan.docx');
    expect(readAll(parsePlanDocument(doc).indicators)).toEqual(expected);
  });

  it('.xlsx: the same header with Excel merges, the upper row kept inside the table', async () => {
    const rows = [
      ['“十四五”主要指标', '', '', '', '', ''],
      ['序号', '指标', '单位', '目标值', '', '属性'],
      ['', '', '', '2020年', '2025年', ''],
      ['1', '森林覆盖率', '%', '45.3', '46.3', '约束性'],
      ['2', '城镇新增就业人数', '万人', '3', '≥3.5', '预期性'],
    ];
    const bytes = await makeXlsx(rows, ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3']);
    const { doc } = await readPlanFile(Buffer.from(bytes), 'plan.xlsx');
    expect(doc.blocks.filter((b) => b.kind === 'line').map((b) => (b.kind === 'line' ? b.text : ''))).toEqual(['“十四五”主要指标']);
    expect(readAll(parsePlanDocument(doc).indicators)).toEqual(expected);
  });
});

describe('an indicator table one cell per line with an empty baseline left out', () => {
  it('reads the one figure before the 属性 as the target', () => {
    const text = ['表1 主要指标', '序号', '指标', '单位', '2020年', '2025年', '属性', '1', '森林覆盖率', '%', '45.3', '46.3', '约束性', '2', '新建口袋公园数量', '个', '12', '预期性', '二、重点任务'].join('\n');
    expect(readAll(parsePlanText(text).indicators)).toEqual([
      ['森林覆盖率', '%', '45.3', '46.3', 'binding'],
      ['新建口袋公园数量', '个', '', '12', 'expected'],
    ]);
  });
});

describe('an indicator table run into one line under a 序号 column', () => {
  it('cuts the rows at their bare numbers, not at a value equal to the next number', () => {
    const line = '序号 指标 单位 2020年 2025年 属性 1 森林覆盖率 % 45.3 46.3 约束性 2 新建口袋公园数量 个 1 3 预期性 3 城镇新增就业人数 万人 3 ≥3.5 预期性';
    expect(readAll(parsePlanText(['某县规划', '表1 主要指标', line, '二、重点任务'].join('\n')).indicators)).toEqual([
      ['森林覆盖率', '%', '45.3', '46.3', 'binding'],
      ['新建口袋公园数量', '个', '1', '3', 'expected'],
      ['城镇新增就业人数', '万人', '3', '≥3.5', 'expected'],
    ]);
  });
});
