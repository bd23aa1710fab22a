// Steps 4–5 of an import (sync.md): inside one transaction, each change is authorised, then applied
// when it continues the row's history, or kept as a conflict holding both versions. The rules depend
// only on versions and origins, never on clocks, and give the same tables whatever order packages come in:
// - same writer: applied when its base is the current version; an older version is skipped.
// - two writers of one row (e.g. a unit that changed PCs and enrolled both): the row shows the version of
//   the writer with the larger origin id and every other writer's latest version waits in sync_conflicts
//   for a person. A fixed rule, not "first come", is what makes the result independent of import order.
import type { WireChange } from '../../shared/sync/manifest.js';
import { authorityProblem, type AuthorityLookups, type AuthoritySender } from '../../shared/sync/authority.js';
import { PRIMARY_KEYS, TABLE_LABELS, VERSION_COLUMNS, type SyncedTableName } from '../../shared/sync/rows.js';
import { isBoundByIndicator } from '../../shared/sync/tables.js';
import type { RefusedChange } from '../../shared/sync/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { proxyReviewIds } from '../adoption/proxy-store.js';
import { departmentName, isEarlierKeyOf } from './state.js';
import { updateSynced } from './synced-write.js';

export type ApplyCounts = { applied: number; skipped: number; conflicts: number; refused: number };

const columnCache = new WeakMap<Db, Map<string, Set<string>>>();

/** The table's real columns: a package can only fill columns this database has, by name from here. */
const columnsOf = (db: Db, table: SyncedTableName): Set<string> => {
  let perDb = columnCache.get(db);
  if (!perDb) {
    perDb = new Map();
    columnCache.set(db, perDb);
  }
  let columns = perDb.get(table);
  if (!columns) {
    columns = new Set((db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((r) => r.name));
    perDb.set(table, columns);
  }
  return columns;
};

export const lookupsFor = (db: Db): AuthorityLookups => ({
  isAssigned: (taskId, departmentId) =>
    prepared(
      db,
      'SELECT 1 FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE a.task_id = ? AND a.department_id = ? AND a.deleted = 0 AND t.deleted = 0',
    ).get(taskId, departmentId) !== undefined,
  isLead: (taskId, departmentId) =>
    prepared(
      db,
      "SELECT 1 FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE a.task_id = ? AND a.department_id = ? AND a.role = 'lead' AND a.deleted = 0 AND t.deleted = 0",
    ).get(taskId, departmentId) !== undefined,
  indicator: (id) => {
    const row = prepared(db, 'SELECT task_id, owner_department_id FROM indicators WHERE id = ? AND deleted = 0').get(id) as
      | { task_id: string | null; owner_department_id: string | null }
      | undefined;
    return row ? { taskId: row.task_id, ownerDepartmentId: row.owner_department_id } : undefined;
  },
  departmentName: (id) => departmentName(db, id) || '未知单位',
});

type Current = { row_version: number; origin_id: string };
type ConflictEntry = { row_version: number; status: string };

const keyWhere = (table: SyncedTableName): string => PRIMARY_KEYS[table].map((k) => `${k} = @${k}`).join(' AND ');
const keyValues = (table: SyncedTableName, row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(PRIMARY_KEYS[table].map((k) => [k, row[k]]));

const toSqlValue = (value: unknown): string | number | null =>
  value === null || value === undefined ? null : typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value);

/** Writes the incoming version of a row whole, with the version columns taken from the change. */
const writeRow = (db: Db, table: SyncedTableName, change: WireChange, exists: boolean): void => {
  const columns = columnsOf(db, table);
  const values: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(change.row)) {
    if (columns.has(key) && !(VERSION_COLUMNS as readonly string[]).includes(key)) values[key] = toSqlValue(value);
  }
  values.row_version = change.rowVersion;
  values.origin_id = change.origin;
  values.deleted = change.op === 'delete' ? 1 : change.row.deleted === 1 ? 1 : 0;
  const names = Object.keys(values);
  if (exists) {
    const keys = PRIMARY_KEYS[table];
    const sets = names.filter((n) => !keys.includes(n)).map((n) => `${n} = @${n}`);
    prepared(db, `UPDATE ${table} SET ${sets.join(', ')} WHERE ${keyWhere(table)}`).run(values);
  } else {
    prepared(db, `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(values);
  }
};

const holdConflict = (db: Db, table: SyncedTableName, pk: string, origin: string, version: number, base: number, rowJson: string): void => {
  prepared(
    db,
    `INSERT INTO sync_conflicts (table_name, pk, origin_id, row_version, base_version, row_json, status)
     VALUES (?, ?, ?, ?, ?, ?, 'open')
     ON CONFLICT (table_name, pk, origin_id) DO UPDATE SET row_version = excluded.row_version, base_version = excluded.base_version,
       row_json = excluded.row_json, status = 'open', decision = NULL, decided_at = NULL
     WHERE excluded.row_version > sync_conflicts.row_version`,
  ).run(table, pk, origin, version, base, rowJson);
};

type Outcome = 'applied' | 'skipped' | 'conflict';

/** The office's reviews of the superseded 代录 no longer judge anything: tombstoned (logged, in one transaction). */
const withdrawProxyReviews = (db: Db, row: Record<string, unknown>, officeOrigin: string): void => {
  const key = { taskId: String(row.task_id), departmentId: String(row.department_id), periodId: String(row.period_id) };
  for (const review of proxyReviewIds(db, key)) updateSynced(db, officeOrigin, 'reviews', review.id, { id: review.id }, { deleted: 1 });
};

const isOfficeProxyVersion = (db: Db, row: Record<string, unknown>, current: Current): boolean =>
  prepared(
    db,
    'SELECT 1 FROM proxy_reports WHERE task_id = ? AND department_id = ? AND period_id = ? AND report_version = ? AND entered_by = ?',
  ).get(String(row.task_id), String(row.department_id), String(row.period_id), current.row_version, current.origin_id) !== undefined;

type Decision = { origin_id: string; row_version: number };

/**
 * A row a person decided: versions are named by writer and number, and only a change based on the version
 * that stands (same writer, base = its version) continues it. Anything else — the losing writer going on
 * from its own version — is a new conflict; the fixed origin rule is not consulted, so the decision sticks.
 */
const applyDecided = (db: Db, table: SyncedTableName, change: WireChange, current: Current, held: ConflictEntry | undefined): Outcome => {
  if (current.origin_id === change.origin && change.baseVersion === current.row_version && change.rowVersion > current.row_version) {
    writeRow(db, table, change, true);
    return 'applied';
  }
  const known = Math.max(current.origin_id === change.origin ? current.row_version : 0, held?.row_version ?? 0);
  if (change.rowVersion <= known) return 'skipped';
  holdConflict(db, table, change.pk, change.origin, change.rowVersion, change.baseVersion, JSON.stringify(change.row));
  return 'conflict';
};

const applyOne = (db: Db, table: SyncedTableName, change: WireChange, isPredecessor: (origin: string) => boolean): Outcome => {
  const keys = keyValues(table, change.row);
  const stored = prepared(db, `SELECT row_version, origin_id FROM ${table} WHERE ${keyWhere(table)}`).get(keys) as Current | undefined;
  // A row last written by the key this unit's new PC replaced continues under the new key (reissue.ts).
  // Only a true continuation (based on the version stored): a new PC writing afresh is a second writer (conflict).
  const isContinued = stored !== undefined && stored.origin_id !== change.origin && change.baseVersion === stored.row_version && isPredecessor(stored.origin_id);
  const current = stored && isContinued ? { ...stored, origin_id: change.origin } : stored;
  const held = prepared(db, 'SELECT row_version, status FROM sync_conflicts WHERE table_name = ? AND pk = ? AND origin_id = ?').get(
    table,
    change.pk,
    change.origin,
  ) as ConflictEntry | undefined;
  const decision = prepared(db, 'SELECT origin_id, row_version FROM sync_decisions WHERE table_name = ? AND pk = ?').get(table, change.pk) as Decision | undefined;
  if (current && decision) return applyDecided(db, table, change, current, held);
  const incomingJson = JSON.stringify(change.row);
  if (!current) {
    if (change.baseVersion === 0) {
      writeRow(db, table, change, false);
      return 'applied';
    }
    if (held && held.row_version >= change.rowVersion) return 'skipped';
    holdConflict(db, table, change.pk, change.origin, change.rowVersion, change.baseVersion, incomingJson);
    return 'conflict';
  }
  if (current.origin_id === change.origin) {
    if (change.rowVersion <= current.row_version) return 'skipped';
    if (change.baseVersion === current.row_version) {
      writeRow(db, table, change, true);
      return 'applied';
    }
    if (held && held.row_version >= change.rowVersion) return 'skipped';
    holdConflict(db, table, change.pk, change.origin, change.rowVersion, change.baseVersion, incomingJson);
    return 'conflict';
  }
  if (held && held.row_version >= change.rowVersion) return 'skipped';
  if (table === 'reports' && isOfficeProxyVersion(db, change.row, current)) {
    // The unit's own report supersedes what the office entered for it from a sheet (代录): no conflict,
    // the 代录 version stays in the change log and proxy_reports as history. The office never writes a
    // 代录 over a unit's own report (db/adoption), so the outcome does not depend on import order.
    writeRow(db, table, change, true);
    withdrawProxyReviews(db, change.row, current.origin_id);
    return 'applied';
  }
  if (change.origin > current.origin_id) {
    // The incoming writer wins the fixed rule: the current version moves to the conflict list, whole.
    const currentRow = prepared(db, `SELECT * FROM ${table} WHERE ${keyWhere(table)}`).get(keys) as Record<string, unknown>;
    holdConflict(db, table, change.pk, current.origin_id, current.row_version, current.row_version - 1, JSON.stringify(currentRow));
    prepared(db, 'DELETE FROM sync_conflicts WHERE table_name = ? AND pk = ? AND origin_id = ?').run(table, change.pk, change.origin);
    writeRow(db, table, change, true);
  } else {
    holdConflict(db, table, change.pk, change.origin, change.rowVersion, change.baseVersion, incomingJson);
  }
  return 'conflict';
};

/** Said on both sides when a plan change overtook a report in flight (issue 16). */
export const VOID_REASON = '已失效:该任务已调整,本单位不再参与';

/**
 * A department's change on a task the plan once gave it and no longer does (its assignment or the task
 * withdrawn): not an overreach but a report overtaken by a plan update, listed as 已失效 rather than refused.
 */
const isWithdrawn = (db: Db, table: SyncedTableName, row: Record<string, unknown>, sender: AuthoritySender): boolean => {
  if (sender.role !== 'department' || row.department_id !== sender.departmentId) return false;
  let taskId = typeof row.task_id === 'string' ? row.task_id : null;
  if (isBoundByIndicator(table)) {
    const indicator = prepared(db, 'SELECT task_id FROM indicators WHERE id = ?').get(String(row.indicator_id ?? '')) as { task_id: string | null } | undefined;
    taskId = indicator?.task_id ?? null;
  }
  if (!taskId) return false;
  const was = prepared(
    db,
    `SELECT a.deleted AS assignment_deleted, t.deleted AS task_deleted FROM assignments a JOIN tasks t ON t.id = a.task_id
     WHERE a.task_id = ? AND a.department_id = ?`,
  ).get(taskId, sender.departmentId) as { assignment_deleted: number; task_deleted: number } | undefined;
  return was !== undefined && (was.assignment_deleted === 1 || was.task_deleted === 1);
};

/** A refused change in a clerk's words: the task's number and title and the period. */
const changeLabel = (db: Db, table: SyncedTableName, row: Record<string, unknown>): string => {
  const task = typeof row.task_id === 'string' ? (prepared(db, 'SELECT code, title FROM tasks WHERE id = ?').get(row.task_id) as { code: string; title: string } | undefined) : undefined;
  const what = TABLE_LABELS[table];
  const period = typeof row.period_id === 'string' ? ` ${row.period_id}` : '';
  return task ? `任务 ${task.code} ${task.title.slice(0, 30)}${period} 的${what}` : `${what}${period}`;
};

/** Applies a package's changes above the watermark; must run inside the import transaction. */
export const applyChanges = (
  db: Db,
  packageId: string,
  sender: AuthoritySender,
  changes: WireChange[],
  hasAttachment: (sha256: string) => boolean,
): { counts: ApplyCounts; refused: RefusedChange[] } => {
  const counts: ApplyCounts = { applied: 0, skipped: 0, conflicts: 0, refused: 0 };
  const refused: RefusedChange[] = [];
  const lookups = lookupsFor(db);
  const logReceived = prepared(
    db,
    `INSERT OR IGNORE INTO change_log (origin_id, seq, table_name, pk, row_version, base_version, op, row_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const predecessors = new Map<string, boolean>();
  const isPredecessor = (origin: string): boolean => {
    if (sender.role !== 'department') return false;
    let known = predecessors.get(origin);
    if (known === undefined) {
      known = isEarlierKeyOf(db, origin, sender.departmentId);
      predecessors.set(origin, known);
    }
    return known;
  };
  for (const change of changes) {
    const table = change.table as SyncedTableName;
    // The received change joins the audit trail under its writer's origin and seq, applied or not.
    logReceived.run(change.origin, change.seq, change.table, change.pk, change.rowVersion, change.baseVersion, change.op, JSON.stringify(change.row));
    let problem = authorityProblem(table, change.row, sender, lookups);
    const isVoid = problem !== null && isWithdrawn(db, table, change.row, sender);
    if (isVoid) problem = VOID_REASON;
    const isEvidence = table === 'report_attachments' || table === 'lifecycle_attachments';
    if (!problem && isEvidence && change.row.deleted !== 1 && !hasAttachment(String(change.row.sha256))) problem = '佐证材料文件缺失';
    if (problem) {
      prepared(
        db,
        `INSERT OR IGNORE INTO sync_refused (origin_id, seq, package_id, table_name, pk, reason, row_json) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(change.origin, change.seq, packageId, change.table, change.pk, problem, JSON.stringify(change.row));
      counts.refused += 1;
      refused.push({ seq: change.seq, table: change.table, pk: change.pk, reason: problem, isVoid, label: changeLabel(db, table, change.row) });
      continue;
    }
    const outcome = applyOne(db, table, change, isPredecessor);
    if (outcome === 'applied') counts.applied += 1;
    else if (outcome === 'skipped') counts.skipped += 1;
    else counts.conflicts += 1;
  }
  return { counts, refused };
};
