// The synced tables as they travel: key columns, row shapes and labels, all read off the one declaration
// in tables.ts. A change is checked against these before it can touch the database, so a package cannot
// name a table or column we did not declare.
import type { z } from 'zod';
import { SYNCED, SYNCED_TABLES, type SyncedTableName } from './tables.js';

export { SYNCED_TABLES, isSyncedTable, type SyncedTableName } from './tables.js';

const each = <T>(pick: (table: SyncedTableName) => T): Record<SyncedTableName, T> =>
  Object.fromEntries(SYNCED_TABLES.map((table) => [table, pick(table)])) as Record<SyncedTableName, T>;

export const PRIMARY_KEYS: Record<SyncedTableName, readonly string[]> = each((table) => SYNCED[table].key);

export const ROW_SCHEMAS: Record<SyncedTableName, z.ZodType<Record<string, unknown>>> = each((table) => SYNCED[table].row);

export const TABLE_LABELS: Record<SyncedTableName, string> = each((table) => SYNCED[table].label);

/** Bookkeeping columns set by the receiver from the change itself, never from the row a sender wrote. */
export const VERSION_COLUMNS = ['row_version', 'origin_id', 'deleted'] as const;

export type SyncedRow = Record<string, string | number | null>;

/** The change's pk string from the row's key columns: a change whose pk disagrees with its row is refused. */
export const pkOf = (table: SyncedTableName, row: Record<string, unknown>): string =>
  PRIMARY_KEYS[table].map((column) => String(row[column] ?? '')).join('|');
