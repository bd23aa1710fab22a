// Writes a parsed plan in one transaction: plan, departments met for the first time, aliases,
// the task tree and its assignments, the indicators, each logged for sync. Importing the same
// source twice is a no-op. Updating a plan from a revised document lives in update-plan.ts.
import { randomUUID } from 'node:crypto';
import type { ParsedIndicator, ParsedPlan, ParsedTask, PlanFormat } from '../../shared/plan/types.js';
import { storedCells } from '../../shared/plan/task-columns.js';
import { addAlias, ensureDepartment } from '../departments/directory.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { expandGroupAssignments } from '../departments/group-assignments.js';
import { keepExtraColumns } from '../columns/store.js';
import { insertSynced, type RowValues } from '../sync/synced-write.js';

export type PlanSource = { name: string; sha256: string; format?: PlanFormat };

export type StoredPlan = { planId: string; isNew: boolean; taskCount: number };

export const findPlanBySource = (db: Db, sha256: string): string | undefined =>
  (
    (prepared(db, 'SELECT id FROM plans WHERE source_sha256 = ? AND deleted = 0').get(sha256) as { id: string } | undefined) ??
    (prepared(
      db,
      `SELECT i.plan_id AS id FROM plan_imports i JOIN plans p ON p.id = i.plan_id
       WHERE i.source_sha256 = ? AND p.deleted = 0 ORDER BY i.plan_version DESC LIMIT 1`,
    ).get(sha256) as { id: string } | undefined)
  )?.id;

/** The nearest task above a path: "2/3/1" → "2/3" if that is a task, else "2". */
export const parentTaskId = (path: string, idByPath: Map<string, string>): string | null => {
  const parts = path.split('/');
  for (let n = parts.length - 1; n > 0; n -= 1) {
    const id = idByPath.get(parts.slice(0, n).join('/'));
    if (id) return id;
  }
  return null;
};

export const taskValues = (task: ParsedTask, seq: number): RowValues => ({
  path: task.path,
  code: task.code,
  seq,
  level: task.level,
  section: task.section,
  title: task.title,
  content: task.content,
  deadline_text: task.deadlineText,
  deadline_date: task.deadline?.date ?? null,
  deadline_recurrence: task.deadline?.recurrence ? JSON.stringify(task.deadline.recurrence) : null,
  is_ongoing: task.deadline?.isOngoing ? 1 : 0,
  source_line: task.line,
  // The plain text columns (task-columns.ts), each into its own column of `tasks`.
  ...storedCells(task.cells),
});

export const indicatorValues = (db: Db, originId: string, indicator: ParsedIndicator, seq: number): RowValues => ({
  seq,
  category: indicator.category,
  name: indicator.name,
  unit: indicator.unit || indicator.target.unit,
  baseline_text: indicator.baseline.text,
  target_text: indicator.target.text,
  comparator: indicator.target.comparator,
  bound_low: indicator.target.low,
  bound_high: indicator.target.high,
  attribute: indicator.attribute,
  owner_department_id: indicator.owner ? ensureDepartment(db, originId, indicator.owner) : null,
  achieved_text: indicator.achieved?.text ?? '',
  table_title: indicator.table,
  source_line: indicator.line,
});

export type DesiredAssignment = { departmentId: string; role: 'lead' | 'participant'; position: number; isInferred: boolean; rawName: string };

/** Who a task's row should name, in order; a unit named twice keeps its first, stronger role. */
export const desiredAssignments = (db: Db, originId: string, task: ParsedTask): DesiredAssignment[] => {
  const out: DesiredAssignment[] = [];
  const seen = new Set<string>();
  const add = (name: string, role: 'lead' | 'participant', isInferred: boolean): void => {
    const departmentId = ensureDepartment(db, originId, name);
    if (seen.has(departmentId)) return;
    seen.add(departmentId);
    out.push({ departmentId, role, position: out.length, isInferred, rawName: name });
  };
  task.leads.forEach((n) => add(n, 'lead', task.isLeadInferred));
  task.participants.forEach((n) => add(n, 'participant', false));
  return out;
};

export const storeAliases = (db: Db, originId: string, aliases: Record<string, string>, now: string, note: string): void => {
  for (const [alias, canonical] of Object.entries(aliases)) {
    if (alias === canonical) continue;
    addAlias(db, alias, ensureDepartment(db, originId, canonical), note, now);
  }
};

export const outlineJson = (parsed: ParsedPlan): string => JSON.stringify(parsed.sections ?? []);

export const recordImport = (
  db: Db,
  planId: string,
  version: number,
  mode: 'created' | 'updated',
  source: PlanSource,
  now: string,
  summary: unknown,
): void => {
  prepared(
    db,
    `INSERT INTO plan_imports (id, plan_id, plan_version, mode, source_name, source_sha256, source_format, imported_at, summary_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), planId, version, mode, source.name, source.sha256, source.format ?? 'text', now, JSON.stringify(summary));
};

export const storeParsedPlan = (db: Db, originId: string, parsed: ParsedPlan, source: PlanSource, now: string): StoredPlan => {
  const existing = findPlanBySource(db, source.sha256);
  if (existing) return { planId: existing, isNew: false, taskCount: parsed.tasks.length };

  return db.transaction((): StoredPlan => {
    const planId = randomUUID();
    insertSynced(db, originId, 'plans', planId, {
      id: planId,
      title: parsed.title,
      issuer: parsed.issuer,
      doc_number: parsed.docNumber,
      source_name: source.name,
      source_sha256: source.sha256,
      imported_at: now,
      issued_on: parsed.issuedOn ?? null,
      source_format: source.format ?? 'text',
      outline_json: outlineJson(parsed),
      deleted: 0,
    });
    storeAliases(db, originId, parsed.aliases, now, '同一文件中的简写');

    const idByPath = new Map<string, string>();
    parsed.tasks.forEach((task, index) => {
      const taskId = randomUUID();
      insertSynced(db, originId, 'tasks', taskId, {
        id: taskId,
        plan_id: planId,
        parent_id: parentTaskId(task.path, idByPath),
        ...taskValues(task, index + 1),
        deleted: 0,
      });
      idByPath.set(task.path, taskId);
      for (const a of desiredAssignments(db, originId, task)) {
        insertSynced(db, originId, 'assignments', `${taskId}|${a.departmentId}`, {
          task_id: taskId,
          department_id: a.departmentId,
          role: a.role,
          position: a.position,
          is_inferred: a.isInferred ? 1 : 0,
          raw_name: a.rawName,
          deleted: 0,
        });
      }
    });
    keepExtraColumns(
      db,
      originId,
      planId,
      parsed.extraColumns ?? [],
      parsed.tasks.flatMap((task) => (task.extra ? [{ taskId: idByPath.get(task.path) ?? '', extra: task.extra }] : [])),
    );
    (parsed.indicators ?? []).forEach((indicator, index) => {
      const id = randomUUID();
      insertSynced(db, originId, 'indicators', id, {
        id,
        plan_id: planId,
        task_id: indicator.taskPath ? (idByPath.get(indicator.taskPath) ?? null) : null,
        ...indicatorValues(db, originId, indicator, index + 1),
        deleted: 0,
      });
    });
    // Groups whose members the directory already knows (from an earlier plan) reach their members at once.
    expandGroupAssignments(db, originId);
    recordImport(db, planId, 1, 'created', source, now, { tasks: parsed.tasks.length, indicators: parsed.indicators?.length ?? 0 });
    return { planId, isNew: true, taskCount: parsed.tasks.length };
  })();
};
