// A confirmation resumes the batch job in the backend (issue 19): the screen says only what the person
// confirmed (a sender's fingerprint, a mass change); the backend picks the files that waited for it and the
// gap refusals, runs them in the order they were made under the batch's one backup, and updates the same
// job's reports in place, which the screen reads with sync.importStatus as before.
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../db/sync/backups.js';
import type { ImportJobStatus } from '../../shared/sync/types.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, officeAndUnits, redateTasks, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

const report = (taskId: string, progress: string, percent: number) => ({ taskId, periodId: '2026-Q4', status: 'on_track' as const, percent, progress });

const follow = async (site: Site, first: ImportJobStatus): Promise<ImportJobStatus> => {
  let status = first;
  while (status.result === null && status.error === null) {
    await nextTurn();
    status = await call(site, 'sync.importStatus', { jobId: first.jobId });
  }
  return status;
};

describe('confirming inside a batch job', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-import-confirm-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('runs the confirmed sender’s files and the later one again, in order, under the batch’s one backup', async () => {
    const [office, shangwu, nongye] = await officeAndUnits(tmp.dir, '市商务局', '市农业农村局');
    sites.push(office, shangwu, nongye);
    const [task] = (await tasksOf(shangwu, '市商务局')).lead;
    const [farmTask] = (await tasksOf(nongye, '市农业农村局')).lead;
    const nongyeKey = await fingerprintOfSite(nongye);
    writeReport(shangwu, report(task!.id, '十月:走访企业 5 家', 20));
    const sw1 = await exportTo(shangwu, join(tmp.dir, 'sw1.duban'));
    await call(office, 'sync.import', { sources: [{ path: sw1.path }], trust: [await fingerprintOfSite(shangwu)] });
    const backup = await createBackup(office.backend.context, '测试:登记市农业农村局之前');

    // 市农业农村局's first package goes in and is acknowledged, so its second starts after it.
    writeReport(nongye, report(farmTask!.id, '抽检 800 批次', 40));
    const ny1 = await exportTo(nongye, join(tmp.dir, 'ny1.duban'));
    await call(office, 'sync.import', { sources: [{ path: ny1.path }], trust: [nongyeKey] });
    const ack = await exportTo(office, join(tmp.dir, 'ack.duban'), '市农业农村局');
    // Nothing new for the unit (so 'older'), but it carries the office's acknowledgement.
    await call(nongye, 'sync.import', { sources: [{ path: ack.path }], trust: [] });
    writeReport(nongye, report(farmTask!.id, '抽检 1200 批次', 60));
    const ny2 = await exportTo(nongye, join(tmp.dir, 'ny2.duban'));
    expect(ny2.seqFrom).toBe(ny1.seqTo + 1);

    // The office goes back to before 市农业农村局 was enrolled: its key is unknown again, and ny2 alone is a gap.
    await call(office, 'sync.restoreBackup', { id: backup.id });
    writeReport(shangwu, report(task!.id, '十一月:走访企业 12 家', 45));
    const sw2 = await exportTo(shangwu, join(tmp.dir, 'sw2.duban'));
    const alone = await call(office, 'sync.import', { sources: [{ path: ny2.path }], trust: [nongyeKey] });
    expect(alone.files[0]).toMatchObject({ outcome: 'rejected', refusalCode: 'gap' });
    await call(office, 'sync.restoreBackup', { id: backup.id });
    const backupsBefore = (await call(office, 'sync.backups', {})).length;

    // Picked newest first, with a known unit's package that goes in at once (and makes the batch's backup).
    const sources = [ny2, sw2, ny1].map((p) => ({ path: p.path }));
    const first = await follow(office, await call(office, 'sync.importStart', { sources, trust: [] }));
    expect(first.files.map((f) => f?.outcome)).toEqual(['needs_trust', 'applied', 'needs_trust']);
    expect((await call(office, 'sync.backups', {})).length).toBe(backupsBefore + 1);

    const resumed = await call(office, 'sync.importConfirm', { jobId: first.jobId, trustFingerprint: nongyeKey });
    expect(resumed.jobId).toBe(first.jobId);
    const done = await follow(office, resumed);
    expect(done.error).toBeNull();
    expect(done.progress).toMatchObject({ phase: 'finished', done: 3, total: 3 });
    // Reports in place, by the place each file was picked in: sw2's report is the one of the first run.
    expect(done.files.map((f) => f?.file)).toEqual(['ny2.duban', 'sw2.duban', 'ny1.duban']);
    expect(done.files.map((f) => f?.outcome)).toEqual(['applied', 'applied', 'applied']);
    expect(done.files[1]).toEqual(first.files[1]);
    expect(done.result?.files.map((f) => f.outcome)).toEqual(['applied', 'applied', 'applied']);
    // One backup for the whole batch, confirmation included: the one made before sw2 still covers ny1 and ny2.
    expect((await call(office, 'sync.backups', {})).length).toBe(backupsBefore + 1);
    expect(done.result?.backupId).toBe(first.result?.backupId);
    const shown = office.backend.db.prepare('SELECT progress FROM reports WHERE task_id = ?').get(farmTask!.id) as { progress: string };
    expect(shown.progress).toBe('抽检 1200 批次');

    // Nothing waits any more: the job is finished with, and a second confirmation is refused in Chinese.
    await expect(call(office, 'sync.importConfirm', { jobId: first.jobId, trustFingerprint: nongyeKey })).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('请重新导入'),
    });
  });

  it('a confirmed mass change takes the held package and the later one refused for a gap', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(office, dept);
    const task = (await tasksOf(dept, '市商务局')).lead[0]!;
    const fingerprint = await fingerprintOfSite(dept);
    writeReport(dept, report(task.id, '起步', 10));
    await call(office, 'sync.import', { sources: [{ path: (await exportTo(dept, join(tmp.dir, 'up.duban'))).path }], trust: [fingerprint] });
    const total = (office.backend.db.prepare('SELECT COUNT(*) AS n FROM tasks WHERE deleted = 0').get() as { n: number }).n;
    const backup = await createBackup(dept.backend.context, '测试:大批修改之前');
    // The unit takes the re-dating and acknowledges it, so the office's next package starts after it.
    redateTasks(office, Math.ceil(total * 0.5), '2027年12月底前');
    const d1 = await exportTo(office, join(tmp.dir, 'd1.duban'), '市商务局');
    await call(dept, 'sync.import', { sources: [{ path: d1.path }], trust: [], confirmMassChange: [d1.packageId] });
    writeReport(dept, report(task.id, '续报', 20));
    await call(office, 'sync.import', { sources: [{ path: (await exportTo(dept, join(tmp.dir, 'up2.duban'))).path }], trust: [] });
    redateTasks(office, 1, '2027年11月底前');
    const d2 = await exportTo(office, join(tmp.dir, 'd2.duban'), '市商务局');
    expect(d2.seqFrom).toBe(d1.seqTo + 1);
    // The unit goes back to before d1: d1 waits for a person, d2 is refused for the gap d1 leaves.
    await call(dept, 'sync.restoreBackup', { id: backup.id });
    const backupsBefore = (await call(dept, 'sync.backups', {})).length;
    const first = await follow(dept, await call(dept, 'sync.importStart', { sources: [{ path: d2.path }, { path: d1.path }], trust: [] }));
    expect(first.files.map((f) => [f?.outcome, f?.refusalCode])).toEqual([
      ['rejected', 'gap'],
      ['needs_confirmation', null],
    ]);
    const done = await follow(dept, await call(dept, 'sync.importConfirm', { jobId: first.jobId, confirmMassChange: d1.packageId }));
    expect(done.error).toBeNull();
    expect(done.files.map((f) => f?.outcome)).toEqual(['applied', 'applied']);
    expect((await call(dept, 'sync.backups', {})).length).toBe(backupsBefore + 1);
    // d2's re-dating of the first task came after d1's, and is what the unit now shows.
    const firstTask = dept.backend.db.prepare('SELECT deadline_text FROM tasks WHERE deleted = 0 ORDER BY seq LIMIT 1').get() as { deadline_text: string };
    expect(firstTask.deadline_text).toBe('2027年11月底前');
  });

  it('refuses a confirmation for an unknown job, an empty one, and a fingerprint the batch does not wait for', async () => {
    const office = await makeOffice(tmp.dir);
    const shangwu = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(office, shangwu);
    const [task] = (await tasksOf(shangwu, '市商务局')).lead;
    await expect(
      call(office, 'sync.importConfirm', { jobId: '00000000-0000-4000-8000-000000000000', trustFingerprint: 'ABCD-EFGH' }),
    ).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('已过期') });

    writeReport(shangwu, report(task!.id, '十月:走访企业 5 家', 20));
    const sw1 = await exportTo(shangwu, join(tmp.dir, 'sw1.duban'));
    const first = await follow(office, await call(office, 'sync.importStart', { sources: [{ path: sw1.path }], trust: [] }));
    expect(first.files[0]?.outcome).toBe('needs_trust');
    await expect(call(office, 'sync.importConfirm', { jobId: first.jobId })).rejects.toMatchObject({ code: 'bad_input', message: expect.stringContaining('确认的是指纹还是大批修改') });
    const before = (await call(office, 'sync.backups', {})).length;
    await expect(call(office, 'sync.importConfirm', { jobId: first.jobId, trustFingerprint: 'ABCD-EFGH' })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('没有等待核对这个指纹'),
    });
    expect(await call(office, 'sync.importStatus', { jobId: first.jobId })).toEqual(first);
    expect((await call(office, 'sync.backups', {})).length).toBe(before);
  });
});
