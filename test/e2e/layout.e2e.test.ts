// Layout at the office PC's screen sizes (issue #17): at 1366×768 and 1280×720, with and without 大字号,
// under a plan whose title is far too long for the header, every navigation button stays one line high,
// the page never scrolls sideways, and the report form's writing area is at least 40% of the window.
// Each screen is photographed at each size. Then the form's own checks, typed wrong on purpose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeParsedPlan } from '../../db/plans/store-plan.js';
import type { HttpHost } from '../../hosts/http/server.js';
import type { ParsedTask } from '../../shared/plan/types.js';
import { newPage, screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { seedsDir, type TempBackend } from '../helpers/temp-backend.js';

const LONG_TITLE = '关于印发《湛江市全面推进质量强市建设暨开展质量提升行动三年攻坚实施方案(2024—2026年)及重点任务分工》的通知';

const SCREENS = ['部门工作台', '任务分解表', '导入规划', '部门目录', '数据交换', '审核', '统计与通报', '设置'];

// The long-titled plan of six tasks, and the id of the unit that leads them.
const app = serveAppForTests({
  prepare: async (t) => {
    const tasks: ParsedTask[] = Array.from({ length: 6 }, (_, i) => ({
      path: String(i + 1),
      code: String(i + 1),
      level: 1,
      section: '重点任务',
      title: `第${i + 1}项:推进农产品质量安全追溯体系和冷链物流标准化建设,完善监测抽检和信用监管制度`,
      content: '按季度报送进展。',
      deadlineText: '2026年底前',
      leads: ['市农业农村局'],
      participants: ['市商务局'],
      isLeadInferred: false,
      line: i + 1,
    }));
    storeParsedPlan(t.backend.db, t.backend.identity.originId, { title: LONG_TITLE, issuer: '', docNumber: '', tasks, aliases: {}, unplaced: [] }, { name: 'long', sha256: 'a'.repeat(64) }, '2026-10-01T00:00:00Z');
    return (await t.backend['departments.list']({})).find((d) => d.name === '市农业农村局')?.id ?? '';
  },
});
let browser: Browser;
let t: TempBackend;
let host: HttpHost;
let nongyeId = '';

beforeAll(() => {
  ({ browser, temp: t, host, fixture: nongyeId } = app());
});

/** How many lines each navigation button's text takes, and whether all buttons share one row. */
type NavLines = { lines: number[]; rows: number; labels: string[] };

// Page-side code as source text (the test tsconfig has no DOM types).
const NAV_LINES = `(() => {
  const buttons = [...document.querySelectorAll('.app-nav button')];
  const lines = buttons.map((b) => {
    const range = document.createRange();
    range.selectNodeContents(b);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  const tops = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  return { lines, rows: tops.size, labels: buttons.map((b) => b.textContent) };
})()`;

const navLines = (page: Page): Promise<NavLines> => page.evaluate(NAV_LINES) as Promise<NavLines>;

const openPlanOf = async (page: Page, label: string): Promise<void> => {
  await page.getByLabel('当前规划').selectOption({ label });
  await page.locator('.plan-meta').filter({ hasText: '6 项任务' }).waitFor();
};

describe.each([
  { width: 1366, height: 768, isLargeFont: false },
  { width: 1366, height: 768, isLargeFont: true },
  { width: 1280, height: 720, isLargeFont: false },
  { width: 1280, height: 720, isLargeFont: true },
])('layout at $width×$height, 大字号 $isLargeFont', ({ width, height, isLargeFont }) => {
  const tag = `${width}x${height}${isLargeFont ? '-large' : ''}`;
  let page: Page;

  beforeAll(async () => {
    await t.backend['workbench.updateSettings']({ isLargeFont, departmentId: nongyeId });
    page = await newPage(browser, { width, height });
    await page.goto(host.url);
    await page.locator('.app-nav').waitFor();
    await page.getByLabel('当前规划').locator('option').nth(1).waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('the header holds one line under a very long plan title', async () => {
    const select = page.getByLabel('当前规划');
    const options = await select.locator('option').allInnerTexts();
    const short = options.find((o) => o.startsWith('湛江市全面推进'));
    expect(short).toMatch(/…$/);
    await openPlanOf(page, short ?? '');
    expect(await select.getAttribute('title')).toBe(LONG_TITLE);
    if (isLargeFont) await page.locator('.app.large-font').waitFor();
    for (const screen of SCREENS) {
      await page.getByRole('button', { name: screen, exact: true }).click();
      // The screen has loaded what it shows (the dashboard fetches its charts' script and figures).
      await page.waitForLoadState('networkidle');
      if (screen === '统计与通报') await page.locator('.dashboard-toolbar').waitFor({ timeout: 20_000 });
      await page.waitForTimeout(200);
      const nav = await navLines(page);
      expect(nav.lines, `${screen}: ${nav.labels.join(' ')}`).toEqual(SCREENS.map(() => 1));
      expect(nav.rows).toBe(1);
      const sideways = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      expect(sideways, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
      await screenshot(page, `layout-${tag}-${SCREENS.indexOf(screen) + 1}-${screen}`);
    }
  });

  test('the report form gives the writing area at least 40% of the window', async () => {
    await page.getByRole('button', { name: '部门工作台', exact: true }).click();
    await page.locator('.task-row[data-task-code="1"]').click();
    const textarea = page.getByLabel('进展情况');
    await textarea.waitFor();
    const box = await textarea.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(height * 0.4);
    await textarea.scrollIntoViewIfNeeded();
    await screenshot(page, `layout-${tag}-report-form`);
  });
});

describe('the report form checks as the clerk types', () => {
  test('wrong values get Chinese messages beside their fields; the draft saves the rest; submit asks for what is missing', async () => {
    await t.backend['workbench.updateSettings']({ isLargeFont: false, departmentId: nongyeId });
    const page = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(host.url);
      await page.getByLabel('当前规划').locator('option').nth(1).waitFor({ state: 'attached' });
      await openPlanOf(page, (await page.getByLabel('当前规划').locator('option').allInnerTexts()).find((o) => o.startsWith('湛江市全面推进')) ?? '');
      await page.getByRole('button', { name: '部门工作台', exact: true }).click();
      await page.locator('.task-row[data-task-code="2"]').click();
      await page.getByLabel('存在问题').fill('检测人员不足');
      await page.getByLabel('完成百分比').fill('150');
      expect(await page.locator('#percent-message').innerText()).toBe('完成百分比不能超过 100(填写的是 150)');
      await page.getByLabel('进展情况').fill('全市抽检'.repeat(3750));
      expect(await page.locator('#progress-count').innerText()).toBe('15000/5000');
      expect(await page.locator('#progress-message').innerText()).toContain('进展情况不能超过 5000 个字');
      await page.keyboard.press('Control+s');
      await page.locator('.save-state.save-partial').waitFor();
      expect(await page.locator('.save-state').innerText()).toContain('标红的项未保存');
      await screenshot(page, 'form-checks-1366');
      // What was right is saved; what was wrong kept its last good value (nothing yet).
      const taskId = (await t.backend['workbench.myTasks']({ departmentId: nongyeId })).rows.find((r) => r.code === '2')?.taskId ?? '';
      const saved = await t.backend['progress.get']({ taskId, departmentId: nongyeId });
      expect(saved.form).toMatchObject({ problems: '检测人员不足', percent: '', progress: '' });

      await page.getByLabel('完成百分比').fill('');
      await page.getByLabel('进展情况').fill('');
      await page.getByRole('button', { name: '提交本期报告' }).click();
      expect(await page.locator('#status-message').innerText()).toBe('提交前请填写进展状态');
      expect(await page.locator('#percent-message').innerText()).toBe('提交前请填写完成百分比');
      expect(await page.locator('#progress-message').innerText()).toBe('提交前请填写进展情况');
      expect(await page.getByRole('alertdialog').count()).toBe(0);

      // A file of a type the office does not take is refused before any upload.
      await page.getByLabel('选择佐证材料文件').setInputFiles({ name: '安装程序.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
      await page.getByText('文件“安装程序.exe”的类型不能作为佐证材料').waitFor();

      await page.getByLabel('进展状态').selectOption({ label: '正常推进' });
      await page.getByLabel('完成百分比').fill('35');
      await page.getByLabel('进展情况').fill('完成抽检 300 批次');
      await page.getByRole('button', { name: '提交本期报告' }).click();
      const dialog = page.getByRole('alertdialog');
      expect(await dialog.textContent()).toContain('提交后不能修改');
      await dialog.getByRole('button', { name: '取消' }).click();
      expect((await t.backend['progress.get']({ taskId, departmentId: nongyeId })).state).toBe('draft');
      await page.getByRole('button', { name: '提交本期报告' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: '确认提交' }).click();
      await page.locator('.submitted-banner').waitFor();
    } finally {
      await page.context().close();
    }
  });
});

describe('groups nobody reports for', () => {
  test('seed 002: 各市州局 is warned on the dashboard and the directory, with a link to register its members', async () => {
    const seed = readFileSync(join(seedsDir, '002_ab82e1817aa53b31.txt'));
    const imported = await t.backend['plans.import']({ fileName: '002.txt', contentBase64: seed.toString('base64'), asNew: true });
    const page = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(host.url);
      await page.getByLabel('当前规划').locator(`option[value="${imported.planId}"]`).waitFor({ state: 'attached' });
      await page.getByLabel('当前规划').selectOption(imported.planId);
      await page.getByRole('button', { name: '统计与通报', exact: true }).click();
      const warning = page.getByRole('alert', { name: '成员未登记的集合' });
      await warning.getByText(/各市州局:\d+ 项任务,成员未登记,无人报送/).waitFor({ timeout: 20_000 });
      expect(await warning.textContent()).toContain('各市州局:18 项任务,成员未登记,无人报送');
      await screenshot(page, 'groups-without-members-dashboard');
      await warning.getByRole('button', { name: '登记成员' }).first().click();
      await page.getByRole('alert', { name: '成员未登记的集合' }).waitFor();
      await page.locator('.directory tr.selected').filter({ hasText: '各市州局' }).waitFor();
      await screenshot(page, 'groups-without-members-directory');
    } finally {
      await page.context().close();
    }
  });
});
