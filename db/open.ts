import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../shared/api/errors.js';
import { describeFsError } from './fs-errors.js';
import { migrations } from './migrations/index.js';

export type Db = Database.Database;

export const latestSchemaVersion = (): number => migrations.reduce((max, m) => Math.max(max, m.version), 0);

// Applied migrations are recorded one by one (not only as a high-water mark), so migrations from
// parallel work with interleaved numbers all apply; user_version mirrors the highest for other tools.
const applyMigrations = (db: Db): void => {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT');
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestSchemaVersion();
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...applied].filter((v) => !known.has(v));
  if (current > latest || unknown.length > 0) {
    // A newer Duban wrote this file; migrating down would lose data, so refuse.
    throw new ApiError('refused', `数据库由更新版本的督办创建(结构版本 ${Math.max(current, ...unknown)},本程序支持到 ${latest}),请升级督办后再打开。`);
  }
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(migration.version, migration.name);
      db.pragma(`user_version = ${Math.max(migration.version, db.pragma('user_version', { simple: true }) as number)}`);
    })();
  }
};

export const damagedError = (detail: string): ApiError =>
  new ApiError('internal', `数据库文件已损坏(${detail}),请从备份恢复;损坏的文件不会被改动。`, { damaged: true });

/** SQLite met a damaged page while reading (now that open no longer reads every page first). A file that is no database at all (SQLITE_NOTADB) keeps its own message (db/fs-errors.ts). */
export const isCorruptError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT_'));
};

/** A damaged file is reported, never repaired in place or overwritten: the person decides what to restore. */
export const assertIntact = (db: Db): void => {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length === 1 && rows[0]?.quick_check === 'ok') return;
  throw damagedError(rows.slice(0, 3).map((r) => r.quick_check).join(';'));
};

// When the whole file is checked on open (docs/hardening.md, "Integrity checks"). quick_check reads every
// page, ~3.6 ms per MB: 1.6 s at 446 MB on every start and every CLI command (issue 18). So a full check
// runs on open only when it is cheap (a file up to FULL_CHECK_BYTES, ~30 ms) or when there is a reason:
// the previous session did not close (its marker file is still there: a crash, a power cut, a kill) or
// the background check (db/maintenance.ts) found a problem and left its note. Otherwise the background
// check reads the whole file on a schedule, on its own connection, without holding up the first screen.
export const FULL_CHECK_BYTES = 8 * 1024 * 1024;

/** Present while a session has the database open; left behind when it ends without closing. */
export const openMarkerOf = (path: string): string => `${path}.open`;
/** Written by the background check when the file failed it: the next open checks in full and reports it. */
export const suspectNoteOf = (path: string): string => `${path}.check-failed`;

const isFilePath = (path: string): boolean => path !== ':memory:' && path !== '' && !path.startsWith('file:');

const fileBytes = (path: string): number => {
  try {
    return statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
  } catch {
    return 0;
  }
};

export type OpenOptions = { fullCheckBytes?: number };

/** Why the last open checked the whole file (null: it did not need to); for tests and the bench. */
export type OpenCheck = 'small' | 'unclean' | 'suspect' | null;
const checks = new WeakMap<Db, { path: string | null; check: OpenCheck }>();
export const openCheckOf = (db: Db): OpenCheck => checks.get(db)?.check ?? null;

// A process that exits normally (the CLI's process.exit, a host's SIGTERM handler, an uncaught error)
// ends between two statements, with nothing half-written: that is a clean end, so the marker goes.
// Only a kill, a crash of the process itself or a power cut leaves it behind.
const openDbs = new Set<Db>();
const closeAllOnExit = (): void => {
  for (const db of openDbs) closeDatabase(db);
};
const trackOpen = (db: Db): void => {
  if (openDbs.size === 0) process.once('exit', closeAllOnExit);
  openDbs.add(db);
};

/** Opens (creating if needed) a Duban database with the pragmas every connection needs, then migrates it. */
export const openDatabase = (path: string, options: OpenOptions = {}): Db => {
  const isFile = isFilePath(path);
  const check: OpenCheck = !isFile
    ? null
    : existsSync(suspectNoteOf(path))
      ? 'suspect'
      : existsSync(openMarkerOf(path))
        ? 'unclean'
        : fileBytes(path) <= (options.fullCheckBytes ?? FULL_CHECK_BYTES)
          ? 'small'
          : null;
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    throw new ApiError('internal', `无法打开数据库文件 ${path}:${describeFsError(error)}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    if (check !== null) assertIntact(db);
    applyMigrations(db);
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    if (isCorruptError(error)) throw damagedError(error instanceof Error ? error.message : String(error));
    throw new ApiError('internal', `无法打开数据库文件 ${path}:${describeFsError(error)}`);
  }
  if (isFile) {
    // The file passed a full check: an earlier note of the background check no longer stands.
    if (check === 'suspect') rmSync(suspectNoteOf(path), { force: true });
    try {
      writeFileSync(openMarkerOf(path), String(process.pid));
    } catch {
      // A folder we cannot write to: the hosts refuse it at the lock; without a marker the next open
      // simply does not know this session, which costs at most a missed check after a crash.
    }
  }
  checks.set(db, { path: isFile ? path : null, check });
  if (isFile) trackOpen(db);
  return db;
};

/** Closes the connection and removes the session marker: the next open knows this session ended well. */
export const closeDatabase = (db: Db): void => {
  const path = checks.get(db)?.path ?? null;
  openDbs.delete(db);
  if (openDbs.size === 0) process.removeListener('exit', closeAllOnExit);
  if (db.open) db.close();
  if (path) rmSync(openMarkerOf(path), { force: true });
};
