// duban summary / export-xlsx / bulletin on a real database file, as a script would run them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../hosts/cli/main.js';
import type { ReportSummary } from '../../shared/reports/types.js';
import { writeQualityFixture } from '../helpers/report-fixtures.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';
import { suiteClock } from '../helpers/suite-clock.js';

const capture = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await runCli(argv, { clock: suiteClock, out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
};

describe('duban summary / export-xlsx / bulletin', () => {
  let t: TempBackend;
  beforeAll(() => {
    t = makeTempBackend({ withDemo: false });
    writeQualityFixture(t.backend);
    t.backend.close();
  });
  afterAll(() => t.cleanup());

  test('summary --json gives the period figures', async () => {
    const { code, out } = await capture(['summary', '--period', '2026-Q3', '--json', '--db', t.dbPath]);
    expect(code).toBe(0);
    const s = JSON.parse(out) as ReportSummary;
    expect(s.reports.received).toBe(6);
    expect(s.ranking[0]?.name).toBe('市商务局');
  });

  test('summary in Chinese for a person', async () => {
    const { code, out } = await capture(['summary', '--period', '2026-Q3', '--db', t.dbPath]);
    expect(code).toBe(0);
    expect(out).toContain('应报 9 份,已报 6 份(按时 5,逾期 1),未报 3 份');
    expect(out).toContain('红灯 2');
    expect(out).toContain('【约束性】产品质量监督抽查合格率 96(目标 ≥97)');
  });

  test('summary --chase lists the units that still owe the period’s report, in Chinese', async () => {
    const json = await capture(['summary', '--period', '2026-Q3', '--chase', '--json', '--db', t.dbPath]);
    expect(json.code).toBe(0);
    const chase = JSON.parse(json.out) as { departments: { name: string; missing: number }[] };
    expect(chase.departments.reduce((n, d) => n + d.missing, 0)).toBe(3);
    const { code, out } = await capture(['summary', '--period', '2026-Q3', '--chase', '--db', t.dbPath]);
    expect(code).toBe(0);
    expect(out).toContain('催报催办');
    expect(out).toContain(`未报单位 ${chase.departments.length} 个`);
    expect(out).toContain(`${chase.departments[0]?.name} 未报`);
  });

  test('export-xlsx writes a workbook ExcelJS can read', async () => {
    const out = join(t.dir, '进展.xlsx');
    const { code } = await capture(['export-xlsx', '--period', '2026-Q3', '--out', out, '--db', t.dbPath]);
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(book.getWorksheet('任务进展')?.getCell('A3').value).toBe('序号');
  });

  test('refused input exits 2 with a Chinese reason', async () => {
    for (const argv of [['summary', '--period', '2026-Q9'], ['summary', '--period', '2026-M03'], ['export-xlsx', '--period', '2026-Q3']]) {
      const { code, err } = await capture([...argv, '--db', t.dbPath]);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  test('bulletin with a browser that is not there says so in Chinese and writes nothing', async () => {
    const out = join(t.dir, 'no.pdf');
    const { code, err } = await capture(['bulletin', '--period', '2026-Q3', '--out', out, '--db', t.dbPath, '--browser', join(t.dir, 'no-chromium-here')]);
    expect(code).toBe(2);
    expect(err).toContain('--browser 指定的浏览器不存在');
    expect(existsSync(out)).toBe(false);
  });

  // The browser starts while the bulletin is built (bulletin-pdf.ts); the person still reads why the
  // period was refused, as when the bulletin was built before any browser was looked for.
  test('bulletin for a period that does not exist names the period, not the missing browser', async () => {
    const out = join(t.dir, 'no-period.pdf');
    const expected = await capture(['summary', '--period', '2026-Q9', '--db', t.dbPath]);
    const { code, err } = await capture(['bulletin', '--period', '2026-Q9', '--out', out, '--db', t.dbPath, '--browser', join(t.dir, 'no-chromium-here')]);
    expect(code).toBe(2);
    expect(err).toBe(expected.err);
    expect(err).not.toContain('浏览器');
    expect(existsSync(out)).toBe(false);
  });
});
