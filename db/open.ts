import Database from 'better-sqlite3';
import { ApiError } from '../shared/api/errors.js';
import { migrations } from './migrations/index.js';

export type Db = Database.Database;

export const latestSchemaVersion = (): number => migrations.reduce((max, m) => Math.max(max, m.version), 0);

const applyMigrations = (db: Db): void => {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestSchemaVersion();
  if (current > latest) {
    // A newer Duban wrote this file; migrating down would lose data, so refuse.
    throw new ApiError('refused', `数据库由更新版本的督办创建(结构版本 ${current},本程序支持到 ${latest}),请升级督办后再打开。`);
  }
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
};

/** Opens (creating if needed) a Duban database with the pragmas every connection needs, then migrates it. */
export const openDatabase = (path: string): Db => {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    applyMigrations(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};
