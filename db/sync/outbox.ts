// What the 数据交换 screen shows before and after an export: counted from the change log and the
// recipient's acknowledgement, exactly as the next package will be cut (db/sync/export.ts).
import { PLAN_TABLES, UNIT_TABLES } from '../../shared/sync/tables.js';
import type { PackageKind } from '../../shared/sync/manifest.js';
import type { ExportRecord, Outbox, OutgoingCounts, UnitOutbox } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { ackOf, listPeers, officePeer, readSelf } from './state.js';

type ExportRow = { file_name: string; kind: PackageKind; created_at: string; changes: number; seq_to: number; to_origin: string | null };

const NONE: OutgoingCounts = { reports: 0, evidence: 0, reviews: 0, planChanges: 0, changes: 0 };

const recordOf = (row: ExportRow | undefined, acked: number): ExportRecord | null =>
  row
    ? { fileName: row.file_name, kind: row.kind, createdAt: row.created_at, changeCount: row.changes, isAcknowledged: row.to_origin !== null && row.seq_to <= acked }
    : null;

/** Distinct rows per table among this PC's changes after `afterSeq` (optionally only one unit's reviews). */
const countsSince = (db: Db, originId: string, afterSeq: number, departmentId: string | null): OutgoingCounts => {
  const rows = prepared(
    db,
    `SELECT table_name AS t, COUNT(DISTINCT pk) AS n,
            COUNT(DISTINCT CASE WHEN table_name = 'report_attachments' THEN json_extract(row_json, '$.sha256') END) AS files
       FROM change_log WHERE origin_id = @origin AND seq > @after
        AND (@dept IS NULL OR table_name NOT IN (SELECT value FROM json_each(@addressed)) OR json_extract(row_json, '$.department_id') = @dept)
      GROUP BY table_name`,
  ).all({ origin: originId, after: afterSeq, dept: departmentId, addressed: JSON.stringify(UNIT_TABLES) }) as { t: string; n: number; files: number }[];
  const addressed: readonly string[] = UNIT_TABLES;
  const of = (t: string): number => rows.find((r) => r.t === t)?.n ?? 0;
  const planTables: readonly string[] = PLAN_TABLES;
  return {
    reports: of('reports'),
    evidence: rows.find((r) => r.t === 'report_attachments')?.files ?? 0,
    // issue 21: the office's 延期/办结 decisions count with its review decisions.
    reviews: of('reviews') + of('lifecycle_decisions'),
    planChanges: rows.filter((r) => planTables.includes(r.t)).reduce((sum, r) => sum + r.n, 0),
    changes: rows.filter((r) => departmentId === null || addressed.includes(r.t) || planTables.includes(r.t)).reduce((sum, r) => sum + r.n, 0),
  };
};

const departmentOutbox = (ctx: BackendContext, originId: string): Outbox => {
  const { db } = ctx;
  const office = officePeer(db);
  const acked = office ? ackOf(db, office.origin_id) : 0;
  const last = prepared(db, "SELECT * FROM sync_exports WHERE kind = 'progress' ORDER BY created_at DESC, seq_to DESC LIMIT 1").get() as ExportRow | undefined;
  const unacked = prepared(db, "SELECT COUNT(*) AS n FROM sync_exports WHERE kind = 'progress' AND seq_to > ?").get(acked) as { n: number };
  const sent = prepared(db, "SELECT MAX(seq_to) AS s FROM sync_exports WHERE kind = 'progress'").get() as { s: number | null };
  // Reports already in a package the office has not confirmed: they travel again in the next one.
  const waiting = sent.s !== null && sent.s > acked
    ? (prepared(db, "SELECT COUNT(DISTINCT pk) AS n FROM change_log WHERE origin_id = ? AND seq > ? AND seq <= ? AND table_name = 'reports'").get(originId, acked, sent.s) as { n: number }).n
    : 0;
  const fresh = countsSince(db, originId, Math.max(acked, sent.s ?? 0), null).changes;
  return {
    role: 'department',
    pending: countsSince(db, originId, acked, null),
    lastExport: recordOf(last, acked),
    awaitingAck: { packages: unacked.n, reports: waiting },
    newSinceLastExport: fresh,
    units: [],
  };
};

const officeOutbox = (ctx: BackendContext, originId: string): Outbox => {
  const { db } = ctx;
  const peers = listPeers(db).filter((p) => p.role === 'department');
  const departments = prepared(
    db,
    `SELECT d.id, d.name FROM departments d WHERE d.deleted = 0 AND d.kind = 'unit' AND d.merged_into IS NULL
        AND (EXISTS (SELECT 1 FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE a.department_id = d.id AND a.deleted = 0 AND t.deleted = 0)
             OR EXISTS (SELECT 1 FROM sync_peers p WHERE p.department_id = d.id))
      ORDER BY d.name`,
  ).all() as { id: string; name: string }[];
  const lastOf = (departmentId: string, kinds: string): ExportRow | undefined =>
    prepared(db, `SELECT * FROM sync_exports WHERE to_department_id = ? AND kind IN (${kinds}) ORDER BY created_at DESC, seq_to DESC LIMIT 1`).get(departmentId) as
      | ExportRow
      | undefined;
  const units = departments.map((d): UnitOutbox => {
    const own = peers.filter((p) => p.department_id === d.id);
    const active = own.filter((p) => p.revoked_at === null).sort((a, b) => b.enrolled_at.localeCompare(a.enrolled_at))[0];
    const acked = active ? ackOf(db, active.origin_id) : 0;
    return {
      departmentId: d.id,
      name: d.name,
      peer: active ? { originId: active.origin_id, fingerprint: active.fingerprint, enrolledAt: active.enrolled_at } : null,
      revokedKeys: own.filter((p) => p.revoked_at !== null).length,
      pending: active ? countsSince(db, originId, acked, d.id) : NONE,
      lastSetup: recordOf(lastOf(d.id, "'setup'"), acked),
      lastExport: recordOf(lastOf(d.id, "'review', 'plan-update'"), acked),
    };
  });
  return { role: 'office', pending: NONE, lastExport: null, awaitingAck: { packages: 0, reports: 0 }, newSinceLastExport: 0, units };
};

export const outbox = (ctx: BackendContext): Outbox => {
  const self = readSelf(ctx.db, ctx.identity);
  return self.role === 'department' ? departmentOutbox(ctx, self.originId) : officeOutbox(ctx, self.originId);
};
