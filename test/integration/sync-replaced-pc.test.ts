// A department whose PC is replaced (issue 16, 22): re-issue revokes the old key and carries back, signed,
// everything the office holds of the unit; the new PC carries on; one active key per unit, always; the
// key a package is addressed to is chosen by enrolment order, never by the office's clock.
import { reviewAs } from '../helpers/review.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, openSite, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { fixedClock, makeTempDir, seedsDir } from '../helpers/temp-backend.js';

const activeKeys = (office: Site, departmentId: string): number =>
  (office.backend.db.prepare("SELECT COUNT(*) AS n FROM sync_peers WHERE department_id = ? AND role = 'department' AND revoked_at IS NULL").get(departmentId) as { n: number }).n;

const reportsOf = (site: Site, departmentId: string) =>
  site.backend.db.prepare('SELECT task_id, period_id, status, percent, progress, row_version FROM reports WHERE department_id = ? ORDER BY task_id, period_id').all(departmentId);

describe('a replaced PC', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-reissue-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('gets every report, review and evidence file back after re-issue, and the office keeps one active key', async () => {
    const office = await makeOffice(tmp.dir);
    const old = await makeDepartment(tmp.dir, office, '市商务局', 'old-pc');
    sites.push(office, old);
    const mine = await tasksOf(old, '市商务局');
    const unit = mine.department.id;
    const tasks = [...mine.lead, ...mine.participant].slice(0, 4);
    for (const [i, task] of tasks.entries()) {
      writeReport(old, {
        taskId: task.id,
        periodId: '2026-Q4',
        status: 'on_track',
        percent: 10 * (i + 1),
        progress: `旧电脑报送 ${i + 1}`,
        attachments: i === 0 ? [{ fileName: '佐证.txt', bytes: new TextEncoder().encode('旧电脑的佐证材料') }] : [],
      });
    }
    const up = await exportTo(old, join(tmp.dir, 'old-1.duban'));
    const first = await call(office, 'sync.import', { sources: [{ path: up.path }], trust: [await fingerprintOfSite(old)] });
    expect(first.files[0]?.outcome).toBe('applied');
    await reviewAs(office, { task: tasks[0]!.id, department: '市商务局', periodId: '2026-Q4', decision: 'return', reason: '请补充企业名单', reviewer: '' });
    expect(activeKeys(office, unit)).toBe(1);

    // The PC dies with its database. The office re-issues: the old key is revoked in the same step.
    const reissued = await call(office, 'sync.setupPackage', { department: '市商务局', out: join(tmp.dir, 'reissue.duban') });
    expect(reissued.revokedKeys).toEqual([await fingerprintOfSite(old)]);
    expect(reissued.carriedCount).toBeGreaterThanOrEqual(5);
    expect(activeKeys(office, unit)).toBe(0);

    const fresh = openSite(tmp.dir, 'new-pc', { isOffice: false });
    sites.push(fresh);
    await call(fresh, 'sync.init', { role: 'department' });
    const opened = await call(fresh, 'sync.import', { sources: [{ path: reissued.path }], trust: [] });
    expect(opened.files[0]).toMatchObject({ outcome: 'needs_trust', addressedTo: { departmentId: unit, name: '市商务局' } });
    const setup = await call(fresh, 'sync.import', { sources: [{ path: reissued.path }], trust: [await fingerprintOfSite(office)] });
    expect(setup.files[0]?.outcome).toBe('applied');
    // Every report the office held, as the office holds it; the return and its reason; the evidence file.
    expect(reportsOf(fresh, unit)).toEqual(reportsOf(office, unit));
    expect(reportsOf(fresh, unit)).toHaveLength(4);
    const reviews = await call(fresh, 'sync.reviews', {});
    expect(reviews.find((r) => r.taskId === tasks[0]!.id)).toMatchObject({ state: 'returned', lastDecision: { reason: '请补充企业名单' } });
    const sha = (fresh.backend.db.prepare('SELECT sha256 FROM report_attachments WHERE department_id = ?').get(unit) as { sha256: string }).sha256;
    expect(existsSync(join(fresh.dir, 'files', sha))).toBe(true);
    const detail = await call(fresh, 'progress.get', { taskId: tasks[1]!.id, departmentId: unit, periodId: '2026-Q4' });
    expect(detail.state).toBe('submitted');

    // The clerk carries on: resubmits the returned report. At the office it continues the row (no conflict).
    writeReport(fresh, { taskId: tasks[0]!.id, periodId: '2026-Q4', status: 'on_track', percent: 40, progress: '新电脑补充了企业名单' });
    const next = await exportTo(fresh, join(tmp.dir, 'new-1.duban'));
    const took = await call(office, 'sync.import', { sources: [{ path: next.path }], trust: [await fingerprintOfSite(fresh)] });
    expect(took.files[0]).toMatchObject({ outcome: 'applied', counts: { applied: 1, conflicts: 0, refused: 0 } });
    expect(await call(office, 'sync.conflicts', { isOpenOnly: true })).toEqual([]);
    expect(activeKeys(office, unit)).toBe(1);
    expect((office.backend.db.prepare('SELECT progress FROM reports WHERE task_id = ? AND department_id = ?').get(tasks[0]!.id, unit) as { progress: string }).progress).toBe('新电脑补充了企业名单');

    // The old PC, if it turns up again, is refused with what to do.
    writeReport(old, { taskId: tasks[1]!.id, periodId: '2026-Q4', status: 'behind', percent: 5, progress: '旧电脑又报了一次' });
    const stale = await call(office, 'sync.import', { sources: [{ path: (await exportTo(old, join(tmp.dir, 'old-2.duban'))).path }], trust: [] });
    expect(stale.files[0]).toMatchObject({ outcome: 'rejected', refusalCode: 'revoked' });
    expect(stale.files[0]?.message).toContain('重新生成初始化包');
  });

  it('a second key of an enrolled unit says so, and confirming it retires the old key', async () => {
    const office = await makeOffice(tmp.dir);
    const one = await makeDepartment(tmp.dir, office, '市商务局', 'one');
    const two = await makeDepartment(tmp.dir, office, '市商务局', 'two');
    sites.push(office, one, two);
    const task = (await tasksOf(one, '市商务局')).lead[0]!;
    writeReport(one, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 10, progress: '一号电脑' });
    writeReport(two, { taskId: task.id, periodId: '2026-Q3', status: 'on_track', percent: 10, progress: '二号电脑' });
    await call(office, 'sync.import', { sources: [{ path: (await exportTo(one, join(tmp.dir, 'one.duban'))).path }], trust: [await fingerprintOfSite(one)] });
    const pkg = await exportTo(two, join(tmp.dir, 'two.duban'));
    const asked = await call(office, 'sync.import', { sources: [{ path: pkg.path }], trust: [] });
    expect(asked.files[0]?.outcome).toBe('needs_trust');
    expect(asked.files[0]?.message).toContain(`已登记另一台电脑的密钥(指纹 ${await fingerprintOfSite(one)})`);
    expect(asked.files[0]?.message).toContain('如已更换电脑');
    const unit = (await tasksOf(one, '市商务局')).department.id;
    expect(activeKeys(office, unit)).toBe(1);
    const confirmed = await call(office, 'sync.import', { sources: [{ path: pkg.path }], trust: [await fingerprintOfSite(two)] });
    expect(confirmed.files[0]).toMatchObject({ outcome: 'applied', replacedKeys: [await fingerprintOfSite(one)] });
    expect(activeKeys(office, unit)).toBe(1);
    const peers = await call(office, 'sync.peers', {});
    expect(peers.find((p) => p.originId === two.backend.identity.originId)?.revokedAt).toBeNull();
  });

  it('with the office clock a year behind, packages still go to the unit’s current PC', async () => {
    const office = await makeOffice(tmp.dir);
    const old = await makeDepartment(tmp.dir, office, '市商务局', 'old');
    sites.push(office, old);
    const task = (await tasksOf(old, '市商务局')).lead[0]!;
    writeReport(old, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 10, progress: '旧' });
    await call(office, 'sync.import', { sources: [{ path: (await exportTo(old, join(tmp.dir, 'o.duban'))).path }], trust: [await fingerprintOfSite(old)] });
    office.backend.close();
    sites.splice(0, 1);
    // The same office database, its PC clock now a year behind: the new key's enrolled_at is earlier than the old one's.
    const behind = { ...office, backend: createBackend({ dbPath: office.dbPath, clock: fixedClock('2025-11-25T09:00:00+08:00'), seedsDir, filesDir: join(office.dir, 'files') }) };
    sites.push(behind);
    const reissued = await call(behind, 'sync.setupPackage', { department: '市商务局', out: join(tmp.dir, 're.duban'), keepCurrentKey: true });
    expect(reissued.keptKey).toBe(await fingerprintOfSite(old));
    const fresh = openSite(tmp.dir, 'fresh', { isOffice: false });
    sites.push(fresh);
    await call(fresh, 'sync.init', { role: 'department' });
    await call(fresh, 'sync.import', { sources: [{ path: reissued.path }], trust: [await fingerprintOfSite(behind)] });
    writeReport(fresh, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 20, progress: '新' });
    await call(behind, 'sync.import', { sources: [{ path: (await exportTo(fresh, join(tmp.dir, 'f.duban'))).path }], trust: [await fingerprintOfSite(fresh)] });
    await reviewAs(behind, { task: task.id, department: '市商务局', periodId: '2026-Q4', decision: 'accept', reason: '', reviewer: '' });
    // By name and by the fingerprint read over the phone: both reach the new PC.
    for (const to of ['市商务局', await fingerprintOfSite(fresh)]) {
      const down = await call(behind, 'sync.export', { out: join(tmp.dir, `down-${to.length}.duban`), to });
      const got = await call(fresh, 'sync.import', { sources: [{ path: down.path }], trust: [] });
      expect(['applied', 'already_imported', 'older']).toContain(got.files[0]?.outcome);
    }
    expect((await call(fresh, 'sync.reviews', {})).find((r) => r.taskId === task.id)?.state).toBe('accepted');
  });

  it('a setup package is refused on a PC set up as another unit, saying which', async () => {
    const office = await makeOffice(tmp.dir);
    const shangwu = await makeDepartment(tmp.dir, office, '市商务局', 'sw');
    sites.push(office, shangwu);
    const other = await call(office, 'sync.setupPackage', { department: '市财政局', out: join(tmp.dir, 'cz.duban') });
    const result = await call(shangwu, 'sync.import', { sources: [{ path: other.path }], trust: [await fingerprintOfSite(office)] });
    expect(result.files[0]).toMatchObject({ outcome: 'rejected', refusalCode: 'wrong_recipient' });
    expect(result.files[0]?.message).toContain('这是给市财政局的初始化包,本机已设置为市商务局,不能导入');
    expect((await call(shangwu, 'sync.status', {})).name).toBe('市商务局');
  });
});
