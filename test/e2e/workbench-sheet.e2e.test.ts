// The Excel round trip in Chromium through the in-process local host: as 市农业农村局 on the 湛江 demo,
// export the fill-in sheet (a real download), fill it like a clerk, upload it, read the preview, import
// as drafts and find the 草稿 badges; a sheet of another unit is refused with the reason on screen.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { HttpHost } from '../../hosts/http/server.js';
import { newPage, screenshot } from '../helpers/browser.js';
import { openClerkSheet } from '../helpers/fill-sheet.js';
import { serveAppForTests } from '../helpers/served-app.js';
import type { TempBackend } from '../helpers/temp-backend.js';
import { findDepartment } from '../integration/progress-fixture.js';

const app = serveAppForTests();
let page: Page;
let host: HttpHost;
let t: TempBackend;

beforeAll(async () => {
  ({ host, temp: t } = app());
  page = await newPage(app().browser);
});

const badgeOf = (code: string) => page.locator(`.task-row[data-task-code="${code}"] .state`);

describe('Excel fill-in sheet on the workbench', () => {
  test('export, fill in "Excel", upload, preview, import as drafts, see 草稿', async () => {
    await page.goto(host.url);
    await page.getByLabel('本单位').selectOption({ label: '市农业农村局' });
    await page.locator('.task-row[data-task-code="1"]').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel 填报表' }).click()]);
    expect(download.suggestedFilename()).toBe('市农业农村局-2026年第四季度-填报表.xlsx');
    const exported = join(t.dir, 'exported.xlsx');
    await download.saveAs(exported);
    await page.getByText('已开始下载 市农业农村局-2026年第四季度-填报表.xlsx(5 项任务)').waitFor();

    const clerk = await openClerkSheet(readFileSync(exported).toString('base64'));
    clerk.set('提高农产品优质供给水平', '状态', '正常推进');
    clerk.set('提高农产品优质供给水平', '完成进度(%)', 60);
    clerk.set('提高农产品优质供给水平', '进展情况', '完成农产品例行监测1200批次,合格率97.5%。');
    clerk.set('实施农村重点产品质量整治提升工程', '状态', '已完成');
    clerk.set('实施农村重点产品质量整治提升工程', '完成进度(%)', '100%');
    clerk.set('实施农村重点产品质量整治提升工程', '进展情况', '整治工程全部完工。');
    clerk.set('加强全面质量监管', '状态', '滞后');
    clerk.set('加强全面质量监管', '完成进度(%)', 20);
    clerk.set('持续改善环境质量', '完成进度(%)', 150);
    clerk.reverseRows();
    clerk.addRow({ 序号: '99', 工作任务: '自行增加的农机补贴工作', 状态: '正常推进' });
    const filled = join(t.dir, '填好的填报表.xlsx');
    writeFileSync(filled, Buffer.from(await clerk.save(), 'base64'));

    await page.getByLabel('选择填好的 Excel 填报表').setInputFiles(filled);
    const dialog = page.getByRole('dialog', { name: 'Excel 填报表导入预览' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.sheet-summary').innerText()).toContain('3 项有新内容将保存为草稿');
    const unplaced = await dialog.getByRole('table', { name: '无法对应的行' }).locator('tbody tr').allInnerTexts();
    expect(unplaced).toHaveLength(2);
    expect(unplaced.join('\n')).toContain('完成进度“150”超出 0 到 100 的范围');
    expect(unplaced.join('\n')).toContain('找不到这项任务');
    expect(await dialog.locator('.sheet-match.outcome-draft').count()).toBe(3);
    await screenshot(page, 'workbench-sheet-preview');
    expect(await badgeOf('1').innerText()).toBe('未填');

    await dialog.getByRole('button', { name: '导入为草稿(3 项)' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('已将 3 项任务的内容保存为2026年第四季度的草稿').waitFor();
    for (const code of ['1', '14', '20']) await expect.poll(() => badgeOf(code).innerText()).toBe('草稿');
    expect(await badgeOf('8').innerText()).toBe('未填');

    await page.locator('.task-row[data-task-code="1"]').click();
    await page.getByRole('form', { name: '本期报告' }).waitFor();
    expect(await page.getByLabel('完成百分比').inputValue()).toBe('60');
    await screenshot(page, 'workbench-sheet-imported');
  });

  test('a sheet exported for another unit is refused, with the reason on screen and nothing imported', async () => {
    const commerce = await findDepartment(t.backend, '市商务局');
    const other = await t.backend['sheet.export']({ departmentId: commerce });
    const path = join(t.dir, other.fileName);
    writeFileSync(path, Buffer.from(other.dataBase64, 'base64'));
    await page.getByLabel('选择填好的 Excel 填报表').setInputFiles(path);
    await page.getByText('这是“市商务局”的填报表,当前单位是“市农业农村局”,不能导入。').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await screenshot(page, 'workbench-sheet-refused');
  });
});
