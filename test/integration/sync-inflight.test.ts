// Honest outcomes and the CLI's real steps (issues 16, 22): a report in flight when the plan changes is
// shown on both sides and exits 2; a refused import writes nothing (no backup, no renumbering); read-only
// commands leave the database file byte-identical; a department submits from the command line; a plan
// update reaches a unit that never sent a package.
import { reviewAs } from '../helpers/review.js';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertSynced } from '../../db/sync/synced-write.js';
import type { ImportResult } from '../../shared/sync/types.js';
import { hostsCliForTests } from '../helpers/cli.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, openSite, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

const cli = hostsCliForTests();

const fileHashes = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.lock'))
      .map((e) => [e.name, createHash('sha256').update(readFileSync(join(dir, e.name))).digest('hex')]),
  );

describe('in flight, refused, read-only', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-inflight-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('a plan update overtaking a report: both sides show it, nothing is lost, exit codes are right', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局', 'sw');
    sites.push(office, dept);
    const mine = await tasksOf(dept, '市商务局');
    const kept = mine.lead[0]!;
    const dropped = mine.participant[0]!;
    writeReport(dept, { taskId: kept.id, periodId: '2026-Q4', status: 'on_track', percent: 30, progress: '继续承担的任务' });
    writeReport(dept, { taskId: dropped.id, periodId: '2026-Q4', status: 'on_track', percent: 20, progress: '在途的参与任务填报' });
    const p1 = await exportTo(dept, join(tmp.dir, 'p1.duban'));
    writeReport(dept, { taskId: dropped.id, periodId: '2026-Q4', status: 'behind', percent: 25, progress: '在途的第二次填报' });
    const p2 = await exportTo(dept, join(tmp.dir, 'p2.duban'));

    // The office's plan update takes 市商务局 off the task. The unit has never sent a package: the update is addressed to the unit.
    const db = office.backend.db;
    const assignment = db.prepare('SELECT * FROM assignments WHERE task_id = ? AND department_id = ?').get(dropped.id, mine.department.id) as Record<string, string | number | null>;
    const values = Object.fromEntries(Object.entries(assignment).filter(([key]) => key !== 'row_version' && key !== 'origin_id'));
    db.transaction(() => upsertSynced(db, office.backend.identity.originId, 'assignments', { ...values, deleted: 1 }))();
    const update = await call(office, 'sync.export', { out: join(tmp.dir, 'u1.duban'), to: '市商务局' });
    expect(update.kind).toBe('plan-update');
    office.backend.close();
    sites.splice(0, 1);

    const trust = await fingerprintOfSite(dept);
    const partly = await cli.run(['import', p1.path, '--trust', trust, '--json', '--db', office.dbPath]);
    expect(partly.code).toBe(2);
    const partlyJson = JSON.parse(partly.out) as ImportResult;
    expect(partlyJson.files[0]).toMatchObject({ outcome: 'partly_applied', counts: { applied: 1, refused: 1 } });
    expect(partlyJson.files[0]?.refusedChanges[0]).toMatchObject({ table: 'reports', isVoid: true, reason: '已失效:该任务已调整,本单位不再参与' });
    expect(partlyJson.files[0]?.refusedChanges[0]?.label).toContain(`任务 ${dropped.code}`);
    const text = await cli.run(['import', p2.path, '--db', office.dbPath]);
    expect(text.code).toBe(2);
    expect(text.out).toContain('[拒收]');
    expect(text.out).toContain('全部未导入');
    expect(text.out).toContain(`已失效 任务 ${dropped.code}`);

    const reopened = openSite(tmp.dir, 'office', { isOffice: true });
    sites.push(reopened);
    // Nothing lost at the office: the voided reports are on record with their content.
    const refused = reopened.backend.db.prepare('SELECT reason, row_json FROM sync_refused ORDER BY seq').all() as { reason: string; row_json: string }[];
    expect(refused.map((r) => JSON.parse(r.row_json).progress)).toEqual(['在途的参与任务填报', '在途的第二次填报']);

    // The department takes the update and is shown its stranded report with the reason.
    const took = await call(dept, 'sync.import', { sources: [{ path: update.path }], trust: [] });
    expect(took.files[0]?.outcome).toBe('applied');
    const status = await call(dept, 'sync.status', {});
    expect(status.stranded).toEqual([
      expect.objectContaining({ taskId: dropped.id, periodId: '2026-Q4', isUnsent: true, reason: expect.stringContaining('该任务已调整,本单位不再参与') }),
    ]);
  });

  it('a refused import writes nothing: no backup, no renumbering', async () => {
    const office = await makeOffice(tmp.dir);
    let dept = await makeDepartment(tmp.dir, office, '市商务局', 'sw');
    sites.push(office);
    const task = (await tasksOf(dept, '市商务局')).lead[0]!;
    const trust = [await fingerprintOfSite(dept)];
    writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 10, progress: '第一次' });
    await call(office, 'sync.import', { sources: [{ path: (await exportTo(dept, join(tmp.dir, 'p1.duban'))).path }], trust });
    // The copy the department will later be restored from (by hand, the whole folder).
    dept.backend.close();
    const old = join(tmp.dir, 'old.sqlite');
    copyFileSync(dept.dbPath, old);
    dept = openSite(tmp.dir, 'sw', { isOffice: false });
    await reviewAs(office, { task: task.id, department: '市商务局', periodId: '2026-Q4', decision: 'return', reason: '补充', reviewer: '' });
    await call(dept, 'sync.import', { sources: [{ path: (await exportTo(office, join(tmp.dir, 'r1.duban'), '市商务局')).path }], trust: [] });
    writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 20, progress: '第二次' });
    await call(office, 'sync.import', { sources: [{ path: (await exportTo(dept, join(tmp.dir, 'p2.duban'))).path }], trust });
    await reviewAs(office, { task: task.id, department: '市商务局', periodId: '2026-Q4', decision: 'accept', reason: '', reviewer: '' });
    const r2 = await exportTo(office, join(tmp.dir, 'r2.duban'), '市商务局');
    dept.backend.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(dept.dbPath + suffix, { force: true });
    rmSync(join(dept.dir, 'files'), { recursive: true, force: true });
    copyFileSync(old, dept.dbPath);
    dept = openSite(tmp.dir, 'sw', { isOffice: false });
    sites.push(dept);
    const snapshot = () => ({
      log: dept.backend.db.prepare('SELECT origin_id, seq, pk, row_version FROM change_log ORDER BY origin_id, seq').all(),
      meta: dept.backend.db.prepare("SELECT key, value FROM meta WHERE key NOT LIKE 'clock%' ORDER BY key").all(),
      acks: dept.backend.db.prepare('SELECT * FROM sync_acks').all(),
      reports: dept.backend.db.prepare('SELECT task_id, row_version FROM reports').all(),
      backups: existsSync(join(dept.dir, 'files', 'backups')) ? readdirSync(join(dept.dir, 'files', 'backups')) : [],
    });
    const before = snapshot();
    const result = await call(dept, 'sync.import', { sources: [{ path: r2.path }], trust: [] });
    expect(result.files[0]).toMatchObject({ outcome: 'rejected', refusalCode: 'gap' });
    expect(result.backupId).toBeNull();
    expect(snapshot()).toEqual(before);
  });

  it('read-only commands leave the database file byte-identical; report submit from the CLI; --to by fingerprint', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局', 'sw');
    const task = (await tasksOf(dept, '市商务局')).lead[0]!;
    const fingerprint = await fingerprintOfSite(dept);
    for (const s of [office, dept]) s.backend.close();
    const submit = (extra: string[]) =>
      cli.run(['report', 'submit', '--task', task.code, '--status', '正常推进', '--progress', '命令行报送', '--db', dept.dbPath, ...extra]);
    expect((await submit(['--period', '2026-Q4', '--percent', '140'])).code).toBe(2);
    const early = await submit(['--period', '2027-Q1', '--percent', '50']);
    expect(early.code).toBe(2);
    expect(early.err).toContain('现在收集的是2026年第四季度');
    await cli.ok([...['report', 'submit', '--task', task.code, '--status', '正常推进', '--progress', '命令行报送', '--db', dept.dbPath], '--period', '2026-Q4', '--percent', '50']);
    await cli.ok(['export', '--out', join(tmp.dir, 'up.duban'), '--db', dept.dbPath]);
    await cli.ok(['import', join(tmp.dir, 'up.duban'), '--trust', fingerprint, '--db', office.dbPath]);
    const down = await cli.json<{ kind: string }>(['export', '--to', fingerprint, '--out', join(tmp.dir, 'down.duban'), '--db', office.dbPath]);
    expect(down.json.kind).toBe('review');

    for (const site of [office, dept]) {
      const before = fileHashes(site.dir);
      for (const command of [['info'], ['info', '--json'], ['tasks'], ['peers'], ['review'], ['conflicts'], ['backups'], ['plans'], ['period'], ['departments'], ['summary']]) {
        await cli.run([...command, '--db', site.dbPath]);
        expect(fileHashes(site.dir), `${site.name}: duban ${command.join(' ')}`).toEqual(before);
      }
    }
    const info = await cli.run(['info', '--db', dept.dbPath]);
    expect(info.out).toContain(`本机密钥指纹:${fingerprint}`);
    expect(info.out).toContain('牵头办公室正在收集:2026年第四季度');
  });
});
