// A replaced PC (issue 16): the office re-issues the unit's setup package. It carries, signed by the
// office, every row the office holds of that unit — reports, indicator values, evidence records and the
// evidence files — so the new PC carries on where the old one stopped. On the new PC these rows keep their
// writer and version (they are the office's copy of them, not new writes), and its own next change of such
// a row continues it: the office takes a change from the unit's current key as the continuation of a row
// written by an earlier, revoked key of the same unit (apply.ts).
import { CARRIED_PATH } from '../../shared/sync/manifest.js';
import { DEPARTMENT_TABLES } from '../../shared/sync/authority.js';
import { PRIMARY_KEYS, ROW_SCHEMAS, isSyncedTable, type SyncedTableName } from '../../shared/sync/rows.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { PackageRefusal, textOf, type PackageContent } from './package-zip.js';

export type CarriedRow = { table: SyncedTableName; row: Record<string, unknown> };

/** Office: the unit's rows as they stand here, tombstones included. */
export const carriedRowsOf = (db: Db, departmentId: string): CarriedRow[] =>
  DEPARTMENT_TABLES.flatMap((table) =>
    (prepared(db, `SELECT * FROM ${table} WHERE department_id = ? ORDER BY ${PRIMARY_KEYS[table].join(', ')}`).all(departmentId) as Record<string, unknown>[]).map(
      (row) => ({ table, row }),
    ),
  );

export const carriedContent = (rows: CarriedRow[]): PackageContent => ({
  path: CARRIED_PATH,
  bytes: new TextEncoder().encode(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '')),
  records: rows.length,
});

/** Department, before any write: the carried rows, each checked like a change (table, shape, own unit). */
export const parseCarried = (bytes: Uint8Array | undefined, listed: number | undefined, departmentId: string | null): CarriedRow[] => {
  if (!bytes) return [];
  const lines = textOf(bytes).split('\n').filter((line) => line.length > 0);
  if (listed !== lines.length) throw new PackageRefusal('bad_change', `带回的记录数 ${lines.length} 与清单 ${listed ?? 0} 不符`);
  return lines.map((line, index) => {
    let raw: { table?: unknown; row?: unknown };
    try {
      raw = JSON.parse(line) as { table?: unknown; row?: unknown };
    } catch {
      throw new PackageRefusal('bad_change', `带回记录第 ${index + 1} 行不是有效的 JSON`);
    }
    const table = typeof raw.table === 'string' ? raw.table : '';
    if (!isSyncedTable(table) || !DEPARTMENT_TABLES.includes(table)) throw new PackageRefusal('bad_change', `带回记录第 ${index + 1} 行的数据表不对`);
    const parsed = ROW_SCHEMAS[table].safeParse(raw.row);
    if (!parsed.success) throw new PackageRefusal('bad_change', `带回记录第 ${index + 1} 行`);
    const row = parsed.data as Record<string, unknown>;
    if (row.department_id !== departmentId) throw new PackageRefusal('bad_change', `带回记录第 ${index + 1} 行不属于本单位`);
    if (typeof row.row_version !== 'number' || row.row_version < 1 || typeof row.origin_id !== 'string') {
      throw new PackageRefusal('bad_change', `带回记录第 ${index + 1} 行缺少版本`);
    }
    return { table, row };
  });
};

const columnsOf = (db: Db, table: SyncedTableName): Set<string> =>
  new Set((db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((r) => r.name));

/**
 * Department, inside the setup import's transaction: each carried row is written as it stands at the
 * office unless this PC already holds that version or a newer one. Not logged: these are not our writes.
 */
export const restoreCarried = (db: Db, rows: CarriedRow[]): number => {
  let restored = 0;
  const columns = new Map<SyncedTableName, Set<string>>();
  for (const { table, row } of rows) {
    const known = columns.get(table) ?? columnsOf(db, table);
    columns.set(table, known);
    const keys = PRIMARY_KEYS[table];
    const where = keys.map((k) => `${k} = @${k}`).join(' AND ');
    const keyValues = Object.fromEntries(keys.map((k) => [k, row[k]]));
    const current = prepared(db, `SELECT row_version FROM ${table} WHERE ${where}`).get(keyValues) as { row_version: number } | undefined;
    if (current && current.row_version >= Number(row.row_version)) continue;
    const values = Object.fromEntries(
      Object.entries(row)
        .filter(([k, v]) => known.has(k) && (v === null || typeof v === 'string' || typeof v === 'number'))
        .map(([k, v]) => [k, v as string | number | null]),
    );
    const names = Object.keys(values);
    if (current) {
      const sets = names.filter((n) => !keys.includes(n)).map((n) => `${n} = @${n}`);
      prepared(db, `UPDATE ${table} SET ${sets.join(', ')} WHERE ${where}`).run(values);
    } else {
      prepared(db, `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(values);
    }
    restored += 1;
  }
  return restored;
};
