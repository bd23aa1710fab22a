// "My tasks" on the 湛江 demo: roles, report states, lights under an injected clock, overdue periods, search.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackend, type Backend } from '../../db/backend.js';
import { fixedClock, makeTempBackend, seedsDir, type TempBackend } from '../helpers/temp-backend.js';
import { filledDraft, findDepartment, findTask } from './progress-fixture.js';

let t: TempBackend;
let deptId: string;
let reopened: Backend | null = null;

const reopenAt = (iso: string): Backend => {
  t.backend.close();
  reopened = createBackend({ dbPath: t.dbPath, clock: fixedClock(iso), seedsDir });
  return reopened;
};

beforeEach(async () => {
  t = makeTempBackend();
  deptId = await findDepartment(t.backend, '市农业农村局');
});
afterEach(() => {
  reopened?.close();
  reopened = null;
  t.cleanup();
});

describe('my tasks', () => {
  test('lead and participant tasks with this period’s report state', async () => {
    const task1 = await findTask(t.backend, '1');
    const task8 = await findTask(t.backend, '8');
    await t.backend['progress.submit']({ taskId: task1, departmentId: deptId, periodId: '2026-Q4', draft: filledDraft() });
    await t.backend['progress.saveDraft']({ taskId: task8, departmentId: deptId, periodId: '2026-Q4', draft: filledDraft() });
    const list = await t.backend['workbench.myTasks']({ departmentId: deptId });
    expect(list.period).toMatchObject({ id: '2026-Q4', label: '2026年第四季度', due: '2027-01-05' });
    expect(list.rows.map((r) => [r.code, r.role, r.state])).toEqual([
      ['1', 'lead', 'submitted'],
      ['8', 'participant', 'draft'],
      ['14', 'lead', 'empty'],
      ['19', 'participant', 'empty'],
      ['20', 'participant', 'empty'],
    ]);
    // Seed 004 gives no deadlines: none is invented, and the light follows the reported status.
    expect(list.rows[0]).toMatchObject({ deadline: null, light: 'green', percent: 60 });
    expect(list.rows[2]).toMatchObject({ light: 'none' });
  });

  test('the chosen department is remembered as a setting', async () => {
    await expect(t.backend['workbench.myTasks']({})).rejects.toThrow('请先选择本单位');
    await t.backend['workbench.updateSettings']({ departmentId: deptId, isLargeFont: true });
    expect((await t.backend['workbench.myTasks']({})).department.name).toBe('市农业农村局');
    expect((await t.backend['workbench.settings']({})).isLargeFont).toBe(true);
  });

  test('lights follow the injected clock and the deadline', async () => {
    const task1 = await findTask(t.backend, '1');
    // A test fixture on the real database: the office has since given task 1 a deadline.
    t.backend.db.prepare('UPDATE tasks SET deadline_date = ? WHERE id = ?').run('2027-06-30', task1);
    await t.backend['progress.submit']({ taskId: task1, departmentId: deptId, periodId: '2026-Q4', draft: filledDraft({ percent: '10' }) });
    const rowAt = async (iso: string) => (await reopenAt(iso)['workbench.myTasks']({ departmentId: deptId })).rows[0];
    // Imported 2026-11-22; on 2027-01-10 about 21% of the time has gone: lag 11 points → yellow.
    expect(await rowAt('2027-01-10T09:00:00+08:00')).toMatchObject({ light: 'yellow', deadline: '2027-06-30' });
    reopened?.close();
    // 2027-06-10: within 30 days, and lagging far behind → red wins over blue.
    expect(await rowAt('2027-06-10T09:00:00+08:00')).toMatchObject({ light: 'red' });
    reopened?.close();
    expect(await rowAt('2027-07-01T09:00:00+08:00')).toMatchObject({ light: 'red', lightReason: '已过完成时限仍未完成' });
  });

  test('an overdue period shows as a notice counting unreported tasks', async () => {
    const task1 = await findTask(t.backend, '1');
    await t.backend['progress.submit']({ taskId: task1, departmentId: deptId, periodId: '2026-Q4', draft: filledDraft() });
    expect((await t.backend['workbench.myTasks']({ departmentId: deptId })).overdue).toEqual([]);
    const later = await reopenAt('2027-01-10T09:00:00+08:00')['workbench.myTasks']({ departmentId: deptId });
    expect(later.period.id).toBe('2027-Q1');
    expect(later.overdue).toEqual([{ periodId: '2026-Q4', label: '2026年第四季度', due: '2027-01-05', taskCount: 4 }]);
  });

  test('search: trigram for three or more characters, LIKE for one or two, over task and report text', async () => {
    const fts = await t.backend['workbench.myTasks']({ departmentId: deptId, query: '农产品' });
    expect(fts.searchMode).toBe('fts');
    expect(fts.rows.map((r) => r.code)).toEqual(['1', '14']);
    const like = await t.backend['workbench.myTasks']({ departmentId: deptId, query: '品牌' });
    expect(like.searchMode).toBe('like');
    expect(like.rows.map((r) => r.code)).toEqual(['19']);

    const task20 = await findTask(t.backend, '20');
    await t.backend['progress.submit']({
      taskId: task20,
      departmentId: deptId,
      periodId: '2026-Q4',
      draft: filledDraft({ progress: '完成冷链台账核查3轮' }),
    });
    expect((await t.backend['workbench.myTasks']({ departmentId: deptId, query: '台账核查' })).rows.map((r) => r.code)).toEqual(['20']);
    expect((await t.backend['workbench.myTasks']({ departmentId: deptId, query: '台账核查 不存在的词' })).rows).toEqual([]);
    expect((await t.backend['workbench.myTasks']({ departmentId: deptId, query: '100%_' })).rows).toEqual([]);
  });
});
