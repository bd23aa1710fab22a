// A workbook of indicators with one sheet per group (经济发展, 民生福祉), each sheet a table with no 类别 column:
// the sheet's name is the group of its rows. Excel's own names (Sheet1) and a lone table's sheet name say nothing.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readPlanFile } from '../../db/plans/read-document.js';
import { parsePlanDocument } from '../../shared/plan/document.js';

const workbook = async (sheets: [string, (string | number)[][]][]): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const s = wb.addWorksheet(name);
    for (const r of rows) s.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

const read = async (bytes: Uint8Array): Promise<[string, string, string][]> => {
  const doc = (await readPlanFile(bytes, '指标.xlsx')).doc;
  return (parsePlanDocument(doc).indicators ?? []).map((i) => [i.category, i.name, i.target.text]);
};

const HEADER = ['指标名称', '单位', '2020年', '2025年', '属性'];

describe('indicator sheets named for their groups', () => {
  it('takes each sheet name as the group of its rows', async () => {
    const bytes = await workbook([
      ['经济发展', [HEADER, ['地区生产总值', '亿元', 320, 450, '预期性']]],
      ['民生福祉', [HEADER, ['城镇调查失业率', '%', 4.8, '<5.5', '预期性'], ['人均预期寿命', '岁', 78.5, 79.5, '预期性']]],
    ]);
    expect(await read(bytes)).toEqual([
      ['经济发展', '地区生产总值', '450'],
      ['民生福祉', '城镇调查失业率', '<5.5'],
      ['民生福祉', '人均预期寿命', '79.5'],
    ]);
  });

  it('keeps a 类别 column over the sheet name, and leaves Excel-named sheets and a lone table alone', async () => {
    const withColumn = await workbook([
      ['经济发展', [['类别', ...HEADER], ['综合实力', '地区生产总值', '亿元', 320, 450, '预期性']]],
      ['民生福祉', [HEADER, ['城镇调查失业率', '%', 4.8, '<5.5', '预期性']]],
    ]);
    expect((await read(withColumn)).map((r) => r[0])).toEqual(['综合实力', '民生福祉']);
    const excelNames = await workbook([
      ['Sheet1', [HEADER, ['地区生产总值', '亿元', 320, 450, '预期性']]],
      ['Sheet2', [HEADER, ['城镇调查失业率', '%', 4.8, '<5.5', '预期性']]],
    ]);
    expect((await read(excelNames)).map((r) => r[0])).toEqual(['', '']);
    const lone = await workbook([
      ['封面', [['某县“十四五”规划主要指标']]],
      ['主要指标', [HEADER, ['地区生产总值', '亿元', 320, 450, '预期性']]],
    ]);
    expect((await read(lone)).map((r) => r[0])).toEqual(['']);
  });
});
