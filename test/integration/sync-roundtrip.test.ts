// A department reports, the office imports, returns with a reason, the department resubmits, the office accepts.
import { reviewAs } from '../helpers/review.js';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertSynced } from '../../db/sync/synced-write.js';
import { makeTempDir } from '../helpers/temp-backend.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';

describe('package round trip', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-sync-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('carries a report up, a return down, a resubmission up and an acceptance down', async () => {
    const office = await makeOffice(tmp.dir);
    sites.push(office);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(dept);
    const mine = await tasksOf(dept, '市商务局');
    expect(mine.lead.map((t) => t.code)).toEqual(['7', '11']);
    const task = mine.lead[0]!;
    writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 40, progress: '完成外贸企业走访 12 家', attachments: [{ fileName: '走访记录.pdf', bytes: new TextEncoder().encode('PDF 走访记录') }] });

    const p1 = await exportTo(dept, join(tmp.dir, 'stick') + '/');
    expect(p1.fileName).toMatch(/^市商务局-进度包-\d{4}年第.季度-\d{8}\.duban$/);
    expect(p1.attachmentCount).toBe(1);

    // First package from this department: refused until the fingerprint is confirmed.
    const first = await call(office, 'sync.import', { sources: [{ path: p1.path }], trust: [] });
    expect(first.files[0]?.outcome).toBe('needs_trust');
    expect(first.files[0]?.sender?.fingerprint).toBe(await fingerprintOfSite(dept));
    const imported = await call(office, 'sync.import', { sources: [{ path: p1.path }], trust: [await fingerprintOfSite(dept)] });
    expect(imported.files[0]).toMatchObject({ outcome: 'applied', counts: { applied: 2, conflicts: 0, refused: 0 } });
    expect(imported.backupId).not.toBeNull();
    const again = await call(office, 'sync.import', { sources: [{ path: p1.path }], trust: [] });
    expect(again.files[0]?.outcome).toBe('already_imported');

    const pending = await call(office, 'sync.reviews', {});
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ state: 'pending', progress: '完成外贸企业走访 12 家', reportVersion: 1 });
    await reviewAs(office, { task: task.id, department: '市商务局', periodId: '2026-Q4', decision: 'return', reason: '请补充走访企业名单' });
    const r1 = await exportTo(office, join(tmp.dir, 'stick') + '/', '市商务局');
    expect(r1.kind).toBe('review');

    const back = await call(dept, 'sync.import', { sources: [{ path: r1.path }], trust: [] });
    expect(back.files[0]?.outcome).toBe('applied');
    const seen = await call(dept, 'sync.reviews', {});
    expect(seen[0]).toMatchObject({ state: 'returned', lastDecision: { decision: 'return', reason: '请补充走访企业名单' } });

    writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 45, progress: '完成外贸企业走访 12 家(名单附后)' });
    const p2 = await exportTo(dept, join(tmp.dir, 'stick') + '/');
    expect(p2.seqFrom).toBe(p1.seqTo + 1);
    const up2 = await call(office, 'sync.import', { sources: [{ path: p2.path }], trust: [] });
    expect(up2.files[0]).toMatchObject({ outcome: 'applied', counts: { applied: 1 } });
    const resubmitted = await call(office, 'sync.reviews', {});
    expect(resubmitted[0]).toMatchObject({ state: 'pending', reportVersion: 2, lastDecision: { decision: 'return' } });
    await reviewAs(office, { task: '7', department: '市商务局', periodId: '2026-Q4', decision: 'accept' });
    const r2 = await exportTo(office, join(tmp.dir, 'stick') + '/', '市商务局');
    await call(dept, 'sync.import', { sources: [{ path: r2.path }], trust: [] });
    expect((await call(dept, 'sync.reviews', {}))[0]).toMatchObject({ state: 'accepted', reportVersion: 2 });

    // An older package arriving late changes nothing.
    const late = await call(office, 'sync.import', { sources: [{ path: p1.path }, { path: p2.path }], trust: [] });
    expect(late.files.map((f) => f.outcome)).toEqual(['already_imported', 'already_imported']);
  });
});

describe('plan update package', () => {
  it('moves a deadline and adds a participant at the department, keeping its recorded progress', async () => {
    const tmp = makeTempDir('duban-plan-update-');
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    try {
      const task = (await tasksOf(dept, '市商务局')).lead[0]!;
      writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 40, progress: '已记录的进展' });
      const up = await exportTo(dept, join(tmp.dir, 'up.duban'));
      await call(office, 'sync.import', { sources: [{ path: up.path }], trust: [await fingerprintOfSite(dept)] });
      const db = office.backend.db;
      const origin = office.backend.identity.originId;
      const other = (await tasksOf(office, '市农业农村局')).department.id;
      db.transaction(() => {
        const row = db.prepare('SELECT * FROM tasks WHERE id = ?').get(task.id) as Record<string, string | number | null>;
        const values = Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'row_version' && k !== 'origin_id'));
        upsertSynced(db, origin, 'tasks', { ...values, deadline_text: '2027年6月底前', deadline_date: '2027-06-30' });
        upsertSynced(db, origin, 'assignments', { task_id: task.id, department_id: other, role: 'participant', position: 9, is_inferred: 0, raw_name: '市农业农村局', deleted: 0 });
      })();
      const down = await exportTo(office, join(tmp.dir, 'down.duban'), '市商务局');
      expect(down.kind).toBe('plan-update');
      const result = await call(dept, 'sync.import', { sources: [{ path: down.path }], trust: [] });
      expect(result.files[0]).toMatchObject({ outcome: 'applied', kind: 'plan-update', counts: { conflicts: 0, refused: 0 } });
      const updated = (await tasksOf(dept, '市商务局')).lead[0]!;
      expect(updated.deadlineText).toBe('2027年6月底前');
      expect(updated.participants.map((p) => p.name)).toContain('市农业农村局');
      expect(dept.backend.db.prepare('SELECT progress, row_version FROM reports').all()).toEqual([{ progress: '已记录的进展', row_version: 1 }]);
    } finally {
      office.backend.close();
      dept.backend.close();
      tmp.cleanup();
    }
  });
});
