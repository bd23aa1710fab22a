// The plan's leaf tasks as the figures need them, without their 内容 or custom columns (issue 18). At 10,000
// tasks readTasks took ~200 ms: SQLite building every task's units as JSON and Node parsing it again, the
// custom columns' JSON, the plain text columns' JSON, and three object spreads per task. Here the units
// come from one flat read of the plan's assignments (document order by position) and each task is built
// once, its plain text cells read as columns and kept only when not empty (as taskFieldsOf keeps them).
import type { DepartmentKind, Role } from '../../shared/domain/types.js';
import { STORED_COLUMNS } from '../../shared/plan/task-columns.js';
import type { LifecycleState } from '../lifecycle/state.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import type { TaskFact, UnitFact } from './facts.js';

// Storage names are checked identifiers (task-columns.ts), never input; c0, c1 … keep them apart from ours.
const CELL_COLUMNS = STORED_COLUMNS.map((c, i) => `, t.${c.stored} AS c${i}`).join('');

// Only leaf tasks are work items, as in TASKS_SQL (facts.ts).
const LEAN_TASKS_SQL = `
  SELECT t.id, t.plan_id, t.parent_id, t.path, t.code, t.seq, t.level, t.section, t.title, t.deadline_text,
    NULLIF(substr(t.deadline_date, 1, 10), '') AS deadline_date${CELL_COLUMNS}
  FROM tasks t
  WHERE t.plan_id = ? AND t.deleted = 0
    AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted = 0)
  ORDER BY t.seq`;

const LEAN_UNITS_SQL = `
  SELECT a.task_id, d.id, d.name, a.role, d.kind, d.contact, a.via_group_id
  FROM tasks t
  JOIN assignments a ON a.task_id = t.id AND a.deleted = 0
  JOIN departments d ON d.id = a.department_id AND d.deleted = 0
  WHERE t.plan_id = ? AND t.deleted = 0
  ORDER BY a.task_id, a.position`;

/** The deadline that stands (an approved 延期's new date, else the plan's) and the close, onto a task read. */
export const withLifecycle = (task: TaskFact, state: LifecycleState | undefined): TaskFact => {
  if (!state) return task;
  task.deadlineDate = state.effectiveDeadline;
  // Only set when the lifecycle changed something, so figures of tasks without one stay as they were.
  if (state.extendedFrom !== null) task.originalDeadline = state.extendedFrom;
  if (state.closedAt) task.closedAt = state.closedAt;
  return task;
};

type TaskRow = {
  id: string;
  plan_id: string;
  parent_id: string | null;
  path: string;
  code: string;
  seq: number;
  level: number;
  section: string;
  title: string;
  deadline_text: string;
  deadline_date: string | null;
} & Record<string, unknown>;

type UnitRow = { task_id: string; id: string; name: string; role: Role; kind: DepartmentKind; contact: string; via_group_id: string | null };

export const readLeanTasks = (db: Db, planId: string, lifecycle: Map<string, LifecycleState>): TaskFact[] => {
  const unitsOf = new Map<string, UnitFact[]>();
  for (const u of prepared(db, LEAN_UNITS_SQL).all(planId) as UnitRow[]) {
    const unit: UnitFact = { id: u.id, name: u.name, role: u.role, kind: u.kind, contact: u.contact, viaGroupId: u.via_group_id };
    const list = unitsOf.get(u.task_id);
    if (list) list.push(unit);
    else unitsOf.set(u.task_id, [unit]);
  }
  return (prepared(db, LEAN_TASKS_SQL).all(planId) as TaskRow[]).map((r) => {
    const cells: Record<string, string> = {};
    for (let i = 0; i < STORED_COLUMNS.length; i += 1) {
      const value = r[`c${i}`];
      if (value) cells[(STORED_COLUMNS[i] as { stored: string }).stored] = value as string;
    }
    const task: TaskFact = {
      id: r.id,
      planId: r.plan_id,
      parentId: r.parent_id,
      path: r.path,
      code: r.code,
      seq: r.seq,
      level: r.level,
      section: r.section,
      title: r.title,
      content: '',
      deadlineText: r.deadline_text,
      deadlineDate: r.deadline_date,
      cells,
      custom: {},
      units: unitsOf.get(r.id) ?? [],
    };
    return withLifecycle(task, lifecycle.get(r.id));
  });
};
