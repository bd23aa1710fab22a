// Issue 19: the office's columns chosen 在通报中显示 print in the bulletin's list of lagging tasks, in the
// office's order, with each task's value; a hidden column never prints, and without any chosen column the
// bulletin carries nothing new. The flag travels to a department in the plan-update package like the
// column's other fields.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, exportTo, makeDepartment, makeOffice, type Site } from '../helpers/sync-fixture.js';
import { writeQualityFixture } from '../helpers/report-fixtures.js';
import { makeTempBackend, makeTempDir } from '../helpers/temp-backend.js';

describe("the office's columns in the bulletin", () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  const cleanups: (() => void)[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-bulletin-cols-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    for (const c of cleanups.splice(0)) c();
    tmp.cleanup();
  });

  it('prints the chosen columns, in order, with each lagging task’s value; never a hidden one', async () => {
    // The reports fixture has lagging tasks; the sync fixture's office has none.
    const demo = makeTempBackend({ withDemo: false });
    cleanups.push(demo.cleanup);
    writeQualityFixture(demo.backend);
    const office: Site = { ...demo, name: '办公室' };
    const before = await call(office, 'reports.bulletin', {});
    expect(before.lagging.length).toBeGreaterThan(0);
    expect(before.columns).toBeUndefined();
    expect(before.lagging.every((t) => t.values === undefined)).toBe(true);

    const leader = await call(office, 'columns.add', { name: '责任领导', kind: 'person' });
    const note = await call(office, 'columns.add', { name: '备注', kind: 'text' });
    const secret = await call(office, 'columns.add', { name: '内部备忘', kind: 'text' });
    const task = before.lagging[0]!;
    await call(office, 'columns.setValue', { taskId: task.taskId, columnId: leader.id, value: '王副市长' });
    await call(office, 'columns.setValue', { taskId: task.taskId, columnId: note.id, value: '按月调度' });
    await call(office, 'columns.setValue', { taskId: task.taskId, columnId: secret.id, value: '不对外' });
    // Added but not chosen: the bulletin is unchanged.
    expect(await call(office, 'reports.bulletin', {})).toEqual(before);

    const chosen = await call(office, 'columns.update', { id: leader.id, isInBulletin: true });
    expect(chosen.isInBulletin).toBe(true);
    await call(office, 'columns.update', { id: note.id, isInBulletin: true });
    await call(office, 'columns.update', { id: secret.id, isInBulletin: true, isHidden: true });
    await call(office, 'columns.move', { id: note.id, direction: 'left' });

    const after = await call(office, 'reports.bulletin', {});
    expect(after.columns).toEqual([
      { id: note.id, name: '备注' },
      { id: leader.id, name: '责任领导' },
    ]);
    expect(after.lagging.find((t) => t.taskId === task.taskId)?.values).toEqual({ [leader.id]: '王副市长', [note.id]: '按月调度' });
    expect(after.lagging.filter((t) => t.taskId !== task.taskId).every((t) => Object.keys(t.values ?? {}).length === 0)).toBe(true);
    expect(JSON.stringify(after)).not.toContain('不对外');
    // Everything else on the bulletin is as before.
    expect(after.lagging.map(({ values: _v, ...t }) => t)).toEqual(before.lagging);

    await call(office, 'columns.update', { id: leader.id, isInBulletin: false });
    expect((await call(office, 'reports.bulletin', {})).columns).toEqual([{ id: note.id, name: '备注' }]);
  });

  it('carries the choice to a department, where the column stays read-only', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(office, dept);
    const column = await call(office, 'columns.add', { name: '责任领导', kind: 'person' });
    await call(office, 'columns.update', { id: column.id, isInBulletin: true });
    const down = await exportTo(office, join(tmp.dir, 'down.duban'), '市商务局');
    const result = await call(dept, 'sync.import', { sources: [{ path: down.path }], trust: [] });
    expect(result.files[0]).toMatchObject({ outcome: 'applied', counts: { refused: 0, conflicts: 0 } });
    expect((await call(dept, 'columns.list', {})).map((c) => [c.name, c.isInBulletin])).toEqual([['责任领导', true]]);
    await expect(call(dept, 'columns.update', { id: column.id, isInBulletin: false })).rejects.toMatchObject({ code: 'refused' });
  });
});
