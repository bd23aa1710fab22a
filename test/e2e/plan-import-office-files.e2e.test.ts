// Word and Excel files as offices really make them, through the import preview in Chromium: what the
// preview shows must be what Excel or Word shows (dates, percents, decimals, units), and a date a clerk
// typed into Excel must land as the task's deadline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';

const app = serveAppForTests({ withDemo: false });

const corpusFile = (name: string): Buffer => readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', name));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const openImport = async (): Promise<Page> => {
  const page = await newPage(app().browser);
  await page.goto(app().host.url);
  await page.getByRole('button', { name: '导入规划' }).click();
  return page;
};

/** A clerk's workbook: a title block above the header, real Excel dates, percent targets on a second sheet. */
const clerkWorkbook = async (): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  const tasks = wb.addWorksheet('附件1');
  tasks.addRow(['2026年重点工作任务分解表']);
  tasks.addRow([]);
  tasks.addRow(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
  tasks.addRow([1, '新建城市公园3处。', '区园林局', '区财政局\n区住建局', new Date(Date.UTC(2026, 5, 30))]);
  tasks.addRow([2, '改造老旧小区12个。', '区住建局', '各街道', 46387]);
  tasks.addRow(['注:各单位每月5日前报送进展。']);
  tasks.getCell('E4').numFmt = 'yyyy"年"m"月"d"日"';
  tasks.getCell('E5').numFmt = 'yyyy/m/d';
  const indicators = wb.addWorksheet('附件2');
  indicators.addRow(['指标名称', '单位', '2025年目标', '属性']);
  indicators.addRow(['城镇登记失业率', '%', 0.045, '预期性']);
  indicators.addRow(['森林覆盖率', '%', { formula: 'C9/C10', result: 0.6 }, '约束性']);
  indicators.addRow(['新增就业人数', '人', 12500, '预期性']);
  indicators.getCell('C2').numFmt = '0.0%';
  indicators.getCell('C3').numFmt = '0%';
  indicators.getCell('C4').numFmt = '#,##0';
  return Buffer.from(await wb.xlsx.writeBuffer());
};

/** A division-of-work matrix (分工矩阵): a column per unit, 牵头/配合 in its cells, a title row above the header. */
const matrixWorkbook = async (): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('分工表');
  sheet.addRow(['2026年重点任务分工表']);
  sheet.addRow(['序号', '重点任务', '县发改局', '县财政局', '县住建局', '各乡镇']);
  sheet.addRow([1, '推进重大项目建设', '牵头', '配合', '', '配合']);
  sheet.addRow([2, '推进老旧小区改造', '', '配合', '牵头', '配合']);
  return Buffer.from(await wb.xlsx.writeBuffer());
};

describe('plan import of office-made files', () => {
  it('reads a division-of-work matrix: each unit column\'s 牵头/配合 becomes the task\'s lead and participants', async () => {
    const page = await openImport();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '重点任务分工表.xlsx', mimeType: XLSX, buffer: await matrixWorkbook() });
    await page.getByRole('tab', { name: /任务 2/ }).waitFor();
    const project = page.locator('.task-table tr', { hasText: '推进重大项目建设' });
    await expect.poll(() => project.locator('td.col-leads').textContent()).toContain('县发改局');
    await expect.poll(() => project.locator('td.col-participants').textContent()).toContain('县财政局、各乡镇');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '推进老旧小区改造' }).locator('td.col-leads').textContent()).toContain('县住建局');
    await screenshot(page, 'plan-import-xlsx-matrix');
  });

  it('shows Excel dates as deadlines and percent targets as Excel shows them', async () => {
    const page = await openImport();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '任务分解表.xlsx', mimeType: XLSX, buffer: await clerkWorkbook() });
    await page.getByRole('tab', { name: /任务 2/ }).waitFor();
    const park = page.locator('.task-table tr', { hasText: '新建城市公园3处' });
    await expect.poll(() => park.textContent()).toContain('2026年6月30日(2026-06-30)');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '改造老旧小区12个' }).textContent()).toContain('2026年12月31日(2026-12-31)');
    await screenshot(page, 'plan-import-xlsx-dates');
    await page.getByRole('tab', { name: /指标 3/ }).click();
    const rate = page.locator('.task-table tr', { hasText: '城镇登记失业率' });
    await expect.poll(() => rate.textContent()).toContain('4.5%');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '森林覆盖率' }).textContent()).toContain('60%');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '新增就业人数' }).textContent()).toContain('12,500');
    await screenshot(page, 'plan-import-xlsx-percent');
  });

  it('shows the rebuilt indicator workbook (corpus 60) with its decimals and units', async () => {
    const page = await openImport();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '中医药发展主要指标.xlsx', mimeType: XLSX, buffer: corpusFile('60-tcm12-2012.xlsx') });
    await page.getByRole('tab', { name: /指标 11/ }).click();
    const share = page.locator('.task-table tr', { hasText: '中医医院出院人数占医院出院人数比重' });
    await expect.poll(() => share.textContent()).toContain('15.0');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '中医医院床位数' }).textContent()).toContain('万张');
    await screenshot(page, 'plan-import-xlsx-corpus60');
  });

  it('shows the rebuilt Word table (corpus 39) with each sub-row under its merged 责任单位', async () => {
    const page = await openImport();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '民生实事进展情况表.docx', mimeType: DOCX, buffer: corpusFile('39-linan-2022.docx') });
    await page.getByRole('tab', { name: /任务 11/ }).waitFor();
    await expect.poll(() => page.locator('.task-table tr', { hasText: '综合改造提升老旧街区100万平方米' }).textContent()).toContain('住建局');
    await expect.poll(() => page.locator('.task-table tr', { hasText: '开展胃肠癌联合筛查1万例以上' }).textContent()).toContain('卫生健康局');
    await screenshot(page, 'plan-import-docx-corpus39');
  });
});
