// Excel tables as clerks fill them: real dates and serial dates under a date format, percent and
// thousands formats, formulas with cached results, rich text, Alt+Enter breaks, a title block above the
// header, hidden columns and sheets, a note under the table, several sheets. The preview must show what
// Excel shows (95%, 12,500, 2026年6月30日), and a date must land as a deadline.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readPlanFile } from '../../db/plans/read-document.js';
import { parsePlanDocument, type PlanDocument } from '../../shared/plan/document.js';

const read = async (build: (wb: ExcelJS.Workbook) => void): Promise<PlanDocument> => {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return (await readPlanFile(new Uint8Array(await wb.xlsx.writeBuffer()), '分解表.xlsx')).doc;
};

const tableRows = (doc: PlanDocument): string[][] => doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells) : []));
const lines = (doc: PlanDocument): string[] => doc.blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : []));

describe('an .xlsx as Excel writes it', () => {
  it('reads real dates, serial dates and custom date formats as Chinese dates that parse as deadlines', async () => {
    const doc = await read((wb) => {
      const s = wb.addWorksheet('分解表');
      s.addRow(['工作任务', '牵头单位', '完成时限']);
      s.addRow(['新建公园3处。', '区园林局', new Date(Date.UTC(2026, 5, 30))]);
      s.addRow(['改造老旧小区。', '区住建局', new Date(Date.UTC(2026, 8, 15))]);
      s.addRow(['修建绿道。', '区交通局', 46387]);
      s.addRow(['整治河道。', '区水务局', new Date(Date.UTC(2026, 10, 1))]);
      s.getCell('C3').numFmt = 'yyyy"年"m"月"d"日"';
      s.getCell('C4').numFmt = 'yyyy/m/d';
      s.getCell('C5').numFmt = 'yyyy"年"m"月"';
    });
    expect(tableRows(doc).map((r) => r[2])).toEqual(['完成时限', '2026年6月30日', '2026年9月15日', '2026年12月31日', '2026年11月']);
    const tasks = parsePlanDocument(doc).tasks;
    expect(tasks.map((t) => [t.deadlineText, t.deadline?.date])).toEqual([
      ['2026年6月30日', '2026-06-30'],
      ['2026年9月15日', '2026-09-15'],
      ['2026年12月31日', '2026-12-31'],
      ['2026年11月', '2026-11-30'],
    ]);
  });

  it('reads dates in Chinese Excel’s built-in formats (numbers 31, 57, 58 the file does not define) as dates', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('分解表');
    s.addRow(['工作任务', '牵头单位', '完成时限']);
    s.addRow(['新建公园3处。', '区园林局', 46203]);
    s.addRow(['改造老旧小区。', '区住建局', 46203]);
    s.addRow(['修建绿道。', '区交通局', 46203]);
    s.getCell('C2').numFmt = 'yyyy"年"m"月"d"日"';
    s.getCell('C3').numFmt = 'yyyy"年"m"月"';
    s.getCell('C4').numFmt = 'm"月"d"日"';
    // As Chinese Excel and WPS save them: the cell formats name built-in numbers, with no numFmt entries.
    const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    const ids = ['31', '57', '58'];
    let n = 0;
    files['xl/styles.xml'] = strToU8(
      strFromU8(files['xl/styles.xml'] ?? new Uint8Array())
        .replace(/<numFmts[\s\S]*?<\/numFmts>/, '')
        .replace(/numFmtId="16[4-6]"/g, () => `numFmtId="${ids[n++] ?? '14'}"`),
    );
    const doc = (await readPlanFile(zipSync(files), '分解表.xlsx')).doc;
    expect(tableRows(doc).slice(1).map((r) => r[2])).toEqual(['2026年6月30日', '2026年6月', '2026年6月30日']);
    expect(parsePlanDocument(doc).tasks.map((t) => t.deadline?.date)).toEqual(['2026-06-30', '2026-06-30', '2026-06-30']);
  });

  it('shows percents, thousands separators, fixed decimals and formula results as Excel does', async () => {
    const doc = await read((wb) => {
      const s = wb.addWorksheet('指标');
      s.addRow(['指标名称', '单位', '2025年目标值', '属性']);
      s.addRow(['城镇登记失业率', '%', 0.045, '预期性']);
      s.addRow(['森林覆盖率', '%', { formula: 'B9/B10', result: 0.6 }, '约束性']);
      s.addRow(['新增就业人数', '人', 12500, '预期性']);
      s.addRow(['人均公园绿地面积', '平方米', { formula: '0.1+0.2', result: 0.30000000000000004 }, '约束性']);
      s.addRow(['固定资产投资', '亿元', 1234.5, '预期性']);
      s.addRow(['绿色建筑占比', '%', 0.95, '约束性']);
      s.addRow(['财政投入', '万元', 12500, '预期性']);
      s.addRow(['一般公共预算收入增长', '%', -0.046, '预期性']);
      s.getCell('C2').numFmt = '0.0%';
      s.getCell('C3').numFmt = '0%';
      s.getCell('C4').numFmt = '#,##0';
      s.getCell('C6').numFmt = '#,##0.00';
      s.getCell('C7').numFmt = '"≥"0%';
      s.getCell('C8').numFmt = '#,##0"万元"';
      s.getCell('C9').numFmt = '0.0%;[Red]-0.0%';
    });
    expect(tableRows(doc).slice(1).map((r) => r[2])).toEqual(['4.5%', '60%', '12,500', '0.3', '1,234.50', '≥95%', '12,500万元', '-4.6%']);
    const indicators = parsePlanDocument(doc).indicators;
    expect((indicators ?? []).map((i) => [i.name, i.target.text, i.target.low])).toEqual([
      ['城镇登记失业率', '4.5%', 4.5],
      ['森林覆盖率', '60%', 60],
      ['新增就业人数', '12,500', 12500],
      ['人均公园绿地面积', '0.3', 0.3],
      ['固定资产投资', '1,234.50', 1234.5],
      ['绿色建筑占比', '≥95%', 95],
      ['财政投入', '12,500万元', 12500],
      // Shown as Excel shows it, and a negative figure is a bound like any other (target.ts).
      ['一般公共预算收入增长', '-4.6%', -4.6],
    ]);
  });

  it('reads rich-text runs and Alt+Enter breaks, skips hidden columns and sheets, keeps hidden rows', async () => {
    const doc = await read((wb) => {
      const lists = wb.addWorksheet('下拉选项');
      lists.addRow(['工作任务', '牵头单位']);
      lists.addRow(['旧任务。', '区旧局']);
      lists.state = 'hidden';
      const s = wb.addWorksheet('分解表');
      s.addRow(['工作任务', '查找键', '牵头单位', '配合单位']);
      s.addRow([{ richText: [{ text: '改造', font: { bold: true } }, { text: '老旧小区12个。', font: { name: '仿宋_GB2312' } }] }, 'K1', '区住建局', '区财政局\n各街道']);
      s.addRow(['新建公园3处。', 'K2', '区园林局', '']);
      s.getColumn(2).hidden = true;
      s.getRow(3).hidden = true;
    });
    expect(tableRows(doc)).toEqual([
      ['工作任务', '牵头单位', '配合单位'],
      ['改造老旧小区12个。', '区住建局', '区财政局\n各街道'],
      ['新建公园3处。', '区园林局', ''],
    ]);
    expect(parsePlanDocument(doc).tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['改造老旧小区12个', ['区住建局'], ['区财政局', '各街道']],
      ['新建公园3处', ['区园林局'], []],
    ]);
  });

  it('reads the title block above the header as lines and a 注 row under the table as a line, not a row', async () => {
    const doc = await read((wb) => {
      wb.addWorksheet('说明').addRow(['本表由区督查室汇总,请勿改动表头。']);
      const s = wb.addWorksheet('附件1');
      s.addRow(['附件1']);
      s.addRow(['2026年重点工作任务分解表']);
      s.addRow([]);
      s.addRow(['', '序号', '工作任务', '牵头单位', '配合单位']);
      s.addRow(['', '一、城市建设类']);
      s.addRow(['', 1, '新建公园3处。', '区园林局', '区财政局']);
      s.addRow(['', 2, '改造老旧小区12个。', '区住建局', '各街道']);
      s.addRow(['', 3, '修建绿道5公里。', '', '区交通局']);
      s.addRow(['', '', '建成口袋公园2个。']);
      s.addRow(['注:各单位每月5日前报送进展。']);
      s.addRow(['填表人:王五']);
      s.mergeCells('B5:E5');
      s.mergeCells('D7:D8');
      const s2 = wb.addWorksheet('附件2');
      s2.addRow(['序号', '工作任务', '牵头单位', '配合单位']);
      s2.addRow([1, '建成社区食堂10个。', '区民政局', '各街道']);
    });
    expect(lines(doc)).toEqual(['附件1', '2026年重点工作任务分解表', '注:各单位每月5日前报送进展。', '填表人:王五']);
    const plan = parsePlanDocument(doc);
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['新建公园3处', ['区园林局'], ['区财政局']],
      ['改造老旧小区12个', ['区住建局'], ['各街道']],
      ['修建绿道5公里', ['区住建局'], ['区交通局']],
      ['建成社区食堂10个', ['区民政局'], ['各街道']],
    ]);
    // A last row with only its task filled stays a table row (listed for the user, not turned into a note).
    expect(plan.unplaced.filter((u) => u.kind === 'unplaced').map((u) => u.text)).toEqual(['建成口袋公园2个。']);
  });

  it('heads each sheet’s tasks with the sheet’s name when the clerk named two or more task sheets', async () => {
    const doc = await read((wb) => {
      for (const [name, tasks] of [['经济发展', [['新建产业园区。', '区发改局'], ['培育规上企业10家。', '区工信局']]], ['民生实事', [['新建幼儿园3所。', '区教育局']]], ['Sheet3', [['整治河道。', '区水务局']]]] as const) {
        const s = wb.addWorksheet(name);
        s.addRow(['序号', '重点任务', '牵头单位']);
        tasks.forEach(([title, lead], n) => s.addRow([n + 1, title, lead]));
      }
    });
    const plan = parsePlanDocument(doc);
    expect((plan.sections ?? []).map((s) => s.title)).toEqual(['经济发展', '民生实事']);
    expect(plan.tasks.map((t) => [t.title, t.leads])).toEqual([
      ['新建产业园区', ['区发改局']],
      ['培育规上企业10家', ['区工信局']],
      ['新建幼儿园3所', ['区教育局']],
      ['整治河道', ['区水务局']],
    ]);
  });
});
