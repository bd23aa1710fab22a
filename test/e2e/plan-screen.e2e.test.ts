// The first screen a user sees, driven in Debian's Chromium through the local HTTP host on a real database.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { HttpHost } from '../../hosts/http/server.js';
import { screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import type { TempBackend } from '../helpers/temp-backend.js';

describe('plan screen in Chromium', () => {
  const requests: string[] = [];
  const app = serveAppForTests({ page: { beforeGoto: (p) => p.on('request', (r) => requests.push(r.url())) } });
  let t: TempBackend;
  let host: HttpHost;
  let page: Page;
  let taskListRequestsAtStart = -1;
  const taskListRequests = (): number => requests.filter((url) => url.endsWith('/api/tasks.list')).length;

  beforeAll(async () => {
    ({ temp: t, host, page } = app());
    // The shell counts the plan's tasks from the plan summary; the whole list waits for its screen (the
    // count shows once the shell's start requests have answered, which used to include the list).
    await page.locator('.plan-meta').filter({ hasText: '共 30 项任务' }).waitFor();
    taskListRequestsAtStart = taskListRequests();
    await page.getByRole('button', { name: '任务分解表' }).click();
  });

  it('counts the tasks in the header without fetching the whole task list at start', async () => {
    const [plan] = await t.backend['plans.list']({});
    const departments = await t.backend['departments.list']({ planId: plan?.id });
    expect(await page.locator('.plan-meta').textContent()).toBe(`共 30 项任务 · ${departments.length} 个部门`);
    expect(taskListRequestsAtStart).toBe(0);
    await expect.poll(taskListRequests).toBe(1);
  });

  it('opens on the 湛江 demo plan with all 30 tasks and their departments', async () => {
    await page.getByText('湛江市开展质量提升行动的方案', { exact: true }).first().waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(30);
    const row7 = page.locator('tr[data-task-code="7"]');
    expect(await row7.textContent()).toContain('推动服务业提质增效');
    expect(await row7.textContent()).toContain('市商务局');
    await screenshot(page, 'plan-task-list');
  });

  it('finds 市商务局 by pinyin initials and splits its tasks into 牵头 and 参与', async () => {
    const search = page.getByLabel('部门', { exact: true });
    await search.fill('sswj');
    const options = page.getByRole('option');
    expect(await options.first().textContent()).toContain('市商务局');
    await search.fill('商务');
    await page.getByRole('option', { name: /市商务局/ }).click();

    const lead = page.getByRole('region', { name: '牵头任务' });
    const participant = page.getByRole('region', { name: '参与任务' });
    await lead.locator('tbody tr').first().waitFor();
    const codes = async (region: typeof lead) =>
      region.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task-code')));
    expect(await codes(lead)).toEqual(['7', '11']);
    expect(await codes(participant)).toEqual(['10', '19', '26']);
    expect(await page.locator('h2').textContent()).toContain('牵头 2 项 · 参与 3 项');
    await screenshot(page, 'department-tasks-shangwu');
  });

  it('lets the office rename the plan from the decomposition table, and refuses an empty name', async () => {
    await page.getByRole('button', { name: '全部任务' }).click();
    await page.getByRole('button', { name: '规划改名' }).click();
    const input = page.getByLabel('规划名称');
    await expect.poll(() => input.inputValue()).toBe('湛江市开展质量提升行动的方案');
    await input.fill('  ');
    await expect.poll(() => page.getByRole('button', { name: '保存' }).isDisabled()).toBe(true);
    await page.locator('.plan-rename .warn', { hasText: '规划名称不能为空' }).waitFor();
    await input.fill('湛江市质量提升行动任务分解(2026)');
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('caption', { hasText: '湛江市质量提升行动任务分解(2026) 工作任务分解表' }).waitFor();
    await expect.poll(async () => (await t.backend['plans.list']({})).map((p) => p.title)).toEqual(['湛江市质量提升行动任务分解(2026)']);
    await expect.poll(() => page.locator('.plan-switcher .plan-title').getAttribute('title')).toBe('湛江市质量提升行动任务分解(2026)');
    await screenshot(page, 'plan-renamed');
  });

  it('makes no request outside the app itself', () => {
    const origin = new URL(host.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });
});
