// Applies a revised document to a stored plan as a plan update that keeps all progress: matched
// tasks are updated in place (same id, so reports still point at them), new tasks are inserted,
// vanished tasks are tombstoned (never deleted), assignments and indicators follow. One transaction.
import { randomUUID } from 'node:crypto';
import { diffPlan, indicatorKey, type PlanDiff, type StoredIndicatorSnapshot, type StoredTaskSnapshot } from '../../shared/plan/diff.js';
import { STORED_COLUMNS } from '../../shared/plan/task-columns.js';
import type { ParsedPlan, ParsedTask } from '../../shared/plan/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { expandGroupAssignments } from '../departments/group-assignments.js';
import { insertSynced, type RowValues } from '../sync/synced-write.js';
import {
  desiredAssignments,
  indicatorValues,
  outlineJson,
  parentTaskId,
  recordImport,
  storeAliases,
  taskValues,
  type PlanSource,
} from './store-plan.js';
import { updateSynced } from '../sync/synced-write.js';
import { TASK_FIELDS, taskFieldsOf, type TaskFieldsRow } from '../tasks/read.js';
import { applyDocumentColumns, listColumns } from '../columns/store.js';

type AssignmentDbRow = { task_id: string; name: string; role: 'lead' | 'participant'; position: number };

/** The live tasks of a plan with department names and named cells, in the shape the diff compares. */
export const storedTasks = (db: Db, planId: string): StoredTaskSnapshot[] => {
  const columnName = new Map(listColumns(db, planId).map((c) => [c.id, c.name]));
  const rows = (prepared(db, `SELECT ${TASK_FIELDS} FROM tasks t WHERE t.plan_id = ? AND t.deleted = 0 ORDER BY t.seq`).all(planId) as TaskFieldsRow[]).map(
    taskFieldsOf,
  );
  const assignments = prepared(
    db,
    `SELECT a.task_id, d.name, a.role, a.position FROM assignments a
     JOIN tasks t ON t.id = a.task_id JOIN departments d ON d.id = a.department_id
     WHERE t.plan_id = ? AND a.deleted = 0 AND t.deleted = 0 ORDER BY a.position`,
  ).all(planId) as AssignmentDbRow[];
  const byTask = new Map<string, AssignmentDbRow[]>();
  for (const a of assignments) byTask.set(a.task_id, [...(byTask.get(a.task_id) ?? []), a]);
  return rows.map((r) => ({
    id: r.id,
    path: r.path,
    code: r.code,
    section: r.section,
    title: r.title,
    content: r.content,
    deadlineText: r.deadlineText,
    leads: (byTask.get(r.id) ?? []).filter((a) => a.role === 'lead').map((a) => a.name),
    participants: (byTask.get(r.id) ?? []).filter((a) => a.role === 'participant').map((a) => a.name),
    named: {
      custom: Object.fromEntries(Object.entries(r.custom).flatMap(([id, value]) => (columnName.has(id) ? [[columnName.get(id) ?? '', value]] : []))),
      cells: r.cells,
    },
  }));
};

type IndicatorDbRow = { id: string; category: string; name: string; unit: string; baseline_text: string; target_text: string; attribute: string | null };

export const storedIndicators = (db: Db, planId: string): StoredIndicatorSnapshot[] =>
  (
    prepared(db, 'SELECT id, category, name, unit, baseline_text, target_text, attribute FROM indicators WHERE plan_id = ? AND deleted = 0 ORDER BY seq').all(
      planId,
    ) as IndicatorDbRow[]
  ).map((r) => ({ id: r.id, category: r.category, name: r.name, unit: r.unit, baselineText: r.baseline_text, targetText: r.target_text, attribute: r.attribute }));

/** What importing `parsed` would change in the stored plan: tasks, indicators and named columns. */
export const diffAgainstStored = (db: Db, planId: string, parsed: ParsedPlan, before = storedTasks(db, planId)): PlanDiff =>
  diffPlan(before, parsed.tasks, storedIndicators(db, planId), parsed.indicators ?? [], {
    stored: listColumns(db, planId),
    document: parsed.extraColumns ?? [],
  });

/** A matched task's row: a plain text built-in cell the document leaves empty keeps its value (column-diff.ts). */
const revisedValues = (task: ParsedTask, values: RowValues): RowValues =>
  Object.fromEntries(Object.entries(values).filter(([key]) => !STORED_COLUMNS.some((c) => c.stored === key) || Boolean(task.cells?.[key])));

type ExistingAssignment = { department_id: string; role: string; position: number; is_inferred: number; raw_name: string; deleted: number; via_group_id: string | null };

const syncAssignments = (db: Db, originId: string, taskId: string, desired: ReturnType<typeof desiredAssignments>, isTaskDeleted: boolean): void => {
  const existing = prepared(db, 'SELECT department_id, role, position, is_inferred, raw_name, deleted, via_group_id FROM assignments WHERE task_id = ?').all(
    taskId,
  ) as ExistingAssignment[];
  const wanted = new Map(isTaskDeleted ? [] : desired.map((d) => [d.departmentId, d]));
  for (const row of existing) {
    const want = wanted.get(row.department_id);
    const key = { task_id: taskId, department_id: row.department_id };
    const pk = `${taskId}|${row.department_id}`;
    if (!want) {
      // Rows through a group are not the document's: expandGroupAssignments keeps them after this.
      if (row.deleted === 0 && row.via_group_id === null) updateSynced(db, originId, 'assignments', pk, key, { deleted: 1 });
      continue;
    }
    updateSynced(db, originId, 'assignments', pk, key, {
      role: want.role,
      position: want.position,
      is_inferred: want.isInferred ? 1 : 0,
      raw_name: want.rawName,
      via_group_id: null,
      deleted: 0,
    });
    wanted.delete(row.department_id);
  }
  for (const want of wanted.values()) {
    insertSynced(db, originId, 'assignments', `${taskId}|${want.departmentId}`, {
      task_id: taskId,
      department_id: want.departmentId,
      role: want.role,
      position: want.position,
      is_inferred: want.isInferred ? 1 : 0,
      raw_name: want.rawName,
      deleted: 0,
    });
  }
};

export type UpdatedPlan = { planId: string; diff: PlanDiff; version: number };

export const updatePlanFromDocument = (
  db: Db,
  originId: string,
  planId: string,
  parsed: ParsedPlan,
  source: PlanSource,
  now: string,
): UpdatedPlan =>
  db.transaction((): UpdatedPlan => {
    const before = storedTasks(db, planId);
    const oldPath = new Map(before.map((t) => [t.id, t.path]));
    const diff = diffAgainstStored(db, planId, parsed, before);
    const plan = prepared(db, 'SELECT plan_version FROM plans WHERE id = ?').get(planId) as { plan_version: number };
    const version = plan.plan_version + 1;
    updateSynced(db, originId, 'plans', planId, { id: planId }, {
      title: parsed.title,
      issuer: parsed.issuer,
      doc_number: parsed.docNumber,
      source_name: source.name,
      source_sha256: source.sha256,
      issued_on: parsed.issuedOn ?? null,
      source_format: source.format ?? 'text',
      outline_json: outlineJson(parsed),
      plan_version: version,
    });
    storeAliases(db, originId, parsed.aliases, now, '同一文件中的简写');

    // Paths are unique per plan: park every kept or removed task on a private path first (not logged;
    // the logged write below carries the final path), so renumbering never collides mid-way.
    const matchedIds = new Map(diff.matches.map((m) => [m.path, m.taskId]));
    const moving = [...matchedIds.entries()].filter(([path, id]) => oldPath.get(id) !== path).map(([, id]) => id);
    for (const id of [...moving, ...diff.removed.map((r) => r.taskId)]) {
      prepared(db, "UPDATE tasks SET path = '~' || id WHERE id = ?").run(id);
    }

    const idByPath = new Map<string, string>();
    parsed.tasks.forEach((task, index) => {
      const values = taskValues(task, index + 1);
      const parent = parentTaskId(task.path, idByPath);
      let taskId = matchedIds.get(task.path);
      if (taskId) {
        updateSynced(db, originId, 'tasks', taskId, { id: taskId }, { ...revisedValues(task, values), parent_id: parent });
      } else {
        taskId = randomUUID();
        insertSynced(db, originId, 'tasks', taskId, { id: taskId, plan_id: planId, parent_id: parent, ...values, deleted: 0 });
      }
      idByPath.set(task.path, taskId);
      syncAssignments(db, originId, taskId, desiredAssignments(db, originId, task), false);
    });
    for (const removed of diff.removed) {
      updateSynced(db, originId, 'tasks', removed.taskId, { id: removed.taskId }, { path: `${removed.path}~已删除~${removed.taskId.slice(0, 8)}`, deleted: 1 });
      syncAssignments(db, originId, removed.taskId, [], true);
    }
    expandGroupAssignments(db, originId);
    applyDocumentColumns(db, originId, planId, diff.columns, idByPath);

    const oldIndicators = new Map(storedIndicators(db, planId).map((i) => [indicatorKey(i), i.id]));
    const keptIndicators = new Set<string>();
    (parsed.indicators ?? []).forEach((indicator, index) => {
      const taskId = indicator.taskPath ? (idByPath.get(indicator.taskPath) ?? null) : null;
      const values = { ...indicatorValues(db, originId, indicator, index + 1), task_id: taskId };
      const id = oldIndicators.get(indicatorKey(indicator));
      if (id && !keptIndicators.has(id)) {
        keptIndicators.add(id);
        updateSynced(db, originId, 'indicators', id, { id }, values);
      } else {
        const newId = randomUUID();
        insertSynced(db, originId, 'indicators', newId, { id: newId, plan_id: planId, ...values, deleted: 0 });
      }
    });
    for (const id of oldIndicators.values()) if (!keptIndicators.has(id)) updateSynced(db, originId, 'indicators', id, { id }, { deleted: 1 });

    recordImport(db, planId, version, 'updated', source, now, {
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      unchanged: diff.unchangedCount,
      columnsAdded: diff.columns.added.length,
      cellsChanged: diff.columns.changed.filter((c) => !c.problem).length,
    });
    return { planId, diff, version };
  })();
