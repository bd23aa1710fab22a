// A department restored from an old backup: its change-log seqs and row versions went back. Its new reports
// must still reach the office — applied, or held as a conflict beside the version the office has — never
// dropped as "older". Three ways back: the app's restore, the database file copied back by hand, and the
// whole data folder copied back (then the office refuses, and its acknowledgement re-bases the department).
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../db/sync/backups.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, openSite, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

type Setup = { office: Site; dept: Site; taskId: string; snapshot: () => Promise<string> };

describe('department restored from an old backup', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-restore-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  const report = (taskId: string, progress: string) => ({ taskId, periodId: '2026-Q4', status: 'on_track' as const, percent: 50, progress });

  /** The department sends one report, is backed up, then sends a second version and a new report (both lost on restore). */
  const prepare = async (takeSnapshot: (dept: Site) => Promise<string>): Promise<Setup & { backup: string }> => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(office, dept);
    const [task, other] = (await tasksOf(dept, '市商务局')).lead;
    writeReport(dept, report(task!.id, '第一次'));
    const trust = [await fingerprintOfSite(dept)];
    await call(office, 'sync.import', { sources: [{ path: (await exportTo(dept, join(tmp.dir, 'p1.duban'))).path }], trust });
    const backup = await takeSnapshot(dept);
    writeReport(dept, report(task!.id, '第二次(恢复后丢失)'));
    writeReport(dept, report(other!.id, '另一项(恢复后丢失)'));
    const p2 = await call(office, 'sync.import', { sources: [{ path: (await exportTo(dept, join(tmp.dir, 'p2.duban'))).path }], trust: [] });
    expect(p2.files[0]?.counts.applied).toBe(2);
    return { office, dept, taskId: task!.id, snapshot: async () => backup, backup };
  };

  /** After the restore: a new report reaches the office, as the row or as a conflict beside it. */
  const expectNewReportArrives = async (office: Site, dept: Site, taskId: string): Promise<void> => {
    writeReport(dept, report(taskId, '恢复后新写的'));
    const p3 = await exportTo(dept, join(tmp.dir, 'p3.duban'));
    const result = await call(office, 'sync.import', { sources: [{ path: p3.path }], trust: [] });
    expect(result.files[0]?.outcome).toBe('applied');
    expect(result.files[0]!.counts.applied + result.files[0]!.counts.conflicts).toBeGreaterThan(0);
    const shown = office.backend.db.prepare("SELECT progress FROM reports WHERE task_id = ?").get(taskId) as { progress: string };
    const held = (await call(office, 'sync.conflicts', { isOpenOnly: true })).flatMap((g) => g.others.map((o) => o.row.progress));
    expect([shown.progress, ...held]).toContain('恢复后新写的');
    // The office's version from before the restore is not lost either.
    expect([shown.progress, ...held]).toContain('第二次(恢复后丢失)');
  };

  it('through the app: the restored copy numbers new changes above what it had sent', async () => {
    const { office, dept, taskId, backup } = await prepare(async (d) => (await createBackup(d.backend.context, '测试用备份')).id);
    await call(dept, 'sync.restoreBackup', { id: backup });
    expect(dept.backend.db.prepare('SELECT progress FROM reports WHERE task_id = ?').get(taskId)).toEqual({ progress: '第一次' });
    await expectNewReportArrives(office, dept, taskId);
  });

  it('database file copied back by hand: caught on open from the high-water mark beside it', async () => {
    const copy = join(tmp.dir, 'old.sqlite');
    const { office, dept, taskId } = await prepare(async (d) => {
      await d.backend.db.backup(copy);
      return copy;
    });
    dept.backend.close();
    sites.splice(sites.indexOf(dept), 1);
    copyFileSync(copy, dept.dbPath);
    const reopened = openSite(tmp.dir, '市商务局', { isOffice: false });
    sites.push(reopened);
    await expectNewReportArrives(office, reopened, taskId);
  });

  it('whole folder copied back: the office refuses rather than drop, and its acknowledgement re-bases the department', async () => {
    const saved = join(tmp.dir, 'saved-folder');
    const { office, dept, taskId } = await prepare(async (d) => {
      cpSync(d.dir, saved, { recursive: true, filter: (src) => !/-(wal|shm)$/.test(src) });
      await d.backend.db.backup(join(saved, 'duban.sqlite'));
      return saved;
    });
    dept.backend.close();
    sites.splice(sites.indexOf(dept), 1);
    rmSync(dept.dir, { recursive: true });
    cpSync(saved, dept.dir, { recursive: true });
    const restored = openSite(tmp.dir, '市商务局', { isOffice: false });
    sites.push(restored);
    writeReport(restored, report(taskId, '恢复后新写的'));
    const p3 = await exportTo(restored, join(tmp.dir, 'p3.duban'));
    const refused = await call(office, 'sync.import', { sources: [{ path: p3.path }], trust: [] });
    expect(refused.files[0]).toMatchObject({ outcome: 'rejected', refusalCode: 'rewound' });
    expect(refused.files[0]?.message).toContain('从旧备份恢复过');
    // The office sends its acknowledgement (nothing new to say otherwise); the department re-bases on it.
    const ack = await exportTo(office, join(tmp.dir, 'ack.duban'), '市商务局');
    const back = await call(restored, 'sync.import', { sources: [{ path: ack.path }], trust: [] });
    expect(back.files[0]?.message).toContain('重新编号');
    const p4 = await exportTo(restored, join(tmp.dir, 'p4.duban'));
    const result = await call(office, 'sync.import', { sources: [{ path: p4.path }], trust: [] });
    expect(result.files[0]?.outcome).toBe('applied');
    const shown = office.backend.db.prepare('SELECT progress FROM reports WHERE task_id = ?').get(taskId) as { progress: string };
    const held = (await call(office, 'sync.conflicts', { isOpenOnly: true })).flatMap((g) => g.others.map((o) => o.row.progress));
    expect([shown.progress, ...held]).toEqual(expect.arrayContaining(['恢复后新写的', '第二次(恢复后丢失)']));
  });
});
