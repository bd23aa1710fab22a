// A department restored from an old backup (sync.md "Change log"): its seqs and row versions went back, so
// without care the office would take its new changes for ones it already has and drop them as "older".
// - Restoring through the app raises the floors to what the replaced database had used (backups.ts).
// - A copy restored by hand is caught both ways: the office refuses a package whose already-received seqs
//   carry different content (rewoundProblem), and the department, on reading the office's acknowledgement
//   of seqs it no longer has, raises its floors and re-sends every row it changed since its last
//   acknowledgement above them (absorbOfficeAck). Only numbers decide, never clocks.
import type { WireChange } from '../../shared/sync/manifest.js';
import { PRIMARY_KEYS, isSyncedTable } from '../../shared/sync/rows.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { appendChange } from './change-log.js';
import { highestOwnSeq, maxOwnVersion, nextVersion, raiseFloors } from './floors.js';
import { ackOf, recordAck } from './state.js';

type LogRow = { seq: number; table_name: string; pk: string; row_version: number; base_version: number; op: string; row_json: string };

/** Office side: the first already-received seq whose content differs, or null when the overlap matches. */
export const rewoundProblem = (db: Db, originId: string, watermark: number, changes: WireChange[]): number | null => {
  for (const change of changes) {
    if (change.seq > watermark) break;
    const stored = prepared(db, 'SELECT * FROM change_log WHERE origin_id = ? AND seq = ?').get(originId, change.seq) as LogRow | undefined;
    if (!stored) continue;
    const isSame =
      stored.table_name === change.table &&
      stored.pk === change.pk &&
      stored.row_version === change.rowVersion &&
      stored.base_version === change.baseVersion &&
      stored.row_json === JSON.stringify(change.row);
    if (!isSame) return change.seq;
  }
  return null;
};

/**
 * Department side, inside a write transaction: records the office's acknowledgement of our seqs. When it
 * names seqs this database never wrote (a restored copy), raises the floors above everything the office can
 * hold and logs again, above them, each row changed since the last acknowledgement. Returns how many.
 */
export const absorbOfficeAck = (db: Db, selfOrigin: string, officeOrigin: string, acked: number): number => {
  const previousAck = ackOf(db, officeOrigin);
  const highest = highestOwnSeq(db, selfOrigin);
  let resent = 0;
  if (acked > highest) {
    // Each lost seq raised one row by one version at most, so the office holds no version above this.
    raiseFloors(db, { seq: acked, version: maxOwnVersion(db, selfOrigin) + (acked - highest) });
    const touched = prepared(
      db,
      'SELECT table_name, pk, MIN(seq) AS first FROM change_log WHERE origin_id = ? AND seq > ? GROUP BY table_name, pk ORDER BY MIN(seq)',
    ).all(selfOrigin, previousAck) as { table_name: string; pk: string; first: number }[];
    for (const { table_name: table, pk } of touched) {
      if (!isSyncedTable(table)) continue;
      const keys = PRIMARY_KEYS[table];
      const parts = pk.split('|');
      const where = keys.map((k) => `${k} = @${k}`).join(' AND ');
      const keyValues = Object.fromEntries(keys.map((k, i) => [k, parts[i] ?? '']));
      const row = prepared(db, `SELECT * FROM ${table} WHERE ${where} AND origin_id = @origin`).get({ ...keyValues, origin: selfOrigin }) as
        | Record<string, unknown>
        | undefined;
      if (!row) continue;
      // A row the office acknowledged before continues from that version; one made since may be unknown to it.
      const wasAcked = prepared(db, 'SELECT 1 FROM change_log WHERE origin_id = ? AND table_name = ? AND pk = ? AND seq <= ? LIMIT 1').get(selfOrigin, table, pk, previousAck) !== undefined;
      const base = wasAcked ? Number(row.row_version) : 0;
      const version = nextVersion(db, Number(row.row_version));
      prepared(db, `UPDATE ${table} SET row_version = @version WHERE ${where}`).run({ ...keyValues, version });
      appendChange(db, selfOrigin, { table, pk, rowVersion: version, baseVersion: base, op: 'upsert', row: { ...row, row_version: version } });
      resent += 1;
    }
  }
  recordAck(db, officeOrigin, acked);
  return resent;
};
