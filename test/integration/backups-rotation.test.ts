// Backups besides those before package imports: before every plan import or update, at most once a day
// on open (by the injected clock), rotated by kind, listed, restorable, and every restore undoable.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend.js';
import { backupsToRotate, KEEP_DAILY, KEEP_EVENT } from '../../db/sync/backups.js';
import type { ApiArg, ApiMethod, ApiResult } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/validate.js';
import type { BackupRow } from '../../shared/sync/types.js';
import { fixedClock, makeTempDir, seedsDir } from '../helpers/temp-backend.js';

const call = async <M extends ApiMethod>(backend: Backend, method: M, arg: ApiArg<M>): Promise<ApiResult<M>> => (await dispatch(backend, method, arg)) as ApiResult<M>;

describe('backups', () => {
  let tmp: { dir: string; cleanup: () => void };
  let dbPath: string;
  const open = (iso: string): Backend => createBackend({ dbPath, clock: fixedClock(iso), seedsDir });
  beforeEach(() => {
    tmp = makeTempDir('duban-backups-');
    dbPath = join(tmp.dir, 'duban.sqlite');
  });
  afterEach(() => tmp.cleanup());

  it('makes at most one backup a day on open (none when the file is created), by the injected clock', async () => {
    const created = open('2026-11-20T09:00:00+08:00');
    expect(await call(created, 'sync.backups', {})).toEqual([]);
    created.close();
    open('2026-11-20T15:00:00+08:00').close();
    open('2026-11-20T18:00:00+08:00').close();
    const nextDay = open('2026-11-21T08:30:00+08:00');
    const backups = await call(nextDay, 'sync.backups', {});
    expect(backups.map((b) => [b.kind, b.createdAt.slice(0, 10)])).toEqual([
      ['daily', '2026-11-21'],
      ['daily', '2026-11-20'],
    ]);
    expect(backups[0]?.reason).toBe('每日自动备份');
    nextDay.close();
    open('2026-11-21T18:00:00+08:00').close();
    const sameDay = open('2026-11-21T19:00:00+08:00');
    expect(await call(sameDay, 'sync.backups', {})).toHaveLength(2);
    sameDay.close();
  });

  it('backs up before a plan import or update, and not for the same document again', async () => {
    open('2026-11-20T09:00:00+08:00').close();
    const backend = open('2026-11-20T10:00:00+08:00');
    const seed = readdirSync(seedsDir).find((f) => f.startsWith('001')) ?? '';
    const contentBase64 = readFileSync(join(seedsDir, seed)).toString('base64');
    await call(backend, 'plans.import', { fileName: seed, contentBase64 });
    const afterFirst = (await call(backend, 'sync.backups', {})).filter((b) => b.kind === 'import');
    expect(afterFirst).toHaveLength(1);
    expect(afterFirst[0]?.reason).toContain(seed);
    await call(backend, 'plans.import', { fileName: seed, contentBase64 });
    expect((await call(backend, 'sync.backups', {})).filter((b) => b.kind === 'import')).toHaveLength(1);
    backend.close();
  });

  it('restores a backup and can undo the restore with the backup made just before it', async () => {
    open('2026-11-20T09:00:00+08:00').close();
    const backend = open('2026-11-21T09:00:00+08:00');
    const [daily] = await call(backend, 'sync.backups', {});
    await call(backend, 'reports.updateSettings', { officeName: '恢复前的名称' });
    const { safetyBackup } = await call(backend, 'sync.restoreBackup', { id: daily?.id ?? '' });
    expect(safetyBackup.kind).toBe('restore');
    expect((await call(backend, 'reports.updateSettings', {})).officeName).not.toBe('恢复前的名称');
    await call(backend, 'sync.restoreBackup', { id: safetyBackup.id });
    expect((await call(backend, 'reports.updateSettings', {})).officeName).toBe('恢复前的名称');
    backend.close();
  });

  it(`rotates: keeps the newest ${KEEP_DAILY} daily copies and the newest ${KEEP_EVENT} made before imports and restores`, async () => {
    open('2026-10-01T09:00:00+08:00').close();
    for (let day = 2; day <= 12; day += 1) open(`2026-10-${String(day).padStart(2, '0')}T09:00:00+08:00`).close();
    const backend = open('2026-10-12T10:00:00+08:00');
    const daily = await call(backend, 'sync.backups', {});
    expect(daily.map((b) => b.kind)).toEqual(Array(KEEP_DAILY).fill('daily'));
    expect(daily.at(-1)?.createdAt.slice(0, 10)).toBe('2026-10-06');
    backend.close();
    // The rule itself on a long history: dailies past 7 go, event backups past 30 go, nothing else.
    const rows: BackupRow[] = Array.from({ length: 60 }, (_, i) => ({
      id: `202610${String(60 - i).padStart(2, '0')}-000000-000000`,
      createdAt: '',
      reason: '',
      kind: i % 2 === 0 ? 'daily' : i % 3 === 0 ? 'restore' : 'import',
      sizeBytes: 1,
    }));
    const removed = new Set(backupsToRotate(rows).map((b) => b.id));
    const kept = rows.filter((b) => !removed.has(b.id));
    expect(kept.filter((b) => b.kind === 'daily')).toHaveLength(KEEP_DAILY);
    expect(kept.filter((b) => b.kind !== 'daily')).toHaveLength(KEEP_EVENT);
    expect(kept.filter((b) => b.kind === 'daily')).toEqual(rows.filter((b) => b.kind === 'daily').slice(0, KEEP_DAILY));
  });
});
