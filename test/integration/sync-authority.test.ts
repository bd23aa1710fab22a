// Authority: a department's changes outside its ownership are recorded as refused, never applied.
// Clocks: the same packages give the same result on offices whose PC clocks are a year apart.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { conflictSnapshot, domainHash } from '../../db/sync/domain-hash.js';
import { upsertSynced } from '../../db/sync/synced-write.js';
import { call, enrolKeysDirectly, exportTo, fingerprintOfSite, makeDepartment, makeOffice, tasksOf, writeReport } from '../helpers/sync-fixture.js';
import { fixedClock, makeTempDir, seedsDir } from '../helpers/temp-backend.js';

describe('authority and clocks', () => {
  let tmp: { dir: string; cleanup: () => void };
  beforeEach(() => {
    tmp = makeTempDir('duban-auth-');
  });
  afterEach(() => tmp.cleanup());

  it('records writes outside the sender’s ownership as refused and applies the rest', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    const mine = await tasksOf(dept, '市商务局');
    const theirs = await tasksOf(dept, '市农业农村局');
    const notMine = theirs.lead.find((t) => !mine.lead.concat(mine.participant).some((m) => m.id === t.id))!;
    writeReport(dept, { taskId: mine.lead[0]!.id, periodId: '2026-Q4', status: 'on_track', percent: 20, progress: '本单位' });
    // Another unit's report, a report on a task we do not join, and a plan row: all outside our authority.
    writeReport(dept, { taskId: notMine.id, departmentId: theirs.department.id, periodId: '2026-Q4', status: 'done', percent: 100, progress: '冒充' });
    writeReport(dept, { taskId: notMine.id, periodId: '2026-Q4', status: 'done', percent: 100, progress: '越权' });
    dept.backend.db.transaction(() => upsertSynced(dept.backend.db, dept.backend.identity.originId, 'tasks', { ...taskRow(dept, notMine.id), title: '被部门改掉的标题' }))();
    const pkg = await exportTo(dept, join(tmp.dir, 'p.duban'));
    const result = await call(office, 'sync.import', { sources: [{ path: pkg.path }], trust: [await fingerprintOfSite(dept)] });
    // Honest outcome: some changes refused is 部分导入, never 已导入.
    expect(result.files[0]).toMatchObject({ outcome: 'partly_applied', counts: { applied: 1, refused: 3 } });
    expect(result.files[0]?.refusedChanges.map((r) => r.reason)).toEqual([
      '不能代替其他单位(市农业农村局)填报',
      '该任务不是本单位牵头或参与的任务(或任务不存在)',
      '部门不能修改规划、任务、分工或审核意见,只有牵头办公室可以',
    ]);
    const reports = office.backend.db.prepare('SELECT task_id, progress FROM reports').all();
    expect(reports).toEqual([{ task_id: mine.lead[0]!.id, progress: '本单位' }]);
    expect((office.backend.db.prepare('SELECT title FROM tasks WHERE id = ?').get(notMine.id) as { title: string }).title).toBe(notMine.title);
    expect(office.backend.db.prepare('SELECT COUNT(*) AS n FROM sync_refused').get()).toEqual({ n: 3 });
    for (const s of [office, dept]) s.backend.close();
  });

  it('merges identically on PCs whose clocks are a year apart', async () => {
    const office = await makeOffice(tmp.dir);
    const a = await makeDepartment(tmp.dir, office, '市商务局', 'a');
    const b = await makeDepartment(tmp.dir, office, '市商务局', 'b');
    const task = (await tasksOf(a, '市商务局')).lead[0]!;
    writeReport(a, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 30, progress: 'A 电脑' });
    writeReport(b, { taskId: task.id, periodId: '2026-Q4', status: 'behind', percent: 10, progress: 'B 电脑' });
    writeReport(a, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 35, progress: 'A 电脑第二次' });
    const packages = [await exportTo(a, join(tmp.dir, 'a.duban')), await exportTo(b, join(tmp.dir, 'b.duban'))].map((p) => ({ path: p.path }));
    const trust = [await fingerprintOfSite(a), await fingerprintOfSite(b)];
    // Two PCs of one unit both active (a database from before one key per unit): the conflict must not depend on clocks.
    enrolKeysDirectly(office, [a, b]);
    for (const s of [office, a, b]) s.backend.close();
    const results = [];
    for (const [name, iso] of [['now', '2026-12-01T10:00:00+08:00'], ['year-later', '2027-12-01T10:00:00+08:00'], ['year-earlier', '2025-12-01T10:00:00+08:00']] as const) {
      const dbPath = join(tmp.dir, `${name}.sqlite`);
      copyFileSync(office.dbPath, dbPath);
      const backend = createBackend({ dbPath, clock: fixedClock(iso), seedsDir, filesDir: join(tmp.dir, `${name}-files`) });
      const site = { backend, dbPath, dir: tmp.dir, name };
      await call(site, 'sync.import', { sources: name === 'year-earlier' ? [...packages].reverse() : packages, trust });
      results.push({ hash: domainHash(backend.db), conflicts: conflictSnapshot(backend.db) });
      backend.close();
    }
    expect((JSON.parse(results[0]!.conflicts) as { held: unknown[] }).held).toHaveLength(1);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

const taskRow = (site: { backend: { db: import('../../db/open.js').Db } }, id: string): Record<string, string | number | null> => {
  const row = site.backend.db.prepare('SELECT * FROM tasks WHERE id = ?').get(id) as Record<string, string | number | null>;
  return Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'row_version' && key !== 'origin_id'));
};
