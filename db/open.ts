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

/** A damaged file is reported, never repaired in place or overwritten: the person decides what to restore. */
const assertIntact = (db: Db): void => {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length === 1 && rows[0]?.quick_check === 'ok') return;
  const first = rows.slice(0, 3).map((r) => r.quick_check).join(';');
  throw new ApiError('internal', `数据库文件已损坏(${first}),请从备份恢复;损坏的文件不会被改动。`, { damaged: true });
};

/** Opens (creating if needed) a Duban database with the pragmas every connection needs, then migrates it. */
export const openDatabase = (path: string): Db => {
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
    assertIntact(db);
    applyMigrations(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    throw new ApiError('internal', `无法打开数据库文件 ${path}:${describeFsError(error)}`);
  }
};
