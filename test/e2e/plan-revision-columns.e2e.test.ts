// A revised plan with the office's own columns in Chromium (issue 19): the office imports a table with
// 责任领导 and 备注, fills a 备注 cell itself, then chooses the revised table; 修订对比 says which cells
// change, which column is new and that its own 备注 stays; after 确认更新 the table shows the new values
// and the office's cell untouched.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { makeXlsx } from '../helpers/plan-files.js';
import { serveAppForTests } from '../helpers/served-app.js';

const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];

describe('a revised plan updates the office’s columns', () => {
  const app = serveAppForTests({ withDemo: false, filesPrefix: 'duban-e2e-revision-', page: { height: 768 } });
  let files: { dir: string };
  let page: Page;

  const writeXlsx = async (name: string, rows: (string | number)[][]): Promise<string> => {
    const path = join(files.dir, name);
    writeFileSync(path, await makeXlsx([['某县质量强县工作任务分解表'], ...rows]));
    return path;
  };
  const cell = (code: string, column: string) => page.locator(`tr[data-task-code="${code}"] td[data-column="${column}"]`);

  beforeAll(() => {
    ({ files, page } = app());
  });

  it('imports the plan and the office fills a cell of its own', async () => {
    const path = await writeXlsx('分解表.xlsx', [
      [...HEADER, '责任领导', '备注'],
      [1, '优化营商环境', '县发改局', '县财政局', '2023年6月', '张副县长', '每月调度'],
      [2, '质量教育', '县教育局', '', '持续推进', '李副县长', ''],
    ]);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles(path);
    await page.getByRole('tab', { name: /任务 2/ }).waitFor();
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入' }).waitFor();

    await page.getByRole('button', { name: '任务分解表' }).click();
    await cell('2', '备注').click();
    await page.getByLabel('填写备注').fill('办公室补记');
    await page.getByLabel('填写备注').press('Enter');
    await expect.poll(() => cell('2', '备注').textContent(), { timeout: 15_000 }).toBe('办公室补记');
  });

  it('previews the revision’s column changes, applies them and keeps the office’s cell', async () => {
    const path = await writeXlsx('分解表(修订).xlsx', [
      [...HEADER, '责任领导', '备注', '督办层级'],
      [1, '优化营商环境', '县发改局', '县财政局', '2023年6月', '王副县长', '', '市级'],
      [2, '质量教育', '县教育局', '', '持续推进', '李副县长', '', '县级'],
    ]);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles(path);
    await page.getByText('的修订版,确认后按修订版更新').waitFor();
    await page.getByRole('tab', { name: '修订对比' }).click();
    const changes = page.getByLabel('列的变化');
    await changes.waitFor();
    await expect.poll(() => changes.textContent(), { timeout: 15_000 }).toContain('新增列 督办层级');
    const text = (await changes.textContent()) ?? '';
    expect(text).toContain('责任领导:张副县长 → 王副县长');
    expect(text).toContain('督办层级:(空) → 市级');
    expect(text).toContain('2 个已填单元格保持原样');
    await screenshot(page, 'plan-revision-columns-preview');

    await page.getByRole('button', { name: '确认更新' }).click();
    await page.getByRole('status').filter({ hasText: '已按修订版更新规划' }).waitFor();
    await page.getByRole('button', { name: '任务分解表' }).click();
    await expect.poll(() => cell('1', '责任领导').textContent(), { timeout: 15_000 }).toBe('王副县长');
    await expect.poll(() => cell('1', '督办层级').textContent(), { timeout: 15_000 }).toBe('市级');
    expect(await cell('1', '备注').textContent()).toBe('每月调度');
    expect(await cell('2', '备注').textContent()).toBe('办公室补记');
    expect(await cell('2', '督办层级').textContent()).toBe('县级');
    await screenshot(page, 'plan-revision-columns-table');
  });
});
