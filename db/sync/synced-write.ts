// Inserts into a synced table and logs the change in one step, so no write can skip the log.
import { PRIMARY_KEYS, type SyncedTableName } from '../../shared/sync/rows.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { appendChange } from './change-log.js';
import { nextVersion } from './floors.js';

/** Tables whose rows travel in packages (declared in shared/sync/tables.ts); names never come from input. */
export type SyncedTable = SyncedTableName;

export type RowValues = Record<string, string | number | null>;

export const insertSynced = (db: Db, originId: string, table: SyncedTable, pk: string, values: RowValues): void => {
  const columns = Object.keys(values);
  const version = nextVersion(db, 0);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}, row_version, origin_id)
    VALUES (${columns.map((c) => `@${c}`).join(', ')}, @row_version, @origin_id)`;
  prepared(db, sql).run({ ...values, row_version: version, origin_id: originId });
  appendChange(db, originId, {
    table,
    pk,
    rowVersion: version,
    baseVersion: 0,
    op: 'upsert',
    row: { ...values, row_version: version, origin_id: originId, deleted: 0 },
  });
};

/**
 * Inserts or updates a synced row and logs it: on update row_version is bumped and the change names the
 * previous version as its base, so the receiver can tell an in-order change from a conflicting one.
 * The logged row is read back whole, so columns left to their defaults travel too. Returns the new version.
 */
export const upsertSynced = (db: Db, originId: string, table: SyncedTable, values: RowValues): number => {
  if (!db.inTransaction) throw new Error('upsertSynced must run inside a transaction');
  const keys = PRIMARY_KEYS[table];
  const where = keys.map((k) => `${k} = @${k}`).join(' AND ');
  const keyValues = Object.fromEntries(keys.map((k) => [k, values[k] ?? null]));
  const pk = keys.map((k) => String(values[k] ?? '')).join('|');
  const current = prepared(db, `SELECT row_version FROM ${table} WHERE ${where}`).get(keyValues) as { row_version: number } | undefined;
  const columns = Object.keys(values);
  const base = current?.row_version ?? 0;
  const version = nextVersion(db, base);
  if (current) {
    const sets = columns.filter((c) => !keys.includes(c)).map((c) => `${c} = @${c}`);
    prepared(db, `UPDATE ${table} SET ${[...sets, 'row_version = @row_version', 'origin_id = @origin_id'].join(', ')} WHERE ${where}`).run({
      ...values,
      row_version: version,
      origin_id: originId,
    });
  } else {
    prepared(db, `INSERT INTO ${table} (${columns.join(', ')}, row_version, origin_id) VALUES (${columns.map((c) => `@${c}`).join(', ')}, @row_version, @origin_id)`).run({
      ...values,
      row_version: version,
      origin_id: originId,
    });
  }
  const row = prepared(db, `SELECT * FROM ${table} WHERE ${where}`).get(keyValues) as Record<string, unknown>;
  appendChange(db, originId, { table, pk, rowVersion: version, baseVersion: base, op: 'upsert', row });
  return version;
};

const keyOf = (table: SyncedTable, key: RowValues): { where: string; params: RowValues } => {
  const columns = PRIMARY_KEYS[table];
  return {
    where: columns.map((c) => `${c} = @k_${c}`).join(' AND '),
    params: Object.fromEntries(columns.map((c) => [`k_${c}`, key[c] ?? null])),
  };
};

/** The row_version of a synced row, or null when there is no such row (tombstones count as rows). */
export const currentVersion = (db: Db, table: SyncedTable, key: RowValues): number | null => {
  const { where, params } = keyOf(table, key);
  return (prepared(db, `SELECT row_version FROM ${table} WHERE ${where}`).get(params) as { row_version: number } | undefined)?.row_version ?? null;
};

/**
 * Updates the given columns of an existing synced row and logs it, naming the replaced version as the
 * change's base. Writes and logs nothing when no value actually changes, so re-applying the same edit
 * (re-importing a plan, saving an unchanged report) leaves the log alone. Returns whether it wrote.
 */
export const updateSynced = (db: Db, originId: string, table: SyncedTable, pk: string, key: RowValues, values: RowValues): boolean => {
  if (!db.inTransaction) throw new Error('updateSynced must run inside a transaction');
  const { where, params } = keyOf(table, key);
  const current = prepared(db, `SELECT * FROM ${table} WHERE ${where}`).get(params) as Record<string, string | number | null> | undefined;
  if (!current) throw new Error(`updateSynced: ${table} ${pk} not found`);
  const changed = Object.entries(values).filter(([c, v]) => current[c] !== v);
  if (changed.length === 0) return false;
  const base = Number(current.row_version);
  const version = nextVersion(db, base);
  const sets = changed.map(([c]) => `${c} = @v_${c}`).join(', ');
  prepared(db, `UPDATE ${table} SET ${sets}, row_version = @row_version, origin_id = @origin_id WHERE ${where}`).run({
    ...params,
    ...Object.fromEntries(changed.map(([c, v]) => [`v_${c}`, v])),
    row_version: version,
    origin_id: originId,
  });
  const row = { ...current, ...values, row_version: version, origin_id: originId };
  appendChange(db, originId, { table, pk, rowVersion: version, baseVersion: base, op: 'upsert', row });
  return true;
};
