// Issue 19 in Chromium: the office adds 责任领导 under 列设置 and ticks 在通报中显示, fills it for a lagging
// task in the table, and finds the column and the value in the bulletin's 进展滞后的任务; a column ticked
// and then hidden does not print — neither in the app nor in the CLI's PDF. Screenshot at 1366×768 in test-results/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../hosts/cli/main.js';
import type { HttpHost } from '../../hosts/http/server.js';
import { screenshot } from '../helpers/browser.js';
import { writeQualityFixture } from '../helpers/report-fixtures.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { suiteClock } from '../helpers/suite-clock.js';
import type { TempBackend } from '../helpers/temp-backend.js';

describe("the office's columns in the bulletin, in Chromium", () => {
  const app = serveAppForTests({ withDemo: false, prepare: (temp) => writeQualityFixture(temp.backend), page: {} });
  let t: TempBackend;
  let host: HttpHost;
  let page: Page;
  let pageErrors: string[];

  beforeAll(() => {
    ({ temp: t, host, page, pageErrors } = app());
  });

  it('ticks 在通报中显示, fills the cell, and sees the column in the bulletin', async () => {
    const lagging = (await t.backend['reports.bulletin']({ periodId: '2026-Q3' })).lagging;
    expect(lagging.length).toBeGreaterThan(0);
    const code = lagging[0]!.code;

    await page.getByRole('button', { name: '任务分解表' }).click();
    await page.locator(`tr[data-task-code="${code}"]`).waitFor();
    await page.getByRole('button', { name: '列设置' }).click();
    const panel = page.getByRole('region', { name: '列设置' });
    for (const name of ['责任领导', '内部备忘']) {
      await panel.getByLabel('新列名').fill(name);
      await panel.getByRole('button', { name: '添加列' }).click();
      await panel.getByLabel(`“${name}”的列名`).waitFor();
    }
    const row = (name: string) => panel.locator('li', { has: page.getByLabel(`“${name}”的列名`) });
    await row('责任领导').getByLabel('在通报中显示').click();
    await expect.poll(() => row('责任领导').getByLabel('在通报中显示').isChecked(), { timeout: 15_000 }).toBe(true);
    await row('内部备忘').getByLabel('在通报中显示').click();
    await expect.poll(() => row('内部备忘').getByLabel('在通报中显示').isChecked(), { timeout: 15_000 }).toBe(true);
    // The box shows checked once the backend has saved it (a controlled input): click, then wait.
    await row('内部备忘').getByLabel('隐藏').click();
    await expect.poll(() => row('内部备忘').getByLabel('隐藏').isChecked(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => row('内部备忘').getByLabel('在通报中显示').isDisabled(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => row('责任领导').getByLabel('在通报中显示').isChecked(), { timeout: 15_000 }).toBe(true);
    await screenshot(page, 'bulletin-columns-settings');
    await panel.getByRole('button', { name: '完成' }).click();

    const cell = page.locator(`tr[data-task-code="${code}"] td[data-column="责任领导"]`);
    await cell.click();
    await page.getByLabel('填写责任领导').fill('王副市长');
    await page.getByLabel('填写责任领导').press('Enter');
    await expect.poll(() => cell.textContent(), { timeout: 15_000 }).toBe('王副市长');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '统计与通报' }).click();
    await page.getByLabel('报告期', { exact: true }).selectOption('2026-Q3');
    await page.getByRole('button', { name: '通报', exact: true }).click();
    await page.locator('[data-bulletin-state="ready"]').waitFor();
    const table = page.locator('.bulletin-table');
    await expect.poll(() => table.locator('thead th').allTextContents(), { timeout: 15_000 }).toEqual(['序号', '工作任务', '牵头单位', '状态', '亮灯', '存在问题', '责任领导']);
    const printed = table.locator('tbody tr').filter({ has: page.locator('td.col-code', { hasText: new RegExp(`^${code}$`) }) });
    await expect.poll(() => printed.locator('td').last().textContent(), { timeout: 15_000 }).toBe('王副市长');
    expect(await page.locator('.bulletin').innerText()).not.toContain('内部备忘');
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'bulletin-columns');
    expect(pageErrors).toEqual([]);
  });

  it('the CLI bulletin PDF prints the column too', async (ctx) => {
    const out = join(t.dir, '通报.pdf');
    await host.close();
    t.backend.close();
    const run = await runCli(['bulletin', '--period', '2026-Q3', '--out', out, '--db', t.dbPath], { clock: suiteClock, out: () => undefined, err: (s) => process.stderr.write(s) });
    expect(run).toBe(0);
    const pdftotext = '/usr/bin/pdftotext';
    ctx.skip(!existsSync(pdftotext), 'pdftotext is not installed (apt-get install -y poppler-utils): the PDF was written, its text not read');
    const text = spawnSync(pdftotext, ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('责任领导');
    expect(text.stdout).toContain('王副市长');
    expect(text.stdout).not.toContain('内部备忘');
  });
});
