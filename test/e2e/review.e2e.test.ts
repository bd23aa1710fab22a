// The office's 审核 workspace in Chromium at 1366×768: 200 submitted reports across 20 units of a
// second plan (reached through the plan switcher), filters by unit, light and state, one report in full
// beside the previous period's, batch accept, the keyboard, and a return whose reason reaches the
// department: its import shows 办公室退回 1 项 and the link opens the report with the reason on top.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../hosts/http/server.js';
import { newPage, rendererBuild, screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { call, exportTo, fingerprintOfSite, initOffice, makeDepartment, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';

const UNITS = [
  '市发展和改革局', '市工业和信息化局', '市教育局', '市科学技术局', '市公安局', '市民政局', '市司法局', '市财政局', '市人力资源和社会保障局', '市自然资源局',
  '市生态环境局', '市住房和城乡建设局', '市交通运输局', '市水务局', '市农业农村局', '市商务局', '市文化广电旅游体育局', '市卫生健康局', '市应急管理局', '市市场监督管理局',
];

/** 100 tasks, each led by one unit and joined by the next: 200 (task, unit) pairs, 10 per unit. */
const planText = (): string =>
  [
    '某市质量提升督办测试方案',
    '',
    '一、重点任务',
    ...Array.from({ length: 100 }, (_, i) => `${i + 1}. 推进第${i + 1}项质量提升工作,完善相关制度和考核机制。(责任单位:${UNITS[(2 * i) % 20]}、${UNITS[(2 * i + 1) % 20]})`),
  ].join('\n');

const STATUSES = ['on_track', 'behind', 'done', 'not_started'] as const;

describe('review workspace in Chromium', () => {
  let tmp: { dir: string };
  let office: Site;
  let shangwu: Site;
  let deptHost: HttpHost;
  let browser: Browser;
  let page: Page;
  let planId = '';
  // The app served is the office's; the department's is served beside it for the return.
  const app = serveAppForTests({
    filesPrefix: 'duban-e2e-review-',
    prepare: async (temp, tmp) => {
      office = await initOffice({ ...temp, name: 'office' });
      // The department 市商务局 on the demo plan sends a report the office will return.
      shangwu = await makeDepartment(tmp.dir, office, '市商务局', 'shangwu');
      const demoTask = (await tasksOf(shangwu, '市商务局')).lead[0]!;
      writeReport(shangwu, { taskId: demoTask.id, periodId: '2026-Q4', status: 'on_track', percent: 40, progress: '四季度走访外贸企业 12 家' });
      const fromDept = await exportTo(shangwu, join(tmp.dir, 'from-shangwu.duban'));
      await call(office, 'sync.import', { sources: [{ path: fromDept.path }], trust: [await fingerprintOfSite(shangwu)] });

      // The second plan, with 200 submitted reports for 2026年第四季度 and the previous quarter's for some.
      const imported = await call(office, 'plans.import', { fileName: '督办测试方案.txt', contentBase64: Buffer.from(planText()).toString('base64') });
      planId = imported.planId;
      const tasks = await call(office, 'tasks.list', { planId });
      expect(tasks).toHaveLength(100);
      const departments = await call(office, 'departments.list', { planId });
      const idOf = new Map(departments.map((d) => [d.name, d.id]));
      for (const [i, task] of tasks.entries()) {
        for (const [j, unit] of task.leads.concat(task.participants).entries()) {
          const departmentId = idOf.get(unit.name);
          if (!departmentId) throw new Error(`no id for ${unit.name}`);
          const status = STATUSES[(i + j + Math.floor(i / 10)) % STATUSES.length]!;
          const percent = status === 'done' ? 100 : status === 'not_started' ? 0 : 20 + ((i * 7 + j * 13) % 60);
          const evidence = i === 0 && j === 0 ? [{ fileName: '现场检查记录.pdf', bytes: Buffer.from('%PDF-1.4\n% 现场检查记录\n') }] : [];
          writeReport(office, {
            taskId: task.id,
            departmentId,
            periodId: '2026-Q4',
            status,
            percent,
            progress: `第${task.code}项:${unit.name}四季度完成检查 ${i + j + 3} 次`,
            problems: `第${task.code}项存在的问题:人手不足`,
            nextSteps: `第${task.code}项下一步:扩大覆盖面`,
            attachments: evidence,
          });
          if (i < 10) writeReport(office, { taskId: task.id, departmentId, periodId: '2026-Q3', status: 'on_track', percent: 10, progress: `第${task.code}项:三季度启动部署` });
        }
      }
      deptHost = await startHttpHost({ handlers: shangwu.backend, staticDir: rendererBuild });
    },
    page: { width: 1366, height: 768 },
  });

  beforeAll(() => {
    ({ files: tmp, browser, page } = app());
  });

  afterAll(async () => {
    await deptHost?.close();
    shangwu?.backend.close();
  });

  const queue = () => page.getByRole('list', { name: '审核队列' });
  const detail = () => page.getByRole('region', { name: '报告详情' });
  const countShown = async (n: number) => page.locator('.review-queue-head').filter({ hasText: `共 ${n} 份` }).waitFor();

  it('opens the second plan from the switcher and queues its 200 reports, newest period first', async () => {
    await page.getByLabel('当前规划').selectOption({ label: '某市质量提升督办测试方案' });
    await page.locator('.plan-meta').filter({ hasText: '100 项任务 · 20 个部门' }).waitFor();
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await countShown(200);
    expect(await queue().getByRole('listitem').count()).toBe(200);
    const periods = await page.getByLabel('报告期', { exact: true }).locator('option').allInnerTexts();
    expect(periods).toEqual(['2026年第四季度', '2026年第三季度']);
    await screenshot(page, 'review-queue-1366');
  });

  it('filters by unit, light and state', async () => {
    await page.getByLabel('单位').selectOption({ label: '市商务局(待审 10)' });
    await countShown(10);
    expect(await queue().textContent()).not.toContain('市财政局');
    await page.getByLabel('亮灯', { exact: true }).selectOption({ label: '黄灯' });
    // Without deadlines, a unit's own 滞后 is what lights yellow.
    await expect.poll(async () => queue().locator('.review-row-meta').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('滞后')]));
    const metas = await queue().locator('.review-row-meta').allInnerTexts();
    expect(metas.length).toBeLessThan(10);
    for (const meta of metas) expect(meta).toContain('滞后');
    await page.getByLabel('亮灯', { exact: true }).selectOption({ label: '全部' });
    await page.getByLabel('单位').selectOption({ label: '全部单位' });
    await countShown(200);
  });

  it('shows one report in full beside its task and the previous period, evidence that opens', async () => {
    await queue().getByRole('listitem').first().getByRole('button').click();
    await detail().getByText('第1项:市发展和改革局四季度完成检查 3 次').waitFor();
    const text = (await detail().textContent()) ?? '';
    for (const part of ['进展情况', '存在问题', '第1项存在的问题:人手不足', '下一步计划', '第1项下一步:扩大覆盖面', '完成', '上期 · 2026年第三季度', '第1项:三季度启动部署']) {
      expect(text).toContain(part);
    }
    const download = page.waitForEvent('download').catch(() => null);
    const popup = page.context().waitForEvent('page', { timeout: 5_000 }).catch(() => null);
    await detail().getByRole('button', { name: '现场检查记录.pdf' }).click();
    expect((await popup) ?? (await download)).not.toBeNull();
    await screenshot(page, 'review-item-1366');
  });

  it('batch-accepts the ticked reports of one unit after confirmation', async () => {
    await page.getByLabel('单位').selectOption({ label: '市财政局(待审 10)' });
    await countShown(10);
    await page.getByLabel('全选待审核').check();
    await page.getByRole('button', { name: '批量通过(10)' }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('批量通过 10 份报告');
    await screenshot(page, 'review-batch-confirm-1366');
    await dialog.getByRole('button', { name: '确认通过 10 份' }).click();
    await page.getByRole('status').filter({ hasText: '已批量通过 10 份报告' }).waitFor();
    await countShown(0);
    const accepted = await call(office, 'review.queue', { planId, state: 'accepted' });
    expect(accepted.items.map((i) => i.departmentName)).toEqual(Array(10).fill('市财政局'));
    expect(accepted.counts).toEqual({ pending: 190, accepted: 10, returned: 0 });
  });

  it('the keyboard moves through the queue and accepts; cancel changes nothing', async () => {
    await page.getByLabel('单位').selectOption({ label: '全部单位' });
    await countShown(190);
    await queue().getByRole('listitem').first().getByRole('button').click();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const current = page.locator('.review-row[aria-current="true"] .review-row-title');
    const third = (await queue().locator('.review-row-title').nth(2).innerText()).trim();
    await expect.poll(async () => (await current.innerText()).trim()).toBe(third);
    await page.keyboard.press('a');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Escape');
    expect((await call(office, 'review.queue', { planId })).counts.accepted).toBe(10);
    await page.keyboard.press('a');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '已通过' }).waitFor();
    await countShown(189);
  });

  it('a return needs a reason, asks first, and leaves the queue', async () => {
    await queue().getByRole('listitem').first().getByRole('button').click();
    await detail().getByRole('button', { name: '退回' }).click();
    await detail().getByText('退回时请写明理由').waitFor();
    await detail().getByLabel('退回理由').fill('请补充检查发现问题的整改情况');
    await detail().getByRole('button', { name: '退回' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确认退回' }).click();
    await page.getByRole('status').filter({ hasText: '已退回' }).waitFor();
    await countShown(188);
    const returned = await call(office, 'review.queue', { planId, state: 'returned' });
    expect(returned.items).toHaveLength(1);
  });

  it('the reason reaches the department: its import says 办公室退回 1 项 and opens the report on it', async () => {
    await page.getByLabel('当前规划').selectOption({ label: '湛江市开展质量提升行动的方案' });
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await queue().getByRole('listitem').filter({ hasText: '市商务局' }).first().getByRole('button').click();
    await detail().getByText('四季度走访外贸企业 12 家').waitFor();
    await detail().getByLabel('退回理由').fill('请附上走访企业名单');
    await detail().getByRole('button', { name: '退回' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确认退回' }).click();
    await page.getByRole('status').filter({ hasText: '已退回' }).waitFor();

    const toDept = await call(office, 'sync.export', { out: join(tmp.dir, 'to-shangwu.duban'), to: '市商务局' });
    const deptPage = await newPage(browser, { width: 1366, height: 768 });
    await deptPage.goto(deptHost.url);
    await deptPage.getByRole('button', { name: '数据交换' }).click();
    // A department's 数据交换 opens on 导出进度包; the office's answer comes in under 导入数据包.
    await deptPage.getByRole('tab', { name: '导入数据包' }).click();
    await screenshot(deptPage, 'review-department-sync-1366');
    await deptPage.locator('input[type="file"]').setInputFiles(toDept.path);
    await deptPage.getByText('已处理 1 个数据包').waitFor();
    await screenshot(deptPage, 'review-department-import-1366');
    const banner = deptPage.getByRole('status', { name: '办公室审核结果' });
    await banner.getByText('办公室退回 1 项 · 通过 0 项').waitFor();
    await screenshot(deptPage, 'review-department-banner-1366');
    await banner.getByRole('button').first().click();
    const returned = deptPage.locator('.returned-banner');
    await returned.waitFor();
    expect(await returned.innerText()).toContain('请附上走访企业名单');
    // The reason is the first thing in the report panel.
    expect(await deptPage.locator('.report-panel > *').first().getAttribute('class')).toContain('returned-banner');
    await screenshot(deptPage, 'review-department-returned-1366');
    writeFileSync(join(tmp.dir, 'done'), '');
  });
});
