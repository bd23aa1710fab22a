// The mass-change fail-safe as a department clerk meets it (sync.md step 6): a plan update from the
// office re-dates half the plan, so the import holds it and says so; nothing changes until the clerk
// has checked with the office and clicks 已核实,确认导入; then the new deadlines are on the workbench.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainHash } from '../../db/sync/domain-hash.js';
import { screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { call, exportTo, fingerprintOfSite, initDepartment, makeOffice, redateTasks, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';

describe('a held mass change in Chromium', () => {
  let dept: Site;
  let update = '';
  let redated = 0;
  let total = 0;
  // The app served is the department PC's.
  const app = serveAppForTests({
    withDemo: false,
    filesPrefix: 'duban-e2e-mass-',
    prepare: async (temp, tmp) => {
      const office = await makeOffice(tmp.dir);
      dept = await initDepartment({ ...temp, name: 'shangwu' }, tmp.dir, office, '市商务局');
      const mine = await tasksOf(dept, '市商务局');
      writeReport(dept, { taskId: mine.lead[0]!.id, periodId: '2026-Q4', status: 'on_track', percent: 10, progress: '起步' });
      await call(office, 'sync.import', { sources: [{ path: (await exportTo(dept, join(tmp.dir, 'up.duban'))).path }], trust: [await fingerprintOfSite(dept)] });
      total = (office.backend.db.prepare('SELECT COUNT(*) AS n FROM tasks WHERE deleted = 0').get() as { n: number }).n;
      redated = Math.ceil(total * 0.6);
      redateTasks(office, redated, '2027年12月底前');
      update = (await exportTo(office, join(tmp.dir, '市商务局-计划更新.duban'), '市商务局')).path;
      await call(dept, 'workbench.updateSettings', { departmentId: mine.department.id });
      office.backend.close(); // only the setup needs the office
    },
    page: {},
  });

  it('holds the update with its counts, and applies it only when the clerk confirms', async () => {
    const { page } = app();
    const before = domainHash(dept.backend.db);
    await page.getByRole('button', { name: '数据交换' }).click();
    // A department PC opens on 导出进度包; the office's packages come in under 导入数据包.
    await page.getByRole('tab', { name: '导入数据包' }).click();
    await page.locator('input[type="file"]').setInputFiles([update]);
    const table = page.getByRole('table', { name: '导入报告' });
    const held = table.locator('tr[data-outcome="needs_confirmation"]');
    await held.waitFor();
    const text = (await held.textContent()) ?? '';
    expect(text).toContain('待确认大量改动');
    expect(text).toContain(`期限改动 ${redated} 项、关闭 0 项,共 ${redated}/${total} 项任务`);
    expect(text).toContain('超过安全阈值 20%');
    // A clerk is told what to click, not a command line.
    expect(text).not.toMatch(/命令行|--confirm/);
    expect(await page.getByText('已处理 1 个数据包(本机数据未改动)').count()).toBe(1);
    await screenshot(page, 'sync-mass-change-held');
    // Held means held: the department's data is exactly as before.
    expect(domainHash(dept.backend.db)).toBe(before);

    await held.getByRole('button', { name: '已核实,确认导入' }).click();
    await expect.poll(() => table.locator('tr[data-outcome="applied"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await table.locator('tr[data-outcome="needs_confirmation"]').count()).toBe(0);
    expect(domainHash(dept.backend.db)).not.toBe(before);
    await screenshot(page, 'sync-mass-change-confirmed');

    await page.getByText('已处理 1 个数据包(导入前已自动备份)').waitFor();
    // The plan's table shows the office's new deadlines at once, without restarting the app.
    await page.getByRole('button', { name: '任务分解表' }).click();
    // It opens on this unit's own tasks, fetched before the import: they are fetched again.
    const mine = await tasksOf(dept, '市商务局');
    const mineRedated = [...mine.lead, ...mine.participant].filter((t) => t.deadlineText === '2027年12月底前').length;
    expect(mineRedated).toBeGreaterThan(0);
    await page.getByRole('heading', { name: /^市商务局/ }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: '2027年12月底前' }).count(), { timeout: 20_000 }).toBe(mineRedated);
    await page.getByText('全部任务').click();
    await expect.poll(() => page.getByRole('cell', { name: '2027年12月底前' }).count(), { timeout: 20_000 }).toBe(redated);
    await screenshot(page, 'sync-mass-change-table');
  });
});
