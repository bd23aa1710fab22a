// Issue 21 part 1 in Chromium, both sides: the clerk of a lead unit asks for more time and for close-out
// on the task screen (with evidence, and a refused early date), the office approves the 延期 and closes
// the task in 审核 → 延期与办结申请 and then reopens it; the unit sees each decision after the packages.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSynced } from '../../db/sync/synced-write.js';
import { startHttpHost, type HttpHost } from '../../hosts/http/server.js';
import { newPage, rendererBuild, screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { call, exportTo, fingerprintOfSite, initOffice, makeDepartment, tasksOf, type Site } from '../helpers/sync-fixture.js';

const UNIT = '市商务局';
const PDF = Buffer.from('%PDF-1.4\n% 延期说明\n');

describe('延期申请 and 办结销号 in Chromium', () => {
  let tmp: { dir: string };
  let office: Site;
  let dept: Site;
  let deptHost: HttpHost;
  let deptPage: Page;
  let officePage: Page;
  let code = '';
  let trust: string[] = [];
  let n = 0;

  const carry = async (from: Site, to: Site, address?: string): Promise<void> => {
    n += 1;
    const pkg = await exportTo(from, join(tmp.dir, `p${n}.duban`), address);
    const result = await call(to, 'sync.import', { sources: [{ path: pkg.path }], trust });
    expect(result.files[0]?.outcome).toBe('applied');
  };

  const openTask = async (): Promise<void> => {
    await deptPage.reload();
    await deptPage.getByRole('button', { name: '部门工作台' }).click();
    await deptPage.locator(`[data-task-code="${code}"]`).first().click();
    await deptPage.getByRole('region', { name: '延期与办结' }).waitFor();
  };

  const confirm = async (page: Page, label: string): Promise<void> => {
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: label }).click();
    await dialog.waitFor({ state: 'detached' });
  };

  // The app served is the office's; the unit's PC is served beside it.
  const app = serveAppForTests({
    filesPrefix: 'duban-e2e-lifecycle-',
    prepare: async (temp, tmp) => {
      office = await initOffice({ ...temp, name: 'office' });
      const lead = (await tasksOf(office, UNIT)).lead[0]!;
      code = lead.code;
      const db = office.backend.db;
      db.transaction(() => updateSynced(db, office.backend.identity.originId, 'tasks', lead.id, { id: lead.id }, { deadline_date: '2026-12-31' }))();
      dept = await makeDepartment(tmp.dir, office, UNIT, 'shangwu');
      trust = [await fingerprintOfSite(dept)];
      const mine = await tasksOf(dept, UNIT);
      await call(dept, 'workbench.updateSettings', { departmentId: mine.department.id });
      deptHost = await startHttpHost({ handlers: dept.backend, staticDir: rendererBuild });
    },
    page: { height: 768 },
  });

  beforeAll(async () => {
    ({ files: tmp, page: officePage } = app());
    deptPage = await newPage(app().browser, { height: 768 });
    await deptPage.goto(deptHost.url);
  });

  afterAll(async () => {
    await deptHost?.close();
    dept?.backend.close();
  });

  it('the unit asks for a new deadline with evidence; an early date is refused beside the field', async () => {
    await openTask();
    const panel = deptPage.getByRole('region', { name: '延期与办结' });
    await panel.getByRole('button', { name: '申请延期' }).click();
    const form = panel.getByRole('form', { name: '延期申请' });
    await form.getByLabel('申请延至').fill('2026-12-01');
    await form.getByLabel('延期理由').fill('省级配套文件尚未印发,需顺延');
    await form.getByLabel('选择佐证材料文件').setInputFiles({ name: '延期说明.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByRole('button', { name: '延期说明.pdf', exact: true }).waitFor();
    await form.getByRole('button', { name: '提交延期申请' }).click();
    await confirm(deptPage, '提交申请');
    await expect.poll(async () => (await form.locator('.field-error').textContent()) ?? '').toContain('申请延至的日期须晚于现在的完成时限(2026年12月底)');
    await form.getByLabel('申请延至').fill('2027-03-31');
    await form.getByRole('button', { name: '提交延期申请' }).click();
    await confirm(deptPage, '提交申请');
    await form.waitFor({ state: 'detached' });
    await expect.poll(async () => (await panel.textContent()) ?? '').toContain('待审批');
    expect(await panel.textContent()).toContain('申请延至 2027年3月底');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(deptPage, 'lifecycle-department-asked');
  });

  it('the office approves the 延期 in 审核; the unit then sees the new deadline beside the original', async () => {
    await carry(dept, office);
    await officePage.reload();
    await officePage.getByRole('button', { name: '审核' }).click();
    const tab = officePage.getByRole('tab', { name: /延期与办结申请/ });
    await expect.poll(async () => (await tab.textContent()) ?? '').toContain('待审批 1');
    await tab.click();
    await officePage.getByRole('list', { name: '申请列表' }).getByRole('button', { name: new RegExp(`延期申请 · ${code}\\.`) }).click();
    await officePage.getByRole('button', { name: '批准延期' }).waitFor();
    await screenshot(officePage, 'lifecycle-office-queue');
    await officePage.getByRole('button', { name: '批准延期' }).click();
    await confirm(officePage, '批准延期');
    await expect.poll(async () => (await officePage.locator('.notice-banner').textContent()) ?? '').toContain('已批准延期');
    await expect.poll(async () => (await officePage.locator('.lc-queue-detail').textContent()) ?? '').toContain('原定2026年12月底,经批准延至2027年3月底');

    // The clerk imports the office's receipt in 数据交换: the answer names the decision and links to the task.
    const receipt = await exportTo(office, join(tmp.dir, 'receipt.duban'), UNIT);
    await deptPage.reload();
    await deptPage.getByRole('button', { name: '数据交换' }).click();
    await deptPage.getByRole('tab', { name: '导入数据包' }).click();
    await deptPage.locator('input[type="file"]').setInputFiles(receipt.path);
    const banner = deptPage.getByRole('status', { name: '办公室审核结果' });
    await banner.getByText('审批申请 1 项', { exact: false }).waitFor();
    expect(await banner.textContent()).toContain('批准延期');
    await screenshot(deptPage, 'lifecycle-department-answer');
    await banner.getByRole('button', { name: new RegExp(`^${code}\\.`) }).click();
    const panel = deptPage.getByRole('region', { name: '延期与办结' });
    await panel.waitFor();
    await expect.poll(async () => (await panel.textContent()) ?? '').toContain('原定2026年12月底,经批准延至2027年3月底');
    expect(await panel.textContent()).toContain('批准延期');
    const timeline = deptPage.getByRole('region', { name: '时间轴' });
    await expect.poll(async () => (await timeline.textContent()) ?? '').toContain('批准延期');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(deptPage, 'lifecycle-department-approved');
  });

  it('办结: the unit asks with a final report, the office refuses once without a reason (told), closes, then reopens', async () => {
    const panel = deptPage.getByRole('region', { name: '延期与办结' });
    await panel.getByRole('button', { name: '申请办结' }).click();
    const form = panel.getByRole('form', { name: '办结申请' });
    await form.getByRole('button', { name: '提交办结申请' }).click();
    await confirm(deptPage, '提交申请');
    await expect.poll(async () => (await form.textContent()) ?? '').toContain('申请办结须附办结报告');
    await form.getByLabel('办结报告').fill('年度目标全部完成,验收合格。');
    await form.getByRole('button', { name: '提交办结申请' }).click();
    await confirm(deptPage, '提交申请');
    await form.waitFor({ state: 'detached' });

    await carry(dept, office);
    await officePage.reload();
    await officePage.getByRole('button', { name: '审核' }).click();
    await officePage.getByRole('tab', { name: /延期与办结申请/ }).click();
    await officePage.getByRole('list', { name: '申请列表' }).getByRole('button', { name: new RegExp(`办结申请 · ${code}\\.`) }).click();
    await officePage.getByRole('button', { name: '不予销号' }).click();
    await expect.poll(async () => (await officePage.getByRole('alert').first().textContent()) ?? '').toContain('不予销号时请写明理由');
    await officePage.getByRole('button', { name: '同意销号' }).click();
    await confirm(officePage, '同意销号');
    await expect.poll(async () => (await officePage.locator('.lc-queue-detail').textContent()) ?? '').toContain('本任务已办结销号');
    await screenshot(officePage, 'lifecycle-office-closed');
    await carry(office, dept, UNIT);
    await openTask();
    await expect.poll(async () => (await deptPage.getByRole('region', { name: '延期与办结' }).textContent()) ?? '').toContain('办结销号,不再需要报送进展');
    expect(await deptPage.locator(`[data-task-code="${code}"]`).first().textContent()).toContain('已办结');
    await screenshot(deptPage, 'lifecycle-department-closed');

    await officePage.getByLabel('审批意见').fill('上级督查要求继续跟踪');
    await officePage.getByRole('button', { name: '重新启用任务' }).click();
    await confirm(officePage, '重新启用');
    await expect.poll(async () => (await officePage.locator('.notice-banner').textContent()) ?? '').toContain('已重新启用');
    await carry(office, dept, UNIT);
    await openTask();
    await expect.poll(async () => (await deptPage.getByRole('region', { name: '延期与办结' }).textContent()) ?? '').toContain('办公室已重新启用本任务,理由:上级督查要求继续跟踪');
  });
});
