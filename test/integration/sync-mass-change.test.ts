// The mass-change fail-safe (sync.md step 6): a package re-dating or closing more than the set share of
// tasks waits for a person; the report says so in Chinese with the counts; confirming by package id applies it.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { domainHash } from '../../db/sync/domain-hash.js';
import { hostsCliForTests } from '../helpers/cli.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, redateTasks, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

describe('mass-change fail-safe', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-mass-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('holds a plan update that re-dates most tasks until a person confirms it, via the API and the CLI', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(office, dept);
    const task = (await tasksOf(dept, '市商务局')).lead[0]!;
    writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 10, progress: '起步' });
    await call(office, 'sync.import', { sources: [{ path: (await exportTo(dept, join(tmp.dir, 'up.duban'))).path }], trust: [await fingerprintOfSite(dept)] });
    const total = (office.backend.db.prepare('SELECT COUNT(*) AS n FROM tasks WHERE deleted = 0').get() as { n: number }).n;
    const count = Math.ceil(total * 0.5);
    redateTasks(office, count);
    const down = await exportTo(office, join(tmp.dir, 'down.duban'), '市商务局');
    const before = domainHash(dept.backend.db);

    const held = await call(dept, 'sync.import', { sources: [{ path: down.path }], trust: [] });
    const report = held.files[0]!;
    expect(report.outcome).toBe('needs_confirmation');
    expect(report.massChange).toMatchObject({ redated: count, closed: 0, affected: count, total, threshold: 0.2, isOverThreshold: true });
    expect(report.message).toContain(`改动 ${count} 项任务的完成时限`);
    expect(report.message).toContain(`占全部 ${total} 项任务的 ${Math.round((100 * count) / total)}%`);
    expect(report.message).toContain('超过安全阈值 20%');
    expect(held.backupId).toBeNull();
    expect(domainHash(dept.backend.db)).toBe(before);

    // The CLI without the flag exits 2, names the flag and changes nothing.
    const cli = hostsCliForTests();
    const refused = await cli.run(['import', down.path, '--db', dept.dbPath]);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain(`--confirm-mass-change ${down.packageId}`);
    expect(domainHash(dept.backend.db)).toBe(before);

    const confirmed = await call(dept, 'sync.import', { sources: [{ path: down.path }], trust: [], confirmMassChange: [down.packageId] });
    expect(confirmed.files[0]).toMatchObject({ outcome: 'applied', counts: { applied: count } });
    expect((await tasksOf(dept, '市商务局')).lead.find((t) => t.id === task.id)?.deadlineText).toBe('2027年12月底前');
  });

  it('lets a small re-dating through, and follows the configured share', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(office, dept);
    writeReport(dept, { taskId: (await tasksOf(dept, '市商务局')).lead[0]!.id, periodId: '2026-Q4', status: 'on_track', percent: 10, progress: '起步' });
    await call(office, 'sync.import', { sources: [{ path: (await exportTo(dept, join(tmp.dir, 'up.duban'))).path }], trust: [await fingerprintOfSite(dept)] });
    redateTasks(office, 3);
    const down = await exportTo(office, join(tmp.dir, 'down.duban'), '市商务局');
    await call(dept, 'sync.settings', { massChangeShare: 0.01 });
    expect((await call(dept, 'sync.import', { sources: [{ path: down.path }], trust: [] })).files[0]?.outcome).toBe('needs_confirmation');
    const cli = hostsCliForTests();
    const set = await cli.json<{ massChangeShare: number }>(['sync-settings', '--mass-change-share', '0.5', '--db', dept.dbPath]);
    expect(set.json.massChangeShare).toBe(0.5);
    const result = await call(dept, 'sync.import', { sources: [{ path: down.path }], trust: [] });
    expect(result.files[0]).toMatchObject({ outcome: 'applied', massChange: { redated: 3, isOverThreshold: false } });
  });

  it('holds a progress package closing more than the share of the plan at the office', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(office, dept);
    await call(office, 'sync.settings', { massChangeShare: 0.02 });
    const mine = await tasksOf(dept, '市商务局');
    for (const t of [...mine.lead, ...mine.participant]) writeReport(dept, { taskId: t.id, periodId: '2026-Q4', status: 'done', percent: 100, progress: '已完成' });
    const up = await exportTo(dept, join(tmp.dir, 'up.duban'));
    const held = await call(office, 'sync.import', { sources: [{ path: up.path }], trust: [await fingerprintOfSite(dept)] });
    expect(held.files[0]).toMatchObject({ outcome: 'needs_confirmation', massChange: { closed: mine.lead.length + mine.participant.length, redated: 0 } });
    expect(held.files[0]?.message).toContain(`关闭(标为已完成或撤销)${mine.lead.length + mine.participant.length} 项任务`);
    expect(office.backend.db.prepare('SELECT COUNT(*) AS n FROM reports').get()).toEqual({ n: 0 });
    const ok = await call(office, 'sync.import', { sources: [{ path: up.path }], trust: [await fingerprintOfSite(dept)], confirmMassChange: [up.packageId] });
    expect(ok.files[0]?.outcome).toBe('applied');
  });
});
