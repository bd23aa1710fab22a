// The Excel export re-read with ExcelJS (layout, light colours, frozen header, A4 landscape), then
// converted to PDF by LibreOffice headless where soffice is installed (skipped with its reason otherwise).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TASK_COLUMNS } from '../../shared/plan/task-columns.js';
import { lightColour } from '../../shared/reports/rules.js';
import { writeFixture, writeQualityFixture, type QualityFixture } from '../helpers/report-fixtures.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

let t: TempBackend;
let f: QualityFixture;

beforeEach(() => {
  t = makeTempBackend({ withDemo: false });
  f = writeQualityFixture(t.backend);
});
afterEach(() => t.cleanup());

const readBook = async (base64: string): Promise<ExcelJS.Workbook> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return book;
};

const rowValues = (sheet: ExcelJS.Worksheet, n: number): unknown[] => (sheet.getRow(n).values as unknown[]).slice(1);

const fillOf = (cell: ExcelJS.Cell): string | undefined =>
  cell.fill?.type === 'pattern' ? (cell.fill.fgColor as { argb?: string } | undefined)?.argb : undefined;

describe('export-xlsx', () => {
  test('the decomposition table followed by this period’s columns, the light as a cell colour', async () => {
    const file = await t.backend['reports.exportXlsx']({ periodId: '2026-Q3' });
    expect(file.fileName).toBe('质量提升行动方案-2026年第三季度进展情况.xlsx');
    const book = await readBook(file.dataBase64);
    expect(book.worksheets.map((s) => s.name)).toEqual(['任务进展', '指标', '催报催办']);
    const sheet = book.getWorksheet('任务进展');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('质量提升行动方案 工作任务进展情况表');
    // The decomposition table's columns come from the one list (shared/plan/task-columns.ts), so a new
    // built-in column needs no change here; the cells below are found by their header.
    const headers = rowValues(sheet, 3);
    expect(headers).toEqual([...TASK_COLUMNS.map((c) => c.header), '状态', '完成进度', '进展情况', '存在问题', '下一步计划', '亮灯']);
    expect(headers.slice(0, 6)).toEqual(['序号', '工作任务', '主要内容', '牵头部门', '参与部门', '完成时限']);
    const col = (header: string): number => headers.indexOf(header) + 1;
    // Row 4 is the first section heading, then tasks 1 and 2; row 7 the second section.
    expect(sheet.getCell('A4').value).toBe('一、提升产品质量');
    expect(rowValues(sheet, 5).slice(0, 6)).toEqual(['1', '开展质量对标提升行动', '', '市商务局', '市农业农村局、市财政局', '2026年底前']);
    expect([col('状态'), col('完成进度')].map((c) => sheet.getRow(5).getCell(c).value)).toEqual(['正常推进', 0.6]);
    const t2 = sheet.getRow(6);
    expect(t2.getCell(col('存在问题')).value).toBe('追溯平台建设资金未到位');
    expect(t2.getCell(col('亮灯')).value).toBe('红灯');
    expect(fillOf(t2.getCell(col('亮灯')))).toBe(`FF${lightColour.red.slice(1)}`);
    expect(fillOf(sheet.getRow(5).getCell(col('亮灯')))).toBe(`FF${lightColour.yellow.slice(1)}`);
    expect(sheet.getRow(5).getCell(col('完成进度')).numFmt).toBe('0%');
    expect(sheet.getRow(5).getCell(col('进展情况')).alignment?.wrapText).toBe(true);
    expect(sheet.getCell('A7').value).toBe('二、强化质量基础');
    expect(sheet.getRow(9).getCell(col('状态')).value).toBe('未报送');
    expect(sheet.rowCount).toBe(10);
  });

  test('frozen header, A4 landscape fitted to the page width, header row repeated on each page', async () => {
    const book = await readBook((await t.backend['reports.exportXlsx']({ periodId: '2026-Q3' })).dataBase64);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.pageSetup.printTitlesRow).toBe('3:3');
    }
  });

  test('the indicator sheet: baseline, target, latest value and attainment', async () => {
    const book = await readBook((await t.backend['reports.exportXlsx']({ periodId: '2026-Q3' })).dataBase64);
    const sheet = book.getWorksheet('指标');
    if (!sheet) throw new Error('no sheet');
    expect(rowValues(sheet, 3)).toEqual(['序号', '类别', '指标名称', '单位', '属性', '基期值', '目标值', '最新值', '填报期', '达标情况', '完成率', '责任单位']);
    expect(rowValues(sheet, 4)).toEqual([1, '产品质量', '产品质量监督抽查合格率', '%', '约束性', '95', '≥97', '96', '2026-Q3', '未达标(完成目标的 99%)', 0.99, '市商务局']);
    expect(sheet.getRow(6).getCell(10).value).toBe('已达标');
    expect(sheet.getRow(7).getCell(8).value).toBe('');
    expect(sheet.rowCount).toBe(7);
  });

  test('the chase sheet: units that owe reports with their contacts, then tasks by deadline', async () => {
    const book = await readBook((await t.backend['reports.exportXlsx']({ periodId: '2026-Q3' })).dataBase64);
    const sheet = book.getWorksheet('催报催办');
    if (!sheet) throw new Error('no sheet');
    expect(rowValues(sheet, 4)).toEqual(['催报', '市财政局', '未报 2 项', '应报 2 项', '已逾期 48 天', '市财政局', '', '赵六 0759-4444444']);
    expect(sheet.getRow(6).getCell(1).value).toBe('逾期未办');
    expect(sheet.getRow(6).getCell(5).value).toBe('逾期 145 天');
    expect(sheet.getRow(8).getCell(1).value).toBe('逾期已办');
  });

  test('a plan with no indicators and no tasks still gives a readable file', async () => {
    const empty = writeFixture(t.backend, (w) => w.plan({ title: '空规划', importedAt: '2026-01-01T00:00:00+08:00' }));
    const book = await readBook((await t.backend['reports.exportXlsx']({ planId: empty })).dataBase64);
    expect(book.getWorksheet('任务进展')?.getCell('A4').value).toBe('本规划尚无任务');
    expect(book.getWorksheet('指标')?.getCell('A4').value).toBe('本规划未设置指标');
    expect(f.planId).not.toBe(empty);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
  test('LibreOffice headless converts it to PDF', async (ctx) => {
    ctx.skip(soffice === null, 'LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc to check the .xlsx converts to PDF');
    const file = await t.backend['reports.exportXlsx']({ periodId: '2026-Q3' });
    const xlsx = join(t.dir, 'export.xlsx');
    writeFileSync(xlsx, Buffer.from(file.dataBase64, 'base64'));
    const run = spawnSync(soffice ?? '', ['--headless', `-env:UserInstallation=file://${join(t.dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', t.dir, xlsx], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const pdf = readFileSync(join(t.dir, 'export.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
