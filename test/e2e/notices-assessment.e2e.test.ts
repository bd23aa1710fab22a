// 催办通知单 and 年度考核 in Debian's Chromium, over the hand-computed fixture (report-fixtures.ts), clock
// 2026-11-22. In 2026-Q3 three units are late: 市财政局 (T1, T4 unreported), 市农业农村局 (T2 past its
// deadline), 湛江海关 (T2 unreported). The office issues one notice, then the rest in one step, sees the
// log on the chase rows and the task timeline, prints a notice to PDF (pdftotext + pdftoppm), and opens
// the 考核 table and what is behind its numbers. Screenshots at 1366×768 land in test-results/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { HttpHost } from '../../hosts/http/server.js';
import { newPage, screenshot, screenshotDir } from '../helpers/browser.js';
import { writeQualityFixture, type QualityFixture } from '../helpers/report-fixtures.js';
import { serveAppForTests } from '../helpers/served-app.js';
import type { TempBackend } from '../helpers/temp-backend.js';

describe('催办通知单 and 年度考核 in the app', () => {
  const app = serveAppForTests({ withDemo: false, prepare: (temp) => writeQualityFixture(temp.backend), page: { width: 1366, height: 768 } });
  let t: TempBackend;
  let f: QualityFixture;
  let host: HttpHost;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(() => {
    ({ temp: t, fixture: f, host, browser, page, pageErrors } = app());
  });

  const unitRow = (name: string) => page.locator('.notice-units tbody tr', { hasText: name });

  test('one notice for one unit: typed 文号, printed on A4, logged on the chase row', async () => {
    await page.getByRole('button', { name: '统计与通报' }).click();
    await page.getByLabel('报告期', { exact: true }).selectOption('2026-Q3');
    await expect.poll(() => page.locator('.notice-units tbody tr').count()).toBe(3);
    await unitRow('市财政局').scrollIntoViewIfNeeded();
    await screenshot(page, 'notices-late-units');
    await unitRow('市财政局').getByRole('button', { name: '发催办通知单' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('设立质量发展专项资金');
    // No 文号 yet: refused in Chinese, nothing issued.
    await dialog.getByRole('button', { name: '发出并打印' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('请填写文号');
    await dialog.getByLabel('文号').fill('湛质办督〔2026〕1号');
    await dialog.getByLabel('回复期限').fill('2026-11-30');
    await screenshot(page, 'notices-issue-dialog');
    await dialog.getByRole('button', { name: '发出并打印' }).click();
    const sheet = page.locator('.notice-sheet');
    await sheet.first().waitFor();
    const text = await sheet.first().innerText();
    for (const s of ['湛质办督〔2026〕1号', '催办通知单', '市财政局:', '开展质量对标提升行动', '设立质量发展专项资金', '2026年11月30日前', '2026年11月22日']) expect(text).toContain(s);
    await screenshot(page, 'notices-one-print-view');

    await page.getByRole('button', { name: '返回催办' }).click();
    const chaseRow = page.locator('.chase-lists tbody tr', { hasText: '市财政局' }).first();
    await expect.poll(() => chaseRow.innerText()).toContain('湛质办督〔2026〕1号');
    await expect.poll(() => unitRow('市财政局').innerText()).toContain('已发 1 次');
    await chaseRow.scrollIntoViewIfNeeded();
    await screenshot(page, 'notices-chase-row-log');
  });

  test('batch: every late unit in one step, numbered, saved as one folder (zip of .docx), all printed', async () => {
    await page.getByRole('button', { name: '为全部 3 个单位发通知单' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('文号前缀').fill('湛质办督〔2026〕');
    await dialog.getByLabel('起始编号').fill('1');
    await dialog.getByLabel('回复期限').fill('2026-12-01');
    // 1号 is taken by the notice above: refused, and nothing of the batch is issued.
    await dialog.getByRole('button', { name: '全部发出' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('已用于发给市财政局的通知单');
    await dialog.getByLabel('起始编号').fill('2');
    await expect.poll(() => dialog.innerText()).toContain('湛质办督〔2026〕4号');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '全部发出' }).click()]);
    expect(download.suggestedFilename()).toBe('催办通知单-2026年第三季度-20261122.zip');
    await expect.poll(() => page.locator('.notice-sheet').count()).toBe(3);
    const numbers = await page.locator('.notice-number').allInnerTexts();
    expect(numbers).toEqual(['湛质办督〔2026〕2号', '湛质办督〔2026〕3号', '湛质办督〔2026〕4号']);
    await screenshot(page, 'notices-batch-print-view');
    await page.getByRole('button', { name: '返回催办' }).click();
    await expect.poll(() => unitRow('市财政局').innerText()).toContain('已发 2 次');
  });

  test('the log is on the task timeline, in issue order', async () => {
    const workbench = page.getByRole('button', { name: '部门工作台' }).or(page.getByRole('button', { name: '代填' }));
    await workbench.first().click();
    await page.getByLabel('本单位').selectOption({ label: '市财政局' });
    await page.locator('.task-row[data-task-code="4"]').click();
    const timeline = page.locator('.timeline');
    await expect.poll(() => timeline.locator('.event-notice').count()).toBe(2);
    const texts = await timeline.locator('.event-notice .what').allInnerTexts();
    expect(texts[0]).toContain('湛质办督〔2026〕1号');
    expect(texts[1]).toContain('湛质办督〔2026〕2号');
    expect(texts[0]).toContain('未报送2026年第三季度进展');
    await timeline.scrollIntoViewIfNeeded();
    await screenshot(page, 'notices-task-timeline');
  });

  test('a notice printed to PDF: A4, its text read back by pdftotext, its page rendered by pdftoppm', async (ctx) => {
    const [first] = await t.backend['notices.list']({ departmentId: f.dept.finance }).then((l) => l.filter((n) => n.docNumber.endsWith('1号')));
    expect(first).toBeDefined();
    const printPage = await newPage(browser, { width: 673, height: 950 });
    await printPage.goto(`${host.url}#/notice?ids=${first?.id ?? ''}&print=1`);
    await printPage.locator('[data-notice-state="ready"]').waitFor();
    await printPage.emulateMedia({ media: 'print' });
    const pdf = await printPage.pdf({ preferCSSPageSize: true, printBackground: true });
    await printPage.close();
    mkdirSync(screenshotDir, { recursive: true });
    const out = join(screenshotDir, 'notice.pdf');
    writeFileSync(out, pdf);
    const box = /MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(Math.abs(Number(box?.[1]) - 595)).toBeLessThan(2);
    expect(Math.abs(Number(box?.[2]) - 842)).toBeLessThan(2);
    ctx.skip(!existsSync('/usr/bin/pdftotext') || !existsSync('/usr/bin/pdftoppm'), 'poppler-utils is not installed: the PDF was checked, not read back');
    const txt = spawnSync('/usr/bin/pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(txt.status, txt.stderr).toBe(0);
    for (const s of ['催办通知单', '湛质办督〔2026〕1号', '市财政局', '开展质量对标提升行动', '设立质量发展专项资金']) expect(txt.stdout).toContain(s);
    expect(txt.stdout.split('\f').filter((p) => p.trim() !== '').length).toBe(1);
    const png = spawnSync('/usr/bin/pdftoppm', ['-png', '-r', '70', out, join(screenshotDir, 'notice-page')], { encoding: 'utf8' });
    expect(png.status, png.stderr).toBe(0);
    expect(existsSync(join(screenshotDir, 'notice-page-1.png'))).toBe(true);
  });

  test('年度考核: the ranked table, each number opens what is behind it, Excel export', async () => {
    // 年度考核 opens from the figures' toolbar.
    await page.getByRole('button', { name: '统计与通报' }).click();
    await page.locator('.dashboard-toolbar').getByRole('button', { name: '年度考核' }).click();
    const rows = page.locator('.assessment-table tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const table = await rows.allInnerTexts();
    expect(table[0]).toContain('市商务局');
    expect(table[0]).toContain('73.3');
    expect(table[3]).toContain('市农业农村局');
    await screenshot(page, 'assessment-table');
    const agri = rows.filter({ hasText: '市农业农村局' });
    await agri.locator('td').nth(5).getByRole('button').click();
    const drill = page.locator('.assessment-drill');
    await expect.poll(() => drill.innerText()).toContain('退回理由:请补充佐证材料');
    await agri.getByRole('button', { name: '7.3' }).click();
    await expect.poll(() => drill.locator('h3').innerText()).toContain('总分 7.3');
    expect(await drill.innerText()).toContain('已超过 145 天未完成');
    await drill.scrollIntoViewIfNeeded();
    await screenshot(page, 'assessment-drill');
    // The office's rules: a bad value is refused in Chinese; a saved one changes the table.
    await page.getByRole('button', { name: '考核规则' }).click();
    await page.getByLabel('每次退回扣分').fill('abc');
    await page.getByRole('button', { name: '保存规则' }).click();
    await expect.poll(() => page.locator('.assessment-rules').innerText()).toContain('请为“每次退回扣分”填写数字');
    await page.getByLabel('每次退回扣分').fill('5');
    await page.getByRole('button', { name: '保存规则' }).click();
    await expect.poll(() => rows.filter({ hasText: '市农业农村局' }).innerText()).toContain('3.3');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('质量提升行动方案-2026年度考核.xlsx');
    await screenshot(page, 'assessment-rules-saved');
    // Printed: the table alone under its title, without the toolbar and the app's navigation.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.assessment .dashboard-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.assessment .print-title').innerText()).toContain('质量提升行动方案 2026年度考核');
    await screenshot(page, 'assessment-print');
    await page.emulateMedia({ media: 'screen' });
    expect(pageErrors).toEqual([]);
  });
});
