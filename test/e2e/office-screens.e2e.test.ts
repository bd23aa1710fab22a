// Screens for what had only a method (issue 19 follow-up), on an installed office PC in Chromium at
// 1366×768: 单位与密钥 (enrolled keys, what each last sent, 吊销), 设置 → 数据交换 (the mass-change
// reminder), the period being collected beside the dashboard's period choice, 添加指标 from the review
// of a task without one, and 放弃草稿 on the 代填 form.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeMeta } from '../../db/meta.js';
import { screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { call, exportTo, fingerprintOfSite, initOffice, makeDepartment, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';

describe('office screens for keys, settings, the collected period and indicators', () => {
  let office: Site;
  let page: Page;
  let fingerprint = '';
  let taskCode = '';
  // The app served is the office's.
  const app = serveAppForTests({
    filesPrefix: 'duban-e2e-office-screens-',
    prepare: async (temp, tmp) => {
      office = await initOffice({ ...temp, name: 'office' });
      const dept = await makeDepartment(tmp.dir, office, '市商务局', 'shangwu');
      // A task of 市商务局 the plan gave no indicator: the review offers to add one.
      const lead = (await tasksOf(dept, '市商务局')).lead;
      const bare = lead.find(
        (t) => (office.backend.db.prepare('SELECT COUNT(*) AS n FROM indicators WHERE task_id = ? AND deleted = 0').get(t.id) as { n: number }).n === 0,
      );
      if (!bare) throw new Error('市商务局 leads no task without an indicator');
      taskCode = bare.code;
      writeReport(dept, { taskId: bare.id, periodId: '2026-Q4', status: 'on_track', percent: 40, progress: '走访外贸企业 12 家' });
      const pkg = await exportTo(dept, join(tmp.dir, 'up.duban'));
      fingerprint = await fingerprintOfSite(dept);
      const imported = await call(office, 'sync.import', { sources: [{ path: pkg.path }], trust: [fingerprint] });
      expect(imported.files[0]?.outcome).toBe('applied');
      dept.backend.close(); // only the setup needs the department
      // An office that went through the first-run wizard: office screens only, writing for a unit is 代填.
      writeMeta(office.backend.db, 'first_run', 'done');
    },
    page: { width: 1366, height: 768 },
  });

  beforeAll(() => {
    ({ page } = app());
  });

  it('单位与密钥 lists the unit’s key and its last package, and revokes it with a reason', async () => {
    await page.getByRole('button', { name: '数据交换' }).click();
    await page.getByRole('tab', { name: '单位与密钥' }).click();
    const panel = page.getByRole('region', { name: '单位与密钥' });
    const row = panel.locator('tbody tr').filter({ hasText: '市商务局' });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(fingerprint);
    expect(await row.textContent()).toMatch(/至第 \d+ 号变更/);
    expect(await row.textContent()).toContain('使用中');
    await screenshot(page, 'office-peers');

    await row.getByRole('button', { name: '吊销市商务局的密钥' }).click();
    await row.getByRole('button', { name: '确认吊销' }).click();
    await panel.getByRole('alert').filter({ hasText: '请写明吊销原因' }).waitFor();
    await row.getByLabel('吊销原因').fill('电脑已更换');
    await row.getByRole('button', { name: '确认吊销' }).click();
    await expect.poll(() => row.textContent()).toContain('已吊销');
    expect(await row.textContent()).toContain('电脑已更换');
    await panel.getByRole('status').filter({ hasText: `已吊销市商务局的密钥(指纹 ${fingerprint})` }).waitFor();
    await screenshot(page, 'office-peers-revoked');
    const peer = (await call(office, 'sync.peers', {})).find((p) => p.fingerprint === fingerprint);
    expect(peer).toMatchObject({ revokeReason: '电脑已更换' });
    expect(peer?.revokedAt).not.toBeNull();
  });

  it('设置 sets the mass-change reminder, refusing a share out of range in Chinese', async () => {
    await page.getByRole('button', { name: '设置' }).click();
    const section = page.getByRole('region', { name: '数据交换设置' });
    const input = section.getByLabel('大量改动提醒比例');
    await expect.poll(() => input.inputValue()).toBe('20');
    await input.fill('150');
    await section.getByRole('button', { name: '保存' }).click();
    await section.getByRole('alert').filter({ hasText: '请填写 1 到 100 之间的整数' }).waitFor();
    expect((await call(office, 'sync.settings', {})).massChangeShare).toBe(0.2);
    await input.fill('35');
    await section.getByRole('button', { name: '保存' }).click();
    await section.getByRole('status').filter({ hasText: '超过 35% 的任务' }).waitFor();
    expect((await call(office, 'sync.settings', {})).massChangeShare).toBe(0.35);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'office-settings-sync');
  });

  it('the dashboard shows the period being collected, and opens another one with its due date', async () => {
    await page.getByRole('button', { name: '统计与通报' }).click();
    const bar = page.getByLabel('正在收集的报告期');
    await expect.poll(() => bar.textContent()).toContain('正在收集:2026年第四季度');
    await page.getByLabel('报告期', { exact: true }).selectOption({ label: '2027年第一季度' });
    await bar.getByRole('button', { name: '改为收集2027年第一季度' }).click();
    await bar.getByLabel('截止日期').fill('2027-04-10');
    await bar.getByRole('button', { name: '确认开始收集' }).click();
    await expect.poll(() => bar.textContent()).toContain('正在收集:2027年第一季度,截止 2027年4月10日');
    await screenshot(page, 'office-dashboard-collecting');
    expect(await call(office, 'sync.collecting', {})).toMatchObject({ periodId: '2027-Q1', due: '2027-04-10', source: 'opened' });
  });

  it('the review of a task without indicators adds one', async () => {
    await page.getByRole('button', { name: '审核', exact: true }).click();
    const queue = page.getByRole('list', { name: '审核队列' });
    await queue.getByRole('listitem').first().getByRole('button').click();
    const detail = page.getByRole('region', { name: '报告详情' });
    await detail.getByRole('button', { name: '为本任务添加指标' }).click();
    await detail.getByRole('button', { name: '添加', exact: true }).click();
    await detail.getByRole('alert').filter({ hasText: '请填写指标名称' }).waitFor();
    await detail.getByLabel('指标名称').fill('走访外贸企业数');
    await detail.getByLabel('指标单位').fill('家');
    await detail.getByLabel('目标值').fill('≥20');
    await screenshot(page, 'office-review-add-indicator');
    await detail.getByRole('button', { name: '添加', exact: true }).click();
    await detail.getByRole('table', { name: /指标/ }).filter({ hasText: '走访外贸企业数' }).first().waitFor();
    await screenshot(page, 'office-review-indicator-added');
    const rows = office.backend.db.prepare("SELECT name, unit, target_text FROM indicators WHERE name = '走访外贸企业数'").all();
    expect(rows).toEqual([{ name: '走访外贸企业数', unit: '家', target_text: '≥20' }]);
    expect(taskCode).not.toBe('');
  });

  it('放弃草稿 on the 代填 form asks first, then empties the form', async () => {
    await page.getByRole('button', { name: '代填' }).click();
    await page.getByLabel('代填单位').selectOption({ label: '市财政局' });
    await page.locator('.task-row').first().click();
    await page.getByRole('form', { name: '本期报告' }).waitFor();
    await page.getByLabel('进展情况').fill('电话记录:已完成摸底');
    await page.locator('.save-state.save-saved').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: '放弃草稿' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.filter({ hasText: '不能恢复' }).waitFor();
    await screenshot(page, 'office-discard-draft-confirm');
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await page.getByLabel('进展情况').inputValue()).toBe('电话记录:已完成摸底');
    await page.getByRole('button', { name: '放弃草稿' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '放弃草稿' }).click();
    await expect.poll(() => page.getByLabel('进展情况').inputValue()).toBe('');
    expect(office.backend.db.prepare('SELECT COUNT(*) AS n FROM report_drafts').get()).toEqual({ n: 0 });
  });
});
