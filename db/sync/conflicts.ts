// Conflicts as a person sees them: the row as it stands beside every other writer's version, and the
// decision (keep what is shown, or take another writer's version). The replaced version is kept.
import { ApiError } from '../../shared/api/errors.js';
import { PRIMARY_KEYS, TABLE_LABELS, isSyncedTable, type SyncedTableName } from '../../shared/sync/rows.js';
import type { ConflictGroup, ConflictSide } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { findPeer } from './state.js';

type EntryRow = { table_name: string; pk: string; origin_id: string; row_version: number; row_json: string; status: 'open' | 'resolved' };

const nameOfOrigin = (db: Db, originId: string): string => findPeer(db, originId)?.name || `安装 ${originId.slice(0, 8)}`;

const whereOf = (table: SyncedTableName, pk: string): { sql: string; values: Record<string, string> } => {
  const keys = PRIMARY_KEYS[table];
  const parts = pk.split('|');
  return { sql: keys.map((k) => `${k} = @${k}`).join(' AND '), values: Object.fromEntries(keys.map((k, i) => [k, parts[i] ?? ''])) };
};

const titleOf = (db: Db, row: Record<string, unknown> | undefined): string => {
  if (!row) return '';
  const task = typeof row.task_id === 'string' ? (prepared(db, 'SELECT code, title FROM tasks WHERE id = ?').get(row.task_id) as { code: string; title: string } | undefined) : undefined;
  const dept = typeof row.department_id === 'string' ? (prepared(db, 'SELECT name FROM departments WHERE id = ?').get(row.department_id) as { name: string } | undefined) : undefined;
  return [task ? `任务 ${task.code} ${task.title}` : '', dept?.name ?? '', typeof row.period_id === 'string' ? row.period_id : ''].filter(Boolean).join(' · ');
};

export const listConflicts = (db: Db, isOpenOnly: boolean): ConflictGroup[] => {
  const entries = prepared(db, `SELECT * FROM sync_conflicts ${isOpenOnly ? "WHERE status = 'open'" : ''} ORDER BY table_name, pk, origin_id`).all() as EntryRow[];
  const groups = new Map<string, ConflictGroup>();
  for (const entry of entries) {
    if (!isSyncedTable(entry.table_name)) continue;
    const key = `${entry.table_name}\u0000${entry.pk}`;
    let group = groups.get(key);
    if (!group) {
      const { sql, values } = whereOf(entry.table_name, entry.pk);
      const current = prepared(db, `SELECT * FROM ${entry.table_name} WHERE ${sql}`).get(values) as Record<string, unknown> | undefined;
      const other = JSON.parse(entry.row_json) as Record<string, unknown>;
      group = {
        table: entry.table_name,
        tableLabel: TABLE_LABELS[entry.table_name],
        pk: entry.pk,
        title: titleOf(db, current ?? other),
        status: entry.status,
        current: current
          ? { originId: String(current.origin_id), name: nameOfOrigin(db, String(current.origin_id)), rowVersion: Number(current.row_version), row: current }
          : null,
        others: [],
      };
      groups.set(key, group);
    }
    if (entry.status === 'open') group.status = 'open';
    const side: ConflictSide = { originId: entry.origin_id, name: nameOfOrigin(db, entry.origin_id), rowVersion: entry.row_version, row: JSON.parse(entry.row_json) as Record<string, unknown> };
    group.others.push(side);
  }
  return [...groups.values()];
};

/**
 * keepOrigin names the writer whose version should stand: the current one (keep) or a held one (take);
 * keepVersion picks between two versions of one writer (a PC restored from an old backup). The decision is
 * recorded by writer and version (sync_decisions), so later changes are judged against it, never by clocks.
 */
export const resolveConflict = (ctx: BackendContext, table: string, pk: string, keepOrigin: string, keepVersion?: number): ConflictGroup | null => {
  const { db } = ctx;
  if (!isSyncedTable(table)) throw new ApiError('bad_input', `未知的数据表:${table}`);
  const entries = prepared(db, 'SELECT * FROM sync_conflicts WHERE table_name = ? AND pk = ?').all(table, pk) as EntryRow[];
  if (entries.length === 0) throw new ApiError('not_found', '没有这条冲突');
  const { sql, values } = whereOf(table, pk);
  const current = prepared(db, `SELECT * FROM ${table} WHERE ${sql}`).get(values) as Record<string, unknown> | undefined;
  const now = ctx.clock().toISOString();
  const decide = (originId: string, version: number): void => {
    prepared(
      db,
      `INSERT INTO sync_decisions (table_name, pk, origin_id, row_version, decided_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (table_name, pk) DO UPDATE SET origin_id = excluded.origin_id, row_version = excluded.row_version, decided_at = excluded.decided_at`,
    ).run(table, pk, originId, version, now);
  };
  db.transaction(() => {
    if (current && String(current.origin_id) === keepOrigin && (keepVersion === undefined || keepVersion === Number(current.row_version))) {
      prepared(db, "UPDATE sync_conflicts SET status = 'resolved', decision = 'keep', decided_at = ? WHERE table_name = ? AND pk = ?").run(now, table, pk);
      decide(keepOrigin, Number(current.row_version));
      return;
    }
    const chosen = entries.find((e) => e.origin_id === keepOrigin && (keepVersion === undefined || e.row_version === keepVersion));
    if (!chosen) throw new ApiError('not_found', '所选版本不在这条冲突中');
    const row = JSON.parse(chosen.row_json) as Record<string, unknown>;
    const columns = new Set((db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((r) => r.name));
    const data: Record<string, string | number | null> = {};
    for (const [k, v] of Object.entries(row)) if (columns.has(k)) data[k] = v === null || typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v);
    data.row_version = chosen.row_version;
    data.origin_id = chosen.origin_id;
    const names = Object.keys(data);
    if (current) prepared(db, `UPDATE ${table} SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE ${sql}`).run({ ...data, ...values });
    else prepared(db, `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(data);
    // The version that stood before is kept beside the decision: nothing is discarded.
    prepared(db, "UPDATE sync_conflicts SET status = 'resolved', decision = 'take', decided_at = ?, replaced_json = ? WHERE table_name = ? AND pk = ?").run(
      now,
      current ? JSON.stringify(current) : null,
      table,
      pk,
    );
    // The replaced writer's version stays on record as its own side, so its later changes are recognised
    // as continuing a losing version (a new conflict) rather than as news.
    if (current && String(current.origin_id) !== chosen.origin_id) {
      prepared(
        db,
        `INSERT INTO sync_conflicts (table_name, pk, origin_id, row_version, base_version, row_json, status, decision, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, 'resolved', 'take', ?) ON CONFLICT (table_name, pk, origin_id) DO NOTHING`,
      ).run(table, pk, String(current.origin_id), Number(current.row_version), Number(current.row_version) - 1, JSON.stringify(current), now);
    }
    decide(chosen.origin_id, chosen.row_version);
  })();
  return listConflicts(db, false).find((g) => g.table === table && g.pk === pk) ?? null;
};
