// A fingerprint of everything that syncs: the synced tables row by row in key order, and the open and
// resolved conflicts. Equal hashes mean two databases agree on every synced fact (tests, CLI status).
import { createHash } from 'node:crypto';
import { PRIMARY_KEYS, SYNCED_TABLES } from '../../shared/sync/rows.js';
import type { Db } from '../open.js';

export const domainHash = (db: Db): string => {
  const hash = createHash('sha256');
  for (const table of SYNCED_TABLES) {
    hash.update(`#${table}\n`);
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${PRIMARY_KEYS[table].join(', ')}`).iterate()) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
};

/** The conflicts as data (no local timestamps), for comparing two databases. */
export const conflictSnapshot = (db: Db): string =>
  JSON.stringify({
    held: db.prepare('SELECT table_name, pk, origin_id, row_version, base_version, row_json, status FROM sync_conflicts ORDER BY table_name, pk, origin_id').all(),
    decided: db.prepare('SELECT table_name, pk, origin_id, row_version FROM sync_decisions ORDER BY table_name, pk').all(),
  });

export const refusedSnapshot = (db: Db): string =>
  JSON.stringify(db.prepare('SELECT origin_id, seq, table_name, pk, reason FROM sync_refused ORDER BY origin_id, seq').all());
