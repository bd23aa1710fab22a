// Inserts into a synced table and logs the change in one step, so no write can skip the log.
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { appendChange } from './change-log.js';

/** Tables whose rows travel in packages; names are fixed here, never taken from input. */
export type SyncedTable =
  | 'departments'
  | 'plans'
  | 'tasks'
  | 'assignments'
  | 'indicators'
  | 'reports'
  | 'indicator_values'
  | 'report_attachments'
  | 'reviews';

export type RowValues = Record<string, string | number | null>;

export const insertSynced = (db: Db, originId: string, table: SyncedTable, pk: string, values: RowValues): void => {
  const columns = Object.keys(values);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}, row_version, origin_id)
    VALUES (${columns.map((c) => `@${c}`).join(', ')}, 1, @origin_id)`;
  prepared(db, sql).run({ ...values, origin_id: originId });
  appendChange(db, originId, {
    table,
    pk,
    rowVersion: 1,
    baseVersion: 0,
    op: 'upsert',
    row: { ...values, row_version: 1, origin_id: originId, deleted: 0 },
  });
};

const whereOf = (key: RowValues): string =>
  Object.keys(key)
    .map((c) => `${c} = @k_${c}`)
    .join(' AND ');

const keyParams = (key: RowValues): RowValues =>
  Object.fromEntries(Object.entries(key).map(([c, v]) => [`k_${c}`, v]));

/** The row_version of a synced row, or null when there is no such row (tombstones count as rows). */
export const currentVersion = (db: Db, table: SyncedTable, key: RowValues): number | null =>
  (prepared(db, `SELECT row_version FROM ${table} WHERE ${whereOf(key)}`).get(keyParams(key)) as { row_version: number } | undefined)
    ?.row_version ?? null;

/**
 * Updates a synced row and logs it in one step: row_version goes up by one and the change names the
 * version it replaced (base_version), so a receiver can tell an update from a conflicting one.
 * Must run inside the caller's transaction; returns the new version.
 */
export const updateSynced = (
  db: Db,
  originId: string,
  table: SyncedTable,
  pk: string,
  key: RowValues,
  values: RowValues,
): number => {
  const base = currentVersion(db, table, key);
  if (base === null) throw new Error(`updateSynced: no row ${table} ${pk}`);
  const columns = Object.keys(values);
  const sql = `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')}${columns.length > 0 ? ', ' : ''}
    row_version = @row_version, origin_id = @origin_id WHERE ${whereOf(key)}`;
  prepared(db, sql).run({ ...values, ...keyParams(key), row_version: base + 1, origin_id: originId });
  const row = prepared(db, `SELECT * FROM ${table} WHERE ${whereOf(key)}`).get(keyParams(key)) as Record<string, unknown>;
  appendChange(db, originId, { table, pk, rowVersion: base + 1, baseVersion: base, op: 'upsert', row });
  return base + 1;
};

/** Inserts the row when absent, else updates it; `values` must include the key columns. Returns the version written. */
export const upsertSynced = (
  db: Db,
  originId: string,
  table: SyncedTable,
  pk: string,
  key: RowValues,
  values: RowValues,
): number => {
  if (currentVersion(db, table, key) === null) {
    insertSynced(db, originId, table, pk, { ...key, ...values });
    return 1;
  }
  return updateSynced(db, originId, table, pk, key, values);
};
