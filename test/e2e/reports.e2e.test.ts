// The office's dashboard and bulletin in Debian's Chromium over a database with known reports, and the
// CLI's bulletin PDF turned into PNG with pdftoppm (screenshots and pages land in test-results/ to look at).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../hosts/cli/main.js';
import { startHttpHost } from '../../hosts/http/server.js';
import { assertBuilt, launchChromium, newPage, rendererBuild, screenshot, screenshotDir } from '../helpers/browser.js';
import { writeFixture, writeQualityFixture } from '../helpers/report-fixtures.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';
import { suiteClock } from '../helpers/suite-clock.js';

describe('office dashboard and bulletin', () => {
  const app = serveAppForTests({ withDemo: false, prepare: (temp) => writeQualityFixture(temp.backend), page: {} });
  let t: TempBackend;
  let page: Page;
  let pageErrors: string[];

  beforeAll(() => {
    ({ temp: t, page, pageErrors } = app());
  });

  test('the dashboard for 2026年第三季度 shows the hand-computed figures and charts', async () => {
    await page.getByRole('button', { name: '统计与通报' }).click();
    await page.getByLabel('报告期', { exact: true }).selectOption('2026-Q3');
    await expect.poll(() => page.locator('.figure-card').nth(1).innerText()).toContain('6 / 9');
    expect(await page.locator('.figure-card').nth(2).innerText()).toContain('3');
    // Three charts drawn (SVG, issue 18), with shapes in them.
    await expect.poll(() => page.locator('.echart svg').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.locator('.echart svg path').count()).toBeGreaterThan(10);
    // The ranking follows the charts by a moment (rendered deferred, issue 18).
    await expect.poll(() => page.locator('.ranking-table tbody tr').count()).toBeGreaterThan(3);
    const ranking = await page.locator('.ranking-table tbody tr').allInnerTexts();
    expect(ranking[0]).toContain('市商务局');
    expect(ranking[3]).toContain('市财政局');
    await screenshot(page, 'dashboard-2026-Q3');
  });

  test('a number clicks through to the tasks behind it', async () => {
    const rows = page.locator('.drill-table tbody tr');
    await page.locator('.figure-card', { hasText: '未报' }).locator('.figure-main').click();
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.locator('.drill').innerText()).toContain('市财政局');
    // The small figures under the cards: one late report (市农业农村局 on task 1, sent 10-12 for a 10-05 due
    // day), three awaiting review on three tasks, two accepted on two.
    const note = (text: string) => page.locator('.figure-note').getByRole('button', { name: text });
    await note('逾期报送 1').click();
    await expect.poll(() => page.locator('.drill h3').innerText()).toContain('逾期报送的任务');
    await expect.poll(() => rows.count()).toBe(1);
    await note('待审核 3').click();
    await expect.poll(() => rows.count()).toBe(3);
    await note('已通过 2').click();
    await expect.poll(() => rows.count()).toBe(2);
    // The ranking's 已报 of 市商务局: its three reports, on three tasks.
    const commerce = page.locator('.ranking-table tbody tr', { hasText: '市商务局' });
    await commerce.locator('td').nth(3).getByRole('button').click();
    await expect.poll(() => page.locator('.drill h3').innerText()).toContain('市商务局已报送的任务');
    await expect.poll(() => rows.count()).toBe(3);
    // The red bar of the light chart (first category) lists the two red tasks.
    const chart = page.locator('.echart').nth(1);
    // Clicked by position, so it must be on screen: the drill list opened above may have scrolled it away.
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error('light chart not laid out');
    await page.mouse.click(box.x + 48 + (box.width - 64) / 10, box.y + box.height - 40);
    await expect.poll(() => page.locator('.drill h3').innerText()).toContain('红灯');
    await expect.poll(() => rows.count()).toBe(2);
    // The dashboard's answer carries no task: the list reads its rows, with their 存在问题, when a number is clicked.
    await expect.poll(() => page.locator('.drill').innerText()).toContain('存在问题:追溯平台建设资金未到位');
    await page.locator('.drill').scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-drill-red');
    await page.locator('.chase-section').scrollIntoViewIfNeeded();
    expect(await page.locator('.chase-section').innerText()).toContain('赵六 0759-4444444');
    await screenshot(page, 'dashboard-chase');
  });

  test('the bulletin view inside the app', async () => {
    await page.getByRole('button', { name: '通报', exact: true }).click();
    await page.locator('[data-bulletin-state="ready"]').waitFor();
    expect(await page.locator('.bulletin h1').innerText()).toContain('关于2026年第三季度质量提升行动方案工作进展情况的通报');
    await page.getByLabel('发文单位').fill('湛江市质量强市工作领导小组办公室');
    await page.getByRole('button', { name: '保存名称' }).click();
    await expect.poll(() => page.locator('.bulletin-org').innerText()).toBe('湛江市质量强市工作领导小组办公室');
    await screenshot(page, 'bulletin-in-app');
    expect(pageErrors).toEqual([]);
  });

  test('duban bulletin prints an A4 PDF; pdftoppm turns its pages into PNG', async (ctx) => {
    const out = join(t.dir, '通报.pdf');
    t.backend.close();
    const run = await runCli(['bulletin', '--period', '2026-Q3', '--out', out, '--db', t.dbPath], { clock: suiteClock, out: () => undefined, err: (s) => process.stderr.write(s) });
    expect(run).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 is 595 x 842 points (Skia writes 595.92 x 842.88).
    const box = /MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(Math.abs(Number(box?.[1]) - 595)).toBeLessThan(2);
    expect(Math.abs(Number(box?.[2]) - 842)).toBeLessThan(2);
    const pdftoppm = '/usr/bin/pdftoppm';
    ctx.skip(!existsSync(pdftoppm), 'pdftoppm is not installed (apt-get install -y poppler-utils): the PDF was checked, not rendered to PNG');
    mkdirSync(screenshotDir, { recursive: true });
    const png = spawnSync(pdftoppm, ['-png', '-r', '60', out, join(screenshotDir, 'bulletin-page')], { encoding: 'utf8' });
    expect(png.status, png.stderr).toBe(0);
    expect(existsSync(join(screenshotDir, 'bulletin-page-1.png'))).toBe(true);
  });
});

describe('dashboard at the edges', () => {
  let browser: Browser;
  beforeAll(async () => {
    assertBuilt();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openDashboard = async (build: (t: TempBackend) => void, name: string): Promise<Page> => {
    const t = makeTempBackend({ withDemo: false });
    build(t);
    const host = await startHttpHost({ handlers: t.backend, staticDir: rendererBuild });
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: '统计与通报' }).click();
      await page.locator('[data-testid="dashboard"]').waitFor();
      await screenshot(page, name);
      expect(errors).toEqual([]);
      return page;
    } finally {
      await host.close();
      t.cleanup();
    }
  };

  test('a plan with no tasks says so instead of drawing empty charts', async () => {
    const page = await openDashboard((t) => writeFixture(t.backend, (w) => w.plan({ title: '尚无任务的规划', importedAt: '2026-01-01T00:00:00+08:00' })), 'dashboard-no-tasks');
    expect(await page.locator('.dashboard').innerText()).toContain('本规划尚无任务');
    expect(await page.locator('.echart').count()).toBe(0);
    expect(await page.locator('.dashboard').innerText()).toContain('本规划未设置指标');
  });

  test('one unit with 300 tasks and an empty period: every chart drawn, ranking and chase list filled', async () => {
    const page = await openDashboard(
      (t) =>
        writeFixture(t.backend, (w) => {
          const plan = w.plan({ title: '三百项任务的规划', importedAt: '2026-01-01T00:00:00+08:00' });
          const big = w.department('市市场监督管理局', { contact: '钱七 0759-5555555' });
          for (let i = 1; i <= 300; i += 1) {
            w.task({ planId: plan, code: String(i), section: `${['一', '二', '三'][i % 3]}、第${['一', '二', '三'][i % 3]}篇`, title: `任务${i}`, deadlineDate: i % 4 === 0 ? '2026-12-15' : null, leads: [big] });
          }
        }),
      'dashboard-300-tasks-empty-period',
    );
    expect(await page.locator('.figure-card').nth(1).innerText()).toContain('0 / 300');
    await expect.poll(() => page.locator('.echart svg').count()).toBe(3);
    expect(await page.locator('.chase-section').innerText()).toContain('钱七 0759-5555555');
  });
});
