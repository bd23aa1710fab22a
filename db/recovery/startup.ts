// What to do when the database will not open. A damaged file is never repaired in place, written to or
// overwritten: on the person's confirmation it is renamed aside (duban.sqlite.damaged-<time>) and the
// newest backup that passes quick_check is copied into its place. The damaged file stays where the
// person (or a technician) can still take it, which is what makes the recovery itself undoable.
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.js';
import type { RecoveryResult, RecoveryStatus, StartupProblemKind } from '../../shared/api/methods/recovery.js';
import type { BackupRow } from '../../shared/sync/types.js';
import { describeFsError } from '../fs-errors.js';
import { migrations } from '../migrations/index.js';
import { backupsDir, listBackups } from '../sync/backups.js';

/** Sorts an open failure: damaged (offer a backup), newer (upgrade Duban) or unreadable (say why). */
export const problemKindOf = (error: unknown): StartupProblemKind => {
  const details = (error as { details?: { damaged?: boolean } } | null)?.details;
  if (details?.damaged === true) return 'damaged';
  const message = error instanceof Error ? error.message : '';
  if (/更新版本的督办/.test(message)) return 'newer';
  if (/已损坏|不是督办的数据库/.test(message)) return 'damaged';
  return 'unreadable';
};

const knownVersions = new Set(migrations.map((m) => m.version));

/** A backup this Duban can use: opens, passes quick_check, and has no migration from a newer version. */
const isGoodBackup = (file: string): boolean => {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') return false;
    const versions = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
    return versions.length > 0 && versions.every((v) => knownVersions.has(v.version));
  } catch {
    return false;
  } finally {
    db?.close();
  }
};

export const latestGoodBackup = (filesDir: string): BackupRow | null =>
  listBackups(filesDir).find((b) => isGoodBackup(join(backupsDir(filesDir), `${b.id}.sqlite`))) ?? null;

export const damagedFilesBeside = (dbPath: string): string[] => {
  const dir = dirname(dbPath);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(dbPath)}.damaged-`;
  return readdirSync(dir)
    .filter((n) => n.startsWith(prefix) && !n.endsWith('-wal') && !n.endsWith('-shm'))
    .sort()
    .map((n) => join(dir, n));
};

export const recoveryStatus = (dbPath: string, filesDir: string, problem: { kind: StartupProblemKind; message: string } | null): RecoveryStatus => ({
  isHealthy: problem === null,
  problem,
  dbPath,
  latestGoodBackup: problem?.kind === 'damaged' ? latestGoodBackup(filesDir) : null,
  damagedFiles: damagedFilesBeside(dbPath),
});

const stampOf = (now: Date): string => now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** A name beside the database that does not exist yet: a set-aside file is never overwritten either. */
const asideName = (dbPath: string, now: Date): string => {
  const base = `${dbPath}.damaged-${stampOf(now)}`;
  let candidate = base;
  for (let n = 2; existsSync(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
};

/**
 * Sets the damaged file (with its -wal and -shm) aside and copies the backup into its place. The caller
 * holds the database lock and has no connection open on the damaged file.
 */
export const recoverFromBackup = (dbPath: string, filesDir: string, backupId: string, now: Date): RecoveryResult => {
  const backup = listBackups(filesDir).find((b) => b.id === backupId);
  if (!backup) throw new ApiError('not_found', `没有这个备份:${backupId}`);
  const source = join(backupsDir(filesDir), `${backupId}.sqlite`);
  if (!isGoodBackup(source)) throw new ApiError('refused', `备份 ${backupId} 本身也无法使用(已损坏或来自更新版本),请选择其他备份。`);
  const aside = asideName(dbPath, now);
  const temp = `${dbPath}.restoring.part`;
  try {
    copyFileSync(source, temp);
    if (existsSync(dbPath)) renameSync(dbPath, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, `${aside}${suffix}`);
    renameSync(temp, dbPath);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new ApiError('refused', `恢复失败:${describeFsError(error)}。损坏的文件${existsSync(aside) ? `已另存为 ${aside}` : '保持原样'},请检查磁盘后重试。`);
  }
  return { restored: backup, damagedFileKeptAt: aside };
};
