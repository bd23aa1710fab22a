// 表格代录 in Chromium through the in-process local host, as the office on the 湛江 demo: pick two units
// without Duban, export their sheets and Word forms (one zip download), fill one sheet like a clerk and
// write a Word table from scratch for the other, import both with the preview on screen, see a .doc
// refused in Chinese, and find 表格代录 in the dashboard's ranking.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { newPage, screenshot } from '../helpers/browser.js';
import { openClerkSheet } from '../helpers/fill-sheet.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { wordTable } from '../helpers/word-files.js';

const app = serveAppForTests();

describe('表格代录 in 数据交换', () => {
  test('export sheets for two units, import a filled sheet and a Word table, see 表格代录 on the dashboard', async () => {
    const { browser, host, temp: t } = app();
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await page.getByRole('button', { name: '数据交换' }).click();
    await page.getByRole('tab', { name: '表格代录' }).click();
    const panel = page.getByRole('region', { name: '表格代录' });
    await panel.getByLabel('选择市农业农村局').check();
    await panel.getByLabel('选择市卫生健康局').check();
    await panel.getByLabel('同时生成 Word 填报表').check();
    await screenshot(page, 'adoption-units');

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '导出填报表(2 个单位)' }).click()]);
    expect(download.suggestedFilename()).toBe('2026年第四季度填报表-2个单位.zip');
    const zipPath = join(t.dir, 'sheets.zip');
    await download.saveAs(zipPath);
    await panel.getByText('已生成 2 个单位2026年第四季度的填报表,共 4 个文件').waitFor();
    const files = unzipSync(readFileSync(zipPath));
    expect(Object.keys(files).sort()).toEqual(
      ['市农业农村局-2026年第四季度-填报表.docx', '市农业农村局-2026年第四季度-填报表.xlsx', '市卫生健康局-2026年第四季度-填报表.docx', '市卫生健康局-2026年第四季度-填报表.xlsx'].sort(),
    );

    // 市农业农村局 fills its sheet in Excel; one row in the wrong format.
    const clerk = await openClerkSheet(Buffer.from(files['市农业农村局-2026年第四季度-填报表.xlsx'] ?? []).toString('base64'));
    clerk.set('提高农产品优质供给水平', '状态', '正常推进');
    clerk.set('提高农产品优质供给水平', '完成进度(%)', 60);
    clerk.set('提高农产品优质供给水平', '进展情况', '完成农产品例行监测1200批次。');
    clerk.set('持续改善环境质量', '完成进度(%)', '六成');
    const sheetPath = join(t.dir, '市农业农村局交回.xlsx');
    writeFileSync(sheetPath, Buffer.from(await clerk.save(), 'base64'));

    await panel.getByLabel('选择交回的 Excel 或 Word 文件').setInputFiles(sheetPath);
    const dialog = page.getByRole('dialog', { name: '代录预览' });
    await dialog.waitFor();
    await dialog.getByText('市农业农村局 · 读到 5 行:1 项将代录为报告').waitFor();
    await dialog.getByText('完成进度“六成”不是数字').waitFor();
    await dialog.getByText('进展情况:(空) → 完成农产品例行监测1200批次。').waitFor();
    await screenshot(page, 'adoption-preview-sheet');
    await dialog.getByRole('button', { name: '确认代录(1 项)' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText('已代录 1 项2026年第四季度的报告').waitFor();

    // 市卫生健康局 typed its own Word table: other columns, 完成情况 in words; plus an old .doc by mistake.
    const word = wordTable(
      ['市卫生健康局第四季度工作进展'],
      ['工作任务', '序号', '责任单位', '完成情况', '进展情况', '备注'],
      [
        ['提高食品药品质量安全水平', '2', '市卫生健康局', '已完成', '抽检合格率 98%', ''],
        ['推进社会治理和公共服务质量水平', '12', '市卫生健康局', '正常推进,完成50%', '推进基层医疗服务标准化', ''],
      ],
    );
    const wordPath = join(t.dir, '卫健局进展.docx');
    writeFileSync(wordPath, word);
    const docPath = join(t.dir, '旧格式.doc');
    writeFileSync(docPath, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    await panel.getByLabel('文件来自').selectOption({ label: '市卫生健康局' });
    await panel.getByLabel('选择交回的 Excel 或 Word 文件').setInputFiles([wordPath, docPath]);
    await dialog.waitFor();
    await dialog.getByText('市卫生健康局 · 读到 2 行:2 项将代录为报告').waitFor();
    await dialog.getByText('未导入:这是旧版 Word/WPS/Excel 文件(.doc/.wps/.xls)').waitFor();
    await screenshot(page, 'adoption-preview-word');
    await dialog.getByRole('button', { name: '确认代录(2 项)' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText('已代录 2 项2026年第四季度的报告').waitFor();
    await expect.poll(() => panel.locator('tr', { hasText: '市卫生健康局' }).locator('.channel').innerText()).toBe('表格代录');
    await screenshot(page, 'adoption-done');

    await page.getByRole('button', { name: '统计与通报' }).click();
    const ranking = page.locator('.ranking-table');
    await ranking.waitFor();
    await expect.poll(() => ranking.locator('tr', { hasText: '市农业农村局' }).locator('.channel').innerText()).toBe('表格代录');
    await page.getByText('报送方式:进度包 0 个单位 · 表格代录 2 个单位 · 未报 36 个单位').waitFor();
    await page.getByText('报送方式:进度包 0 个单位').scrollIntoViewIfNeeded();
    await screenshot(page, 'adoption-dashboard');
  });
});
