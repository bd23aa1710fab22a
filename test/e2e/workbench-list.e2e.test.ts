// The workbench list and review round trip in Chromium, with the local host in-process:
// 10,000 tasks stay virtualised; filters, search, Ctrl+F, 大字号; a returned report shows the
// office's reason and is resubmitted.
import { decideReport } from '../helpers/review.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeParsedPlan } from '../../db/plans/store-plan.js';
import { startHttpHost, type HttpHost } from '../../hosts/http/server.js';
import type { ParsedTask } from '../../shared/plan/types.js';
import { assertBuilt, launchChromium, newPage, rendererBuild, screenshot } from '../helpers/browser.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const withHost = async (t: TempBackend, run: (page: Page, host: HttpHost) => Promise<void>): Promise<void> => {
  const host = await startHttpHost({ handlers: t.backend, staticDir: rendererBuild });
  const page = await newPage(browser);
  try {
    await page.goto(host.url);
    await run(page, host);
  } finally {
    await page.context().close();
    await host.close();
    t.cleanup();
  }
};

describe('workbench list', () => {
  test('10,000 tasks: only the rows in view are in the page, and the last one is reachable', async () => {
    const t = makeTempBackend({ withDemo: false });
    const tasks: ParsedTask[] = Array.from({ length: 10_000 }, (_, i) => ({
      path: String(i + 1),
      code: String(i + 1),
      level: 1,
      section: `第${(i % 5) + 1}篇`,
      title: `压力测试任务${i + 1}号`,
      content: i === 9_876 ? '建设冷链物流追溯平台' : '常规工作',
      deadlineText: '',
      leads: i % 2 === 0 ? ['市农业农村局'] : ['市商务局'],
      participants: i % 2 === 0 ? [] : ['市农业农村局'],
      isLeadInferred: false,
      line: i + 1,
    }));
    storeParsedPlan(t.backend.db, t.backend.identity.originId, { title: '万项任务测试方案', issuer: '', docNumber: '', tasks, aliases: {}, unplaced: [] }, { name: 'bench', sha256: 'x'.repeat(64) }, '2026-11-01T00:00:00Z');
    await withHost(t, async (page) => {
      await page.getByLabel('本单位').selectOption({ label: '市农业农村局' });
      await page.locator('.list-count').filter({ hasText: '共 10000 项' }).waitFor();
      expect(await page.locator('.task-row').count()).toBeLessThan(60);
      expect(await page.locator('.list-heading').first().innerText()).toBe('牵头(5000)');

      await page.locator('.task-list').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await page.locator('.task-row[data-task-code="10000"]').waitFor();
      expect(await page.locator('.task-row').count()).toBeLessThan(60);

      await page.getByLabel('篇章').selectOption('第3篇');
      await page.locator('.list-count').filter({ hasText: '共 2000 项(全部 10000 项)' }).waitFor();

      await page.keyboard.press('Control+f');
      expect(await page.locator(':focus').getAttribute('aria-label')).toBe('搜索任务和报告');
      await page.keyboard.type('冷链物流');
      await page.locator('.list-count').filter({ hasText: '共 0 项' }).waitFor();
      await page.getByLabel('篇章').selectOption('');
      await page.locator('.task-row[data-task-code="9877"]').waitFor();
      expect(await page.locator('.task-row').count()).toBe(1);
      await screenshot(page, 'workbench-10000-search');
    });
  });

  test('a returned report shows the reason and is resubmitted; filters by state and the larger font', async () => {
    const t = makeTempBackend();
    const dept = (await t.backend['departments.list']({})).find((d) => d.name === '市农业农村局');
    const task1 = (await t.backend['tasks.list']({})).find((x) => x.code === '1');
    if (!dept || !task1) throw new Error('demo data missing');
    const key = { taskId: task1.id, departmentId: dept.id, periodId: '2026-Q4' };
    await t.backend['workbench.updateSettings']({ departmentId: dept.id });
    await t.backend['progress.submit']({
      ...key,
      draft: { status: 'behind', percent: '30', progress: '已部署', problems: '', nextSteps: '', indicatorValues: {}, attachments: [] },
    });
    await decideReport(t.backend, { ...key, decision: 'return', reason: '进展情况过于简单,请补充具体数据', reviewer: '督查室' });

    await withHost(t, async (page) => {
      await page.getByLabel('本期状态').selectOption({ label: '已退回' });
      await page.locator('.list-count').filter({ hasText: '共 1 项' }).waitFor();
      await page.locator('.task-row[data-task-code="1"]').click();
      const banner = page.locator('.returned-banner');
      expect(await banner.innerText()).toContain('进展情况过于简单,请补充具体数据');
      expect(await page.getByLabel('完成百分比').inputValue()).toBe('30');

      await page.getByLabel('进展情况').fill('已部署,完成抽检 300 批次');
      await page.getByLabel('完成百分比').fill('45');
      await page.getByLabel('大字号').check();
      await page.locator('.workbench.large-font').waitFor();
      await screenshot(page, 'workbench-returned');
      await page.getByRole('button', { name: '重新提交' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: '确认提交' }).click();
      await page.locator('.submitted-banner').waitFor();
      const events = await page.locator('.timeline .event .what').allInnerTexts();
      expect(events.slice(1)).toEqual([
        '提交2026年第四季度报告:滞后,完成 30%',
        '退回市农业农村局2026年第四季度报告,理由:进展情况过于简单,请补充具体数据',
        '重新提交2026年第四季度报告:滞后,完成 45%',
      ]);
      expect((await t.backend['workbench.settings']({})).isLargeFont).toBe(true);
    });
  });

  test("one page load asks for the unit's task list once (the empty search on mount does not ask again)", async () => {
    const t = makeTempBackend();
    const dept = (await t.backend['departments.list']({})).find((d) => d.name === '市农业农村局');
    if (!dept) throw new Error('demo data missing');
    await t.backend['workbench.updateSettings']({ departmentId: dept.id });
    await withHost(t, async (page) => {
      // The first load (before the listener) settles, then one load is counted from its start.
      await page.locator('.task-row').first().waitFor();
      await page.waitForTimeout(1_000);
      const asked: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/api/workbench.myTasks')) asked.push(r.url());
      });
      await page.reload();
      await page.locator('.task-row').first().waitFor();
      await page.waitForTimeout(1_000); // past the search box's 250 ms delay
      expect(asked).toHaveLength(1);
      await page.getByLabel('搜索任务和报告').fill('质量');
      await page.waitForTimeout(1_000);
      expect(asked).toHaveLength(2); // a real search still asks
    });
  });
});
