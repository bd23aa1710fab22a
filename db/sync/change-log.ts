// Every synced write appends here in the same transaction (sync.md "Change log"): the audit trail
// and the source of every export. seq is per origin and gap-free, so a receiver can spot a lost package.
import type { Db } from '../open.js';
import { readFloors } from './floors.js';

export type ChangeOp = 'upsert' | 'delete';

export type Change = {
  table: string;
  pk: string;
  rowVersion: number;
  baseVersion: number;
  op: ChangeOp;
  row: Record<string, unknown>;
};

export const nextSeq = (db: Db, originId: string): number => {
  const row = db.prepare('SELECT MAX(seq) AS seq FROM change_log WHERE origin_id = ?').get(originId) as {
    seq: number | null;
  };
  // Above the floor too: a copy restored from an old backup must not reuse numbers already sent.
  return Math.max(row.seq ?? 0, readFloors(db).seq) + 1;
};

/** Appends one change; must be called inside the transaction that made the write. */
export const appendChange = (db: Db, originId: string, change: Change): number => {
  if (!db.inTransaction) throw new Error('appendChange must run inside the write transaction');
  const seq = nextSeq(db, originId);
  db.prepare(
    `INSERT INTO change_log (origin_id, seq, table_name, pk, row_version, base_version, op, row_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(originId, seq, change.table, change.pk, change.rowVersion, change.baseVersion, change.op, JSON.stringify(change.row));
  return seq;
};
