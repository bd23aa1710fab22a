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
