// The scripted scenario, through the command line: an office and three departments on the 湛江 plan,
// setup packages, progress up, a return with a reason, a resubmission, acceptance, a roll-up verified
// by the level above, backups, and refusals with exit code 2.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { writeReportForSync } from '../../db/sync/report-writer.js';
import { hostsCliForTests } from '../helpers/cli.js';
import { fixedClock, makeTempDir } from '../helpers/temp-backend.js';
import type { ImportResult, ReviewItem, SyncStatus } from '../../shared/sync/types.js';
import type { DepartmentTasks } from '../../shared/domain/types.js';

const UNITS = [
  { folder: 'shangwu', name: '市商务局' },
  { folder: 'nongye', name: '市农业农村局' },
  { folder: 'gongxin', name: '市工业和信息化局' },
];

describe('office and three departments through the CLI', () => {
  let tmp: { dir: string; cleanup: () => void };
  const cli = hostsCliForTests();
  const db = (who: string) => join(tmp.dir, who, 'duban.sqlite');
  const stick = () => join(tmp.dir, 'stick') + '/';
  beforeAll(() => {
    tmp = makeTempDir('duban-cli-sync-');
  });
  afterAll(() => tmp.cleanup());

  /** The department workbench is another issue: reports are written through the sync layer's writer. */
  const report = (folder: string, taskId: string, percent: number, progress: string): void => {
    const backend = createBackend({ dbPath: db(folder), clock: fixedClock('2026-12-20T10:00:00+08:00') });
    try {
      writeReportForSync(backend.context, { taskId, periodId: '2026-Q4', status: 'on_track', percent, progress });
    } finally {
      backend.close();
    }
  };

  it('runs the full round trip', async () => {
    const office = (await cli.json<SyncStatus>(['init', '--role', 'office', '--name', '湛江市质量强市办', '--db', db('office')])).json;
    expect(office.role).toBe('office');
    const fingerprints = new Map<string, string>();
    const taskOf = new Map<string, string>();
    for (const unit of UNITS) {
      const setupFile = (await cli.json<{ path: string }>(['setup-package', '--dept', unit.name, '--out', stick(), '--db', db('office')])).json.path;
      expect(setupFile).toMatch(new RegExp(`${unit.name}-初始化包-\\d{4}年第.季度-\\d{8}\\.duban$`));
      const status = (await cli.json<SyncStatus>(['init', '--role', 'department', '--db', db(unit.folder)])).json;
      fingerprints.set(unit.name, status.fingerprint);
      // Without confirming the office's fingerprint the setup package is not taken.
      const untrusted = await cli.run(['import', setupFile, '--db', db(unit.folder)]);
      expect(untrusted.code).toBe(2);
      expect(untrusted.out).toContain(`--trust ${office.fingerprint}`);
      const trusted = await cli.json<ImportResult>(['import', setupFile, '--trust', office.fingerprint, '--db', db(unit.folder)]);
      expect(trusted.json.files[0]).toMatchObject({ outcome: 'applied', kind: 'setup' });
      const tasks = (await cli.json<DepartmentTasks>(['tasks', '--dept', unit.name, '--db', db(unit.folder)])).json;
      const task = tasks.lead[0] ?? tasks.participant[0];
      taskOf.set(unit.name, task!.id);
      report(unit.folder, task!.id, 30, `${unit.name}第四季度进展`);
      await cli.ok(['export', '--out', join(tmp.dir, `up-${unit.folder}-1.duban`), '--db', db(unit.folder)]);
    }

    // The office imports all three at once: refused until each fingerprint is confirmed.
    const ups = UNITS.map((u) => join(tmp.dir, `up-${u.folder}-1.duban`));
    const unconfirmed = await cli.run(['import', ...ups, '--db', db('office'), '--json']);
    expect(unconfirmed.code).toBe(2);
    expect((JSON.parse(unconfirmed.out) as ImportResult).files.map((f) => f.outcome)).toEqual(['needs_trust', 'needs_trust', 'needs_trust']);
    const confirmed = await cli.json<ImportResult>(['import', ...ups, '--trust', [...fingerprints.values()].join(','), '--db', db('office')]);
    expect(confirmed.json.files.map((f) => f.outcome)).toEqual(['applied', 'applied', 'applied']);

    const pending = (await cli.json<ReviewItem[]>(['review', '--db', db('office')])).json;
    expect(pending.map((p) => p.state)).toEqual(['pending', 'pending', 'pending']);
    // Return 市商务局 with a reason; accept the others.
    const refused = await cli.run(['review', '--task', taskOf.get('市商务局')!, '--dept', '市商务局', '--period', '2026-Q4', '--return', '--db', db('office')]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('退回时请写明理由');
    await cli.ok(['review', '--task', taskOf.get('市商务局')!, '--dept', '市商务局', '--period', '2026-Q4', '--return', '--reason', '请附上企业名单', '--db', db('office')]);
    for (const unit of UNITS.slice(1)) await cli.ok(['review', '--task', taskOf.get(unit.name)!, '--dept', unit.name, '--period', '2026-Q4', '--accept', '--db', db('office')]);
    for (const unit of UNITS) {
      await cli.ok(['export', '--to', unit.name, '--out', join(tmp.dir, `down-${unit.folder}-1.duban`), '--db', db('office')]);
      await cli.ok(['import', join(tmp.dir, `down-${unit.folder}-1.duban`), '--db', db(unit.folder)]);
    }
    const seen = (await cli.json<ReviewItem[]>(['review', '--db', db('shangwu')])).json;
    expect(seen[0]).toMatchObject({ state: 'returned', lastDecision: { reason: '请附上企业名单' } });
    expect((await cli.run(['review', '--db', db('shangwu')])).out).toContain('退回理由(第 1 版):请附上企业名单');

    // Resubmission: a new version, sent from the last acknowledged sequence.
    report('shangwu', taskOf.get('市商务局')!, 35, '已附企业名单');
    const up2 = (await cli.json<{ seqFrom: number }>(['export', '--out', join(tmp.dir, 'up-shangwu-2.duban'), '--db', db('shangwu')])).json;
    expect(up2.seqFrom).toBeGreaterThan(1);
    await cli.ok(['import', join(tmp.dir, 'up-shangwu-2.duban'), '--db', db('office')]);
    const again = (await cli.json<ReviewItem[]>(['review', '--dept', '市商务局', '--db', db('office')])).json;
    expect(again[0]).toMatchObject({ state: 'pending', reportVersion: 2, progress: '已附企业名单' });
    await cli.ok(['review', '--task', taskOf.get('市商务局')!, '--dept', '市商务局', '--period', '2026-Q4', '--accept', '--db', db('office')]);
    await cli.ok(['export', '--to', '市商务局', '--out', join(tmp.dir, 'down-shangwu-2.duban'), '--db', db('office')]);
    await cli.ok(['import', join(tmp.dir, 'down-shangwu-2.duban'), '--db', db('shangwu')]);
    expect((await cli.json<ReviewItem[]>(['review', '--db', db('shangwu')])).json[0]).toMatchObject({ state: 'accepted', reportVersion: 2 });

    // Importing everything again changes nothing; a damaged copy is refused with exit 2.
    const before = readFileSync(db('office'));
    const repeat = await cli.run(['import', ...ups, join(tmp.dir, 'up-shangwu-2.duban'), '--db', db('office'), '--json']);
    expect(repeat.code).toBe(0);
    expect((JSON.parse(repeat.out) as ImportResult).files.map((f) => f.outcome)).toEqual(['already_imported', 'already_imported', 'already_imported', 'already_imported']);
    const damaged = readFileSync(ups[0]!);
    const middle = Math.floor(damaged.length / 2);
    damaged.writeUInt8(damaged.readUInt8(middle) ^ 0xff, middle);
    writeFileSync(join(tmp.dir, 'damaged.duban'), damaged);
    const bad = await cli.run(['import', join(tmp.dir, 'damaged.duban'), '--db', db('office')]);
    expect(bad.code, bad.out).toBe(2);
    expect(bad.out).toMatch(/拒收.*damaged\.duban/);
    expect(readFileSync(db('office')).equals(before)).toBe(true);

    // Roll-up: the province verifies every original signature.
    await cli.ok(['rollup', '--out', join(tmp.dir, 'rollup.duban'), '--db', db('office')]);
    const province = (await cli.json<SyncStatus>(['init', '--role', 'office', '--name', '省局', '--db', db('province')])).json;
    expect(province.fingerprint).not.toBe(office.fingerprint);
    const verified = await cli.json<ImportResult>(['import', join(tmp.dir, 'rollup.duban'), '--trust', office.fingerprint, '--db', db('province')]);
    expect(verified.json.files[0]).toMatchObject({ outcome: 'verified', kind: 'rollup' });
    expect(verified.json.files[0]?.inner).toHaveLength(4);
    expect(verified.json.files[0]?.inner.every((i) => i.isValid)).toBe(true);

    // Every import was preceded by a backup, and one can be restored.
    const backups = (await cli.json<{ id: string }[]>(['backups', '--db', db('office')])).json;
    expect(backups.length).toBeGreaterThanOrEqual(2);
    const oldest = backups[backups.length - 1]!.id;
    const restored = await cli.json<{ restored: { id: string } }>(['backups', '--restore', oldest, '--db', db('office')]);
    expect(restored.json.restored.id).toBe(oldest);
    expect((await cli.json<ReviewItem[]>(['review', '--db', db('office')])).json).toHaveLength(0);
  });
});
