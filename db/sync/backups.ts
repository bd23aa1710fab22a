// Backups of the whole database: automatically before every import (packages and plan documents), at
// most once a day otherwise (by the injected clock; the hosts make it in the background after start,
// db/maintenance.ts), and before every restore, so a restore can
// itself be undone. They are SQLite files under files/backups with a small JSON beside each; the folder
// is the list (a table inside the database would vanish on restore). Rotation keeps the newest
// KEEP_DAILY daily copies and the newest KEEP_EVENT copies made before imports and restores.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { format } from 'date-fns/format';
import { ApiError } from '../../shared/api/errors.js';
import type { BackupKind, BackupRow } from '../../shared/sync/types.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { BackendContext } from '../context.js';
import { describeFsError } from '../fs-errors.js';
import type { Db } from '../open.js';
import { floorsOf, raiseFloors } from './floors.js';

export const KEEP_DAILY = 7;
export const KEEP_EVENT = 30;

export const backupsDir = (filesDir: string): string => join(filesDir, 'backups');

const idPattern = /^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$/;

const kindOf = (value: unknown): BackupKind => (value === 'daily' || value === 'restore' ? value : 'import');

export const listBackups = (filesDir: string): BackupRow[] => {
  const dir = backupsDir(filesDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && idPattern.test(name.slice(0, -5)))
    .flatMap((name) => {
      const id = name.slice(0, -5);
      const dbFile = join(dir, `${id}.sqlite`);
      if (!existsSync(dbFile)) return [];
      try {
        const meta = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { createdAt?: string; reason?: string; kind?: string };
        return [{ id, createdAt: meta.createdAt ?? '', reason: meta.reason ?? '', kind: kindOf(meta.kind), sizeBytes: statSync(dbFile).size }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.id.localeCompare(a.id));
};

/** Which backups rotation removes: daily ones past the newest KEEP_DAILY, the others past KEEP_EVENT. */
export const backupsToRotate = (rows: BackupRow[]): BackupRow[] => {
  const daily = rows.filter((b) => b.kind === 'daily');
  const events = rows.filter((b) => b.kind !== 'daily');
  return [...daily.slice(KEEP_DAILY), ...events.slice(KEEP_EVENT)];
};

const rotate = (filesDir: string, keepId: string): void => {
  const dir = backupsDir(filesDir);
  for (const old of backupsToRotate(listBackups(filesDir)).filter((b) => b.id !== keepId)) {
    rmSync(join(dir, `${old.id}.json`), { force: true });
    rmSync(join(dir, `${old.id}.sqlite`), { force: true });
  }
};

/** A consistent, compacted copy through VACUUM INTO (synchronous, so opening can make one too). */
const copyDatabase = (db: Db, target: string): void => {
  const temp = `${target}.part`;
  rmSync(temp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
};

const newBackupId = (dir: string, now: Date): string => {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  // Several backups within one second (or under a fixed test clock) still get ids that sort in the
  // order they were made: a counter one above the highest of that second, then a random byte.
  const highest = readdirSync(dir)
    .filter((n) => n.startsWith(`${stamp}-`) && n.endsWith('.json'))
    .reduce((max, n) => Math.max(max, Number.parseInt(n.slice(stamp.length + 1, stamp.length + 5), 16) || 0), -1);
  return `${stamp}-${Math.min(highest + 1, 0xffff).toString(16).padStart(4, '0')}${randomBytes(1).toString('hex')}`;
};

const refusal = (error: unknown): ApiError => {
  const fsCode = error instanceof ApiError ? (error.details as { fsCode?: unknown } | undefined)?.fsCode : undefined;
  const cause = describeFsError(fsCode === undefined ? error : { code: fsCode });
  return new ApiError('refused', `无法备份数据库(${cause}),为安全起见本次操作没有进行,数据库保持原样。请清理磁盘空间后重试。`);
};

/**
 * Makes a backup; a failure (full disk, read-only folder) is a Chinese ApiError and leaves no part file.
 * copy: how the consistent copy is written to the given path (by default VACUUM INTO on this connection;
 * the daily backup passes one that runs on a worker's connection, db/maintenance.ts).
 */
export const makeBackupWith = async (
  ctx: BackendContext,
  reason: string,
  kind: BackupKind,
  copy: (target: string) => Promise<void>,
): Promise<BackupRow> => {
  const dir = backupsDir(ctx.filesDir);
  const now = ctx.clock();
  let id = '';
  try {
    mkdirSync(dir, { recursive: true });
    id = newBackupId(dir, now);
    const target = join(dir, `${id}.sqlite`);
    const temp = `${target}.part`;
    rmSync(temp, { force: true });
    try {
      await copy(temp);
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    writeFileAtomic(join(dir, `${id}.json`), new TextEncoder().encode(JSON.stringify({ createdAt: now.toISOString(), reason, kind })));
  } catch (error) {
    if (id) rmSync(join(dir, `${id}.sqlite`), { force: true });
    throw refusal(error);
  }
  rotate(ctx.filesDir, id);
  return { id, createdAt: now.toISOString(), reason, kind, sizeBytes: statSync(join(dir, `${id}.sqlite`)).size };
};

/** Makes a backup now, synchronously (before an import or a restore, which wait for it). */
export const makeBackup = (ctx: BackendContext, reason: string, kind: BackupKind): BackupRow => {
  const dir = backupsDir(ctx.filesDir);
  const now = ctx.clock();
  let id = '';
  try {
    mkdirSync(dir, { recursive: true });
    id = newBackupId(dir, now);
    copyDatabase(ctx.db, join(dir, `${id}.sqlite`));
    writeFileAtomic(join(dir, `${id}.json`), new TextEncoder().encode(JSON.stringify({ createdAt: now.toISOString(), reason, kind })));
  } catch (error) {
    if (id) rmSync(join(dir, `${id}.sqlite`), { force: true });
    throw refusal(error);
  }
  rotate(ctx.filesDir, id);
  return { id, createdAt: now.toISOString(), reason, kind, sizeBytes: statSync(join(dir, `${id}.sqlite`)).size };
};

/** Kept async for the callers written against the earlier SQLite-backup-API version. */
export const createBackup = async (ctx: BackendContext, reason: string, kind: BackupKind = 'import'): Promise<BackupRow> => makeBackup(ctx, reason, kind);

const localDay = (iso: string): string => (iso ? format(new Date(iso), 'yyyy-MM-dd') : '');

/**
 * At most one backup a day otherwise: on open, when no backup was made on the injected clock's day.
 * Never stops the app from opening: a failure is returned for the host to mention, not thrown.
 */
export const isDailyBackupDue = (ctx: BackendContext): boolean => {
  const today = format(ctx.clock(), 'yyyy-MM-dd');
  return !listBackups(ctx.filesDir).some((b) => localDay(b.createdAt) === today);
};

export const ensureDailyBackup = (ctx: BackendContext): { made: BackupRow | null; problem: string | null } => {
  if (!isDailyBackupDue(ctx)) return { made: null, problem: null };
  try {
    return { made: makeBackup(ctx, '每日自动备份', 'daily'), problem: null };
  } catch (error) {
    return { made: null, problem: error instanceof Error ? error.message : String(error) };
  }
};

type TableRow = { name: string; sql: string | null };

/**
 * Restores a backup into the open database in one transaction (table by table), so every host keeps its
 * connection. The current state is backed up first, so a restore can itself be undone.
 */
export const restoreBackup = async (ctx: BackendContext, id: string): Promise<{ restored: BackupRow; safetyBackup: BackupRow }> => {
  if (!idPattern.test(id)) throw new ApiError('bad_input', `备份编号格式不对:${id}`);
  const backup = listBackups(ctx.filesDir).find((b) => b.id === id);
  if (!backup) throw new ApiError('not_found', `没有这个备份:${id}`);
  const file = join(backupsDir(ctx.filesDir), `${id}.sqlite`);
  const source = new Database(file, { readonly: true });
  let sourceMigrations: string;
  try {
    sourceMigrations = JSON.stringify(source.prepare('SELECT version FROM schema_migrations ORDER BY version').all());
  } finally {
    source.close();
  }
  const { db } = ctx;
  if (JSON.stringify(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all()) !== sourceMigrations) {
    throw new ApiError('refused', '该备份由其他版本的督办生成,结构不同,不能直接恢复');
  }
  const safetyBackup = makeBackup(ctx, `恢复备份 ${id} 之前的自动备份`, 'restore');
  // The restored copy must not number new changes as ones already sent from the state it replaces.
  const floors = floorsOf(db, ctx.identity.originId);
  db.prepare('ATTACH DATABASE ? AS restore_src').run(file);
  try {
    db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      const tables = db.prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as TableRow[];
      const virtual = tables.filter((t) => /CREATE VIRTUAL TABLE/i.test(t.sql ?? '')).map((t) => t.name);
      for (const { name } of tables) {
        // Shadow tables of full-text indexes are rebuilt through their virtual table.
        if (virtual.some((v) => name !== v && name.startsWith(`${v}_`))) continue;
        db.exec(`DELETE FROM main."${name}"`);
        if (virtual.includes(name)) {
          // Full-text rows keep their rowids: search_refs (migration 45) points at them by number.
          const columns = (db.prepare("SELECT name FROM pragma_table_info(?, 'main')").all(name) as { name: string }[]).map((c) => `"${c.name}"`).join(', ');
          db.exec(`INSERT INTO main."${name}" (rowid, ${columns}) SELECT rowid, ${columns} FROM restore_src."${name}"`);
        } else db.exec(`INSERT INTO main."${name}" SELECT * FROM restore_src."${name}"`);
      }
      raiseFloors(db, floors);
    })();
  } finally {
    db.pragma('foreign_keys = ON');
    db.prepare('DETACH DATABASE restore_src').run();
  }
  return { restored: backup, safetyBackup };
};
