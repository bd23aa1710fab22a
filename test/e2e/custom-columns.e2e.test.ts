// The office's own columns in Chromium (issue 19): the office adds 责任领导 (person), 是否重点 (choice) and
// 备注 (text) under 列设置, renames and reorders them, hides one, fills the table like a spreadsheet
// (click, type, Enter goes down, Tab goes right), exports Excel and finds them in order; the department
// PC, after the plan-update package, shows them read-only in its 任务分解表.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../hosts/http/server.js';
import { newPage, rendererBuild, screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { call, exportTo, initOffice, makeDepartment, type Site } from '../helpers/sync-fixture.js';
import { SCREEN_COLUMNS, TASK_COLUMNS } from '../../shared/plan/task-columns.js';

describe("the office's own columns in Chromium", () => {
  let tmp: { dir: string };
  let office: Site;
  let dept: Site;
  let deptHost: HttpHost;
  let browser: Browser;
  let page: Page;
  // The app served is the office's.
  const app = serveAppForTests({
    filesPrefix: 'duban-e2e-columns-',
    prepare: async (temp, files) => {
      office = await initOffice({ ...temp, name: 'office' });
      dept = await makeDepartment(files.dir, office, '市商务局', 'shangwu');
    },
    page: {},
  });

  beforeAll(async () => {
    ({ files: tmp, browser, page } = app());
    await page.getByRole('button', { name: '任务分解表' }).click();
    await page.locator('tr[data-task-code="7"]').waitFor();
  });

  afterAll(async () => {
    await deptHost?.close();
    dept?.backend.close();
  });

  const cell = (code: string, column: string) => page.locator(`tr[data-task-code="${code}"] td[data-column="${column}"]`);
  const headers = () => page.locator('.task-table thead th').allTextContents();

  it('adds, renames, reorders and hides columns under 列设置', async () => {
    await page.getByRole('button', { name: '列设置' }).click();
    const panel = page.getByRole('region', { name: '列设置' });
    const add = async (name: string, kind: string, choices?: string): Promise<void> => {
      await panel.getByLabel('新列名').fill(name);
      await panel.getByLabel('列的类型').selectOption({ label: kind });
      if (choices) await panel.getByLabel('选项(用顿号分隔)').fill(choices);
      await panel.getByRole('button', { name: '添加列' }).click();
      await panel.getByLabel(`“${name}”的列名`).waitFor();
    };
    await add('责任人', '人员');
    await add('备注', '文字');
    await add('是否重点', '选项', '是、否');
    await add('临时列', '文字');
    // A built-in name is refused in Chinese.
    await panel.getByLabel('新列名').fill('牵头部门');
    await panel.getByRole('button', { name: '添加列' }).click();
    await panel.getByText('已有名为“牵头部门”的列').waitFor({ timeout: 15_000 });

    await panel.getByLabel('“责任人”的列名').fill('责任领导');
    await panel.getByLabel('“责任人”的列名').press('Enter');
    await panel.getByLabel('“责任领导”的列名').waitFor();
    await panel.getByRole('button', { name: '“是否重点”左移' }).click();
    // The box shows checked once the backend has saved it (a controlled input): click, then wait.
    const hide = panel.locator('li', { has: page.getByLabel('“临时列”的列名') }).getByLabel('隐藏');
    await hide.click();
    await expect.poll(() => hide.isChecked(), { timeout: 15_000 }).toBe(true);
    // The built-in headers come from the one list (a new built-in column does not move this check).
    await expect.poll(headers, { timeout: 15_000 }).toEqual([...SCREEN_COLUMNS.map((c) => c.header), '责任领导', '是否重点', '备注']);
    await screenshot(page, 'columns-settings');
    await panel.getByRole('button', { name: '完成' }).click();
  });

  it('fills cells like a spreadsheet: click, type, Enter goes down, Tab goes right, a choice list offers its words', async () => {
    await cell('7', '责任领导').click();
    await page.getByLabel('填写责任领导').fill('王副市长');
    await page.getByLabel('填写责任领导').press('Enter');
    // Enter saved 7 and opened the row below.
    await expect.poll(() => cell('7', '责任领导').textContent(), { timeout: 15_000 }).toBe('王副市长');
    const below = page.locator('tr[data-task-code="8"] td[data-column="责任领导"] input');
    await below.waitFor();
    await below.fill('李局长');
    await below.press('Tab');
    // Tab saved 8 and moved right to its 是否重点 (a choice list).
    await page.locator('tr[data-task-code="8"] td[data-column="是否重点"] select').selectOption('是');
    await page.locator('tr[data-task-code="8"] td[data-column="是否重点"] select').press('Tab');
    await page.locator('tr[data-task-code="8"] td[data-column="备注"] input').fill('按月调度');
    await page.locator('tr[data-task-code="8"] td[data-column="备注"] input').press('Enter');
    await expect.poll(() => cell('8', '备注').textContent(), { timeout: 15_000 }).toBe('按月调度');
    await page.keyboard.press('Escape');
    expect(await cell('8', '是否重点').textContent()).toBe('是');
    expect(await cell('8', '责任领导').textContent()).toBe('李局长');
    await screenshot(page, 'columns-filled');
  });

  it('exports them to Excel after 完成时限, in the office order, the hidden one left out', async () => {
    await page.getByRole('button', { name: '统计与通报' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    const path = join(tmp.dir, 'export.xlsx');
    await download.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('任务进展')!;
    const row = (n: number): unknown[] => (sheet.getRow(n).values as unknown[]).slice(1);
    const after = TASK_COLUMNS.length;
    expect(row(3).slice(after - 1, after + 3)).toEqual([TASK_COLUMNS[after - 1]?.header, '责任领导', '是否重点', '备注']);
    const eight = [...Array(sheet.rowCount).keys()].map((i) => row(i + 1)).find((r) => r[0] === '8')!;
    expect(eight.slice(after, after + 3)).toEqual(['李局长', '是', '按月调度']);
  });

  it('shows them read-only on the department PC after the plan-update package', async () => {
    const down = await exportTo(office, join(tmp.dir, 'down.duban'), '市商务局');
    const result = await call(dept, 'sync.import', { sources: [{ path: down.path }], trust: [] });
    expect(result.files[0]?.outcome).toBe('applied');
    deptHost = await startHttpHost({ handlers: dept.backend, staticDir: rendererBuild });
    const deptPage = await newPage(browser);
    await deptPage.goto(deptHost.url);
    await deptPage.getByRole('button', { name: '任务分解表' }).click();
    const their = deptPage.locator('tr[data-task-code="7"] td[data-column="责任领导"]');
    await expect.poll(() => their.first().textContent(), { timeout: 15_000 }).toBe('王副市长');
    expect(await deptPage.getByRole('button', { name: '列设置' }).count()).toBe(0);
    await their.first().click();
    expect(await deptPage.getByLabel('填写责任领导').count()).toBe(0);
    await screenshot(deptPage, 'columns-department');
    await deptPage.close();
  });
});
