// A damaged database at start: every host still starts, says so in Chinese, offers the newest backup
// that passes quick_check, and on confirmation keeps the damaged file aside (renamed, byte for byte) and
// restores the backup. Nothing is written to the damaged file, before or after.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { openRecoverable } from '../../db/recovery/recoverable.js';
import { dispatch } from '../../shared/api/validate.js';
import { hostsCliForTests } from '../helpers/cli.js';
import { fixedClock, makeTempDir, seedsDir } from '../helpers/temp-backend.js';

const damage = (path: string): Buffer => {
  const damaged = Buffer.from(readFileSync(path));
  damaged.fill(0x5a, 4096 * 3, 4096 * 6);
  writeFileSync(path, damaged);
  return damaged;
};

describe('startup recovery', () => {
  let tmp: { dir: string; cleanup: () => void };
  let dbPath: string;
  const filesDir = () => join(tmp.dir, 'files');
  const options = (day: string) => ({ dbPath, clock: fixedClock(`${day}T09:00:00+08:00`), seedsDir });

  beforeEach(async () => {
    tmp = makeTempDir('duban-recovery-');
    dbPath = join(tmp.dir, 'duban.sqlite');
    // Day 1: created with the demo. Day 2: opening makes the daily backup, then the office is renamed.
    createBackend(options('2026-11-20')).close();
    const day2 = createBackend(options('2026-11-21'));
    await dispatch(day2, 'reports.updateSettings', { officeName: '备份之后改的名称' });
    day2.close();
  });
  afterEach(() => tmp.cleanup());

  it('starts in recovery, refuses other calls with the reason, and touches nothing until confirmed', async () => {
    const damaged = damage(dbPath);
    const recoverable = openRecoverable(options('2026-11-22'));
    expect(recoverable.backend).toBeNull();
    expect(recoverable.problem?.kind).toBe('damaged');
    await expect(dispatch(recoverable.handlers, 'tasks.list', {})).rejects.toMatchObject({ message: expect.stringMatching(/损坏.*恢复页面/s), details: { startupProblem: 'damaged' } });
    // The screens name no command line; the CLI adds its own hint (below).
    await expect(dispatch(recoverable.handlers, 'tasks.list', {})).rejects.toMatchObject({ message: expect.not.stringMatching(/duban|命令行/) });
    const status = await dispatch(recoverable.handlers, 'recovery.status', {});
    expect(status).toMatchObject({ isHealthy: false, problem: { kind: 'damaged' }, latestGoodBackup: { kind: 'daily' } });
    await expect(dispatch(recoverable.handlers, 'recovery.restore', { backupId: '20261121-010000-000000' })).rejects.toMatchObject({ code: 'bad_input' });
    expect(readFileSync(dbPath).equals(damaged)).toBe(true);
    expect(readdirSync(tmp.dir).filter((n) => n.includes('damaged'))).toEqual([]);
  });

  it('on confirmation keeps the damaged file aside byte for byte and opens the backup', async () => {
    const damaged = damage(dbPath);
    const recoverable = openRecoverable(options('2026-11-22'));
    const status = await dispatch(recoverable.handlers, 'recovery.status', {});
    const backupId = (status as { latestGoodBackup: { id: string } }).latestGoodBackup.id;
    const result = (await dispatch(recoverable.handlers, 'recovery.restore', { backupId, isConfirmed: true })) as { damagedFileKeptAt: string };
    expect(result.damagedFileKeptAt).toMatch(/duban\.sqlite\.damaged-20261122-010000$/);
    expect(readFileSync(result.damagedFileKeptAt).equals(damaged)).toBe(true);
    // Now a healthy installation with the backed-up state: the rename made after the backup is gone.
    expect(recoverable.backend).not.toBeNull();
    const settings = (await dispatch(recoverable.handlers, 'reports.updateSettings', {})) as { officeName: string };
    expect(settings.officeName).not.toBe('备份之后改的名称');
    expect(((await dispatch(recoverable.handlers, 'tasks.list', {})) as unknown[]).length).toBeGreaterThan(10);
    expect(await dispatch(recoverable.handlers, 'recovery.status', {})).toMatchObject({ isHealthy: true, damagedFiles: [result.damagedFileKeptAt] });
    await expect(dispatch(recoverable.handlers, 'recovery.restore', { backupId, isConfirmed: true })).rejects.toMatchObject({ code: 'refused' });
    recoverable.close();
  });

  it('skips a damaged backup and offers the newest good one; with none, says so', async () => {
    // Day 3 makes another daily backup; damage that one.
    createBackend(options('2026-11-23')).close();
    const backups = readdirSync(join(filesDir(), 'backups')).filter((n) => n.endsWith('.sqlite')).sort();
    expect(backups.length).toBe(2);
    damage(join(filesDir(), 'backups', backups[1] ?? ''));
    damage(dbPath);
    const recoverable = openRecoverable(options('2026-11-24'));
    const status = (await dispatch(recoverable.handlers, 'recovery.status', {})) as { latestGoodBackup: { id: string } | null };
    expect(`${status.latestGoodBackup?.id}.sqlite`).toBe(backups[0]);
    damage(join(filesDir(), 'backups', backups[0] ?? ''));
    const none = (await dispatch(recoverable.handlers, 'recovery.status', {})) as { latestGoodBackup: unknown };
    expect(none.latestGoodBackup).toBeNull();
  });

  it('the command line says what happened and how to recover, and recovers with --yes', async () => {
    const damaged = damage(dbPath);
    const cli = hostsCliForTests();
    const plans = await cli.run(['plans', '--db', dbPath]);
    expect(plans.code).toBe(1);
    expect(plans.err).toMatch(/数据库文件已损坏/);
    expect(plans.err).toMatch(/duban recover/);
    const offer = await cli.run(['recover', '--db', dbPath]);
    expect(offer.code).toBe(2);
    expect(offer.out).toMatch(/最新的良好备份/);
    expect(offer.out).toMatch(/duban recover --yes/);
    expect(readFileSync(dbPath).equals(damaged)).toBe(true);
    const done = await cli.run(['recover', '--yes', '--db', dbPath]);
    expect(done.code, done.err).toBe(0);
    expect(done.out).toMatch(/损坏的文件保留在/);
    expect((await cli.run(['plans', '--db', dbPath])).code).toBe(0);
    expect(readdirSync(tmp.dir).some((n) => n.startsWith('duban.sqlite.damaged-'))).toBe(true);
    expect(existsSync(dbPath)).toBe(true);
  });
});
