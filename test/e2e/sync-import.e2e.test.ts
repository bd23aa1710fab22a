// The 数据交换 screen in Chromium: import a stick's worth of packages, read the per-package report,
// confirm a new unit's fingerprint, decide a conflict side by side, return a report with a reason.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { domainHash } from '../../db/sync/domain-hash.js';
import { screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { call, enrolKeysDirectly, exportTo, fingerprintOfSite, initOffice, makeDepartment, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';

describe('sync screen in Chromium', () => {
  let office: Site;
  let page: Page;
  let stick = '';
  let newcomerFingerprint = '';
  let picked: string[] = [];
  // The app served is the office's; the departments' PCs are needed only to make their packages.
  const app = serveAppForTests({
    filesPrefix: 'duban-e2e-sync-',
    prepare: async (temp, tmp) => {
      office = await initOffice({ ...temp, name: 'office' });
      const shangwu = await makeDepartment(tmp.dir, office, '市商务局', 'shangwu');
      const shangwu2 = await makeDepartment(tmp.dir, office, '市商务局', 'shangwu-pc2');
      const nongye = await makeDepartment(tmp.dir, office, '市农业农村局', 'nongye');
      const task = (await tasksOf(shangwu, '市商务局')).lead[0]!;
      const other = (await tasksOf(nongye, '市农业农村局')).lead[0]!;
      // 市商务局 is already enrolled; its second PC is enrolled too and wrote the same report differently.
      writeReport(shangwu, { taskId: task.id, periodId: '2026-Q3', status: 'on_track', percent: 20, progress: '三季度走访企业 8 家' });
      const first = await exportTo(shangwu, join(tmp.dir, 'first.duban'));
      writeReport(shangwu2, { taskId: task.id, periodId: '2026-Q4', status: 'behind', percent: 25, progress: '第二台电脑填写:进度滞后' });
      const pc2 = await exportTo(shangwu2, join(tmp.dir, 'pc2.duban'));
      // Both PCs active at once: a database from before one key per unit (a new key now replaces the old on import).
      enrolKeysDirectly(office, [shangwu, shangwu2]);
      await call(office, 'sync.import', { sources: [{ path: first.path }, { path: pc2.path }], trust: [] });
      writeReport(shangwu, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 45, progress: '四季度完成外贸企业走访 12 家,签约项目 3 个' });
      writeReport(shangwu, { taskId: other.id, departmentId: (await tasksOf(nongye, '市农业农村局')).department.id, periodId: '2026-Q4', status: 'done', percent: 100, progress: '代填' });
      writeReport(nongye, { taskId: other.id, periodId: '2026-Q4', status: 'on_track', percent: 60, progress: '农产品质量抽检 1200 批次' });
      stick = join(tmp.dir, 'stick');
      await exportTo(shangwu, `${stick}/`);
      const fromNongye = await exportTo(nongye, `${stick}/`);
      newcomerFingerprint = await fingerprintOfSite(nongye);
      const damaged = readFileSync(fromNongye.path);
      damaged.writeUInt8(damaged.readUInt8(200) ^ 0x10, 200);
      writeFileSync(join(stick, '市农业农村局-进度包-损坏的副本.duban'), damaged);
      // For the picked-files batch: one more package from each unit, and a plan-wide re-dating held for confirmation.
      writeReport(shangwu, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 55, progress: '四季度续报' });
      writeReport(nongye, { taskId: other.id, periodId: '2026-Q4', status: 'on_track', percent: 70, progress: '抽检续报' });
      picked = [(await exportTo(shangwu, join(tmp.dir, 'picked-a.duban'))).path, (await exportTo(nongye, join(tmp.dir, 'picked-b.duban'))).path];
      for (const s of [shangwu, shangwu2, nongye]) s.backend.close();
    },
    page: {},
  });

  beforeAll(() => {
    ({ page } = app());
  });

  it('imports a folder and shows what happened to each package', async () => {
    await page.getByRole('button', { name: '数据交换' }).click();
    await page.getByLabel('文件夹路径').fill(stick);
    await page.getByRole('button', { name: '导入文件夹' }).click();
    const table = page.getByRole('table', { name: '导入报告' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    await page.getByText('已处理 3 个数据包').waitFor();
    const text = await table.textContent();
    expect(text).toContain('拒收');
    expect(text).toContain('待确认指纹');
    expect(text).toContain(newcomerFingerprint);
    expect(text).toContain('不能代替其他单位(市农业农村局)填报');
    await screenshot(page, 'sync-import-report');
    await page.getByRole('button', { name: '指纹一致,确认登记并导入' }).click();
    // 市商务局's package carried a report written for another unit: 部分导入, that row listed with its reason.
    await expect.poll(() => table.locator('tr[data-outcome="applied"]').count()).toBe(1);
    const partly = table.locator('tr[data-outcome="partly_applied"]');
    expect(await partly.count()).toBe(1);
    expect(await partly.textContent()).toContain('部分导入');
    expect(await partly.textContent()).toContain('的进度填报(不能代替其他单位(市农业农村局)填报)');
    await screenshot(page, 'sync-import-confirmed');
  });

  it('shows a conflict side by side and returns a report with a reason', async () => {
    await page.getByRole('tab', { name: /冲突/ }).click();
    await page.getByText('现用版本', { exact: false }).first().waitFor();
    expect(await page.locator('.conflict-side').count()).toBe(2);
    await screenshot(page, 'sync-conflict');
    // 审核 is its own workspace now (issue #17).
    await page.getByRole('button', { name: '审核', exact: true }).click();
    const queue = page.getByRole('list', { name: '审核队列' });
    await queue.getByRole('listitem').filter({ hasText: '市农业农村局' }).getByRole('button').click();
    const detail = page.getByRole('region', { name: '报告详情' });
    await detail.getByText('农产品质量抽检').first().waitFor();
    await detail.getByLabel('退回理由').fill('请补充抽检不合格批次的处理情况');
    await detail.getByRole('button', { name: '退回' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确认退回' }).click();
    await page.getByRole('status').filter({ hasText: '已退回' }).waitFor();
    await page.getByRole('group', { name: '审核状态' }).getByRole('button', { name: /已退回/ }).click();
    const row = queue.getByRole('listitem').filter({ hasText: '市农业农村局' });
    // The queue reloads for the 已退回 filter and the detail follows a click after its fetch: a person
    // clicks the row again if the first click landed on the list being replaced.
    await expect
      .poll(async () => {
        await row.getByRole('button').click();
        return detail.textContent();
      }, { timeout: 20_000 })
      .toContain('请补充抽检不合格批次的处理情况');
    await screenshot(page, 'sync-review');
    await page.getByRole('button', { name: '数据交换' }).click();
  });

  it('imports several picked files with one backup for the batch, the bar moving per file', async () => {
    // Stand on 数据交换 whatever the test before left on screen.
    await page.getByRole('button', { name: '数据交换' }).click();
    await page.getByRole('tab', { name: '导入数据包' }).click();
    const before = (await call(office, 'sync.backups', {})).length;
    await page.locator('input[type="file"]').setInputFiles(picked);
    await page.getByText('已处理 2 个数据包').waitFor();
    const table = page.getByRole('table', { name: '导入报告' });
    await expect.poll(() => table.locator('tr[data-outcome="applied"]').count()).toBe(2);
    expect((await call(office, 'sync.backups', {})).length).toBe(before + 1);
    await screenshot(page, 'sync-import-picked');
  });

  it('restoring the backup before that batch lists the two packages kept on the PC and imports them again', async () => {
    const before = domainHash(office.backend.db);
    await page.getByRole('tab', { name: '备份' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    // Newest first: the backup made before the picked batch.
    await page.getByRole('table', { name: '备份' }).locator('tbody tr').first().getByRole('button', { name: '恢复' }).click();
    await page.getByText('备份之后收到的 2 个数据包仍保存在本机').waitFor();
    const kept = page.getByRole('region', { name: '可重新导入的数据包' });
    // The notice comes with the restore's answer; the list with the refresh that follows it.
    await expect.poll(() => kept.locator('li').count()).toBe(2);
    expect(await kept.textContent()).toContain('市农业农村局');
    await screenshot(page, 'sync-restore-kept-packages');
    await kept.getByRole('button', { name: '全部重新导入' }).click();
    await page.getByText('已重新导入 2 个数据包').waitFor();
    expect(await page.getByRole('region', { name: '可重新导入的数据包' }).count()).toBe(0);
    expect(await call(office, 'sync.storedPackages', {})).toEqual([]);
    expect(domainHash(office.backend.db)).toBe(before);
  });
});
