// Number formats an indicator sheet uses that Excel prints differently from the stored number: thousands
// (`#,##0,` shows 12,500,000 as 12,500; `0.0,,` in millions), scientific (`0.00E+00`), and a negative
// figure (a decline written -4.6) read as a bound. The preview must show what Excel shows.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readPlanFile } from '../../db/plans/read-document.js';
import { parsePlanDocument } from '../../shared/plan/document.js';
import { parseTarget } from '../../shared/plan/target.js';

describe('an indicator sheet with scaled and scientific formats', () => {
  it('shows the figures as Excel shows them', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('指标');
    s.addRow(['指标名称', '单位', '2020年', '2025年', '属性']);
    s.addRow(['地区生产总值', '千元', 98765432, 125000000, '预期性']);
    s.addRow(['进出口总额', '百万元', 1234567, 2500000, '预期性']);
    s.addRow(['研发经费', '元', 12345.678, 0.000123, '预期性']);
    for (const c of ['C2', 'D2']) s.getCell(c).numFmt = '#,##0,';
    for (const c of ['C3', 'D3']) s.getCell(c).numFmt = '0.0,,';
    for (const c of ['C4', 'D4']) s.getCell(c).numFmt = '0.00E+00';
    const doc = (await readPlanFile(new Uint8Array(await wb.xlsx.writeBuffer()), '指标.xlsx')).doc;
    const indicators = parsePlanDocument(doc).indicators ?? [];
    expect(indicators.map((i) => [i.name, i.baseline.text, i.target.text, i.target.low])).toEqual([
      ['地区生产总值', '98,765', '125,000', 125000],
      ['进出口总额', '1.2', '2.5', 2.5],
      ['研发经费', '1.23E+04', '1.23E-04', 0.000123],
    ]);
  });
  it('reads a negative figure as a bound, with the signs Word and full-width input print', () => {
    expect(['-4.6%', '−3', '≤-2', '-0.5以上'].map((t) => [parseTarget(t).comparator, parseTarget(t).low, parseTarget(t).high])).toEqual([
      ['=', -4.6, -4.6],
      ['=', -3, -3],
      ['<=', null, -2],
      ['>=', -0.5, null],
    ]);
  });
});
