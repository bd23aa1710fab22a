import type Database from 'better-sqlite3';
import type { Db } from './open.js';

// Preparing a statement costs more than running it; hot paths reuse one per connection and SQL text.
const cache = new WeakMap<Db, Map<string, Database.Statement>>();

export const prepared = (db: Db, sql: string): Database.Statement => {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let statement = perDb.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    perDb.set(sql, statement);
  }
  return statement;
};
