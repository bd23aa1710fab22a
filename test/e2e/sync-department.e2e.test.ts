// The department's side of issue 16 in Chromium: a PC whose clock is a year behind works to the period
// the office is collecting (shown on the workbench and 数据交换), is told on every screen that the
// office's packages are dated far ahead of its clock, and sees the report a plan update overtook.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upsertSynced } from '../../db/sync/synced-write.js';
import { screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { call, exportTo, initDepartment, makeOffice, tasksOf, writeReport } from '../helpers/sync-fixture.js';
import { fixedClock } from '../helpers/temp-backend.js';

describe('department screens in Chromium', () => {
  let droppedCode = '';
  // The app served is the department PC's, whose clock is a year behind the office's.
  const app = serveAppForTests({
    withDemo: false,
    clock: fixedClock('2025-11-22T09:00:00+08:00'),
    filesPrefix: 'duban-e2e-dept-',
    prepare: async (temp, tmp) => {
      const office = await makeOffice(tmp.dir);
      const dept = await initDepartment({ ...temp, name: 'shangwu' }, tmp.dir, office, '市商务局');
      const mine = await tasksOf(dept, '市商务局');
      const dropped = mine.participant[0]!;
      droppedCode = dropped.code;
      writeReport(dept, { taskId: dropped.id, periodId: '2026-Q4', status: 'on_track', percent: 20, progress: '在途的参与任务填报' });
      await exportTo(dept, join(tmp.dir, 'up.duban'));
      const db = office.backend.db;
      const assignment = db.prepare('SELECT * FROM assignments WHERE task_id = ? AND department_id = ?').get(dropped.id, mine.department.id) as Record<string, string | number | null>;
      const values = Object.fromEntries(Object.entries(assignment).filter(([key]) => key !== 'row_version' && key !== 'origin_id'));
      db.transaction(() => upsertSynced(db, office.backend.identity.originId, 'assignments', { ...values, deleted: 1 }))();
      const update = await call(office, 'sync.export', { out: join(tmp.dir, 'update.duban'), to: '市商务局' });
      await call(dept, 'sync.import', { sources: [{ path: update.path }], trust: [] });
      await call(dept, 'workbench.updateSettings', { departmentId: mine.department.id });
      office.backend.close(); // only the setup needs the office
    },
    page: {},
  });

  it('works to the office’s period, warns about its own clock, and shows the stranded report', async () => {
    const { page } = app();
    const warning = page.locator('.clock-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('牵头办公室发来的数据包日期为 2026年11月22日');
    expect(await warning.textContent()).toContain('报告期以牵头办公室为准');
    await page.getByRole('button', { name: '部门工作台' }).click();
    await expect.poll(async () => (await page.locator('.period-info').textContent()) ?? '').toContain('牵头办公室正在收集:2026年第四季度');
    await screenshot(page, 'sync-department-workbench-period');
    await page.getByRole('button', { name: '数据交换' }).click();
    const stranded = page.getByRole('alert', { name: '已调整的任务' });
    await stranded.waitFor();
    expect(await stranded.textContent()).toContain(`任务 ${droppedCode}`);
    expect(await stranded.textContent()).toContain('该任务已调整,本单位不再参与');
    expect(await page.locator('.sync-status').textContent()).toContain('牵头办公室正在收集:2026年第四季度');
    await screenshot(page, 'sync-department-stranded');
  });
});
