// Updates a synced row in place and logs it in the same transaction: row_version goes up by one and
// the change names the version it replaced (base_version), as sync.md requires.
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { appendChange } from '../sync/change-log.js';
import type { RowValues, SyncedTable } from '../sync/synced-write.js';

/** Key columns of the synced tables this module updates; fixed here, never taken from input. */
const KEYS: Partial<Record<SyncedTable, string[]>> = {
  plans: ['id'],
  tasks: ['id'],
  indicators: ['id'],
  departments: ['id'],
  assignments: ['task_id', 'department_id'],
};

export const updateSynced = (
  db: Db,
  originId: string,
  table: SyncedTable,
  pk: string,
  key: RowValues,
  values: RowValues,
): boolean => {
  const keyColumns = KEYS[table];
  if (!keyColumns) throw new Error(`updateSynced: no key for ${table}`);
  const where = keyColumns.map((c) => `${c} = @k_${c}`).join(' AND ');
  const keyParams = Object.fromEntries(keyColumns.map((c) => [`k_${c}`, key[c] ?? null]));
  const current = prepared(db, `SELECT * FROM ${table} WHERE ${where}`).get(keyParams) as Record<string, string | number | null> | undefined;
  if (!current) throw new Error(`updateSynced: ${table} ${pk} not found`);
  const changed = Object.entries(values).filter(([c, v]) => current[c] !== v);
  if (changed.length === 0) return false;
  const base = Number(current.row_version);
  const sets = changed.map(([c]) => `${c} = @v_${c}`).join(', ');
  const params = { ...keyParams, ...Object.fromEntries(changed.map(([c, v]) => [`v_${c}`, v])), row_version: base + 1, origin_id: originId };
  prepared(db, `UPDATE ${table} SET ${sets}, row_version = @row_version, origin_id = @origin_id WHERE ${where}`).run(params);
  const row = { ...current, ...values, row_version: base + 1, origin_id: originId };
  appendChange(db, originId, { table, pk, rowVersion: base + 1, baseVersion: base, op: 'upsert', row });
  return true;
};
