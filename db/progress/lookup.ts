// Reads the workbench needs everywhere: a task with its plan, a department's role on it, names.
import { ApiError } from '../../shared/api/errors.js';
import type { Role, TaskFields } from '../../shared/domain/types.js';
import { dayOf, type Day } from '../../shared/progress/days.js';
import { parsePeriodId, type Cadence, type Period } from '../../shared/progress/periods.js';
import { workingPeriod } from '../sync/collecting.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { TASK_FIELDS, taskFieldsOf, type TaskFieldsRow } from '../tasks/read.js';
import { readSettings } from './settings.js';

export type TaskInfo = TaskFields & {
  /** tasks.deadline_date; null when the document gave none (seed 004): no deadline is invented. */
  deadline: Day | null;
  planTitle: string;
  cadence: Cadence;
  /** The plan's import day stands for the start of every task's time: documents rarely give one. */
  planStart: Day;
};

type TaskDbRow = TaskFieldsRow & { plan_title: string; cadence: Cadence; imported_at: string };

export const requireTask = (db: Db, taskId: string): TaskInfo => {
  const row = prepared(
    db,
    `SELECT ${TASK_FIELDS}, p.title AS plan_title, p.cadence, p.imported_at
     FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE t.id = ? AND t.deleted = 0`,
  ).get(taskId) as TaskDbRow | undefined;
  if (!row) throw new ApiError('not_found', '找不到这项任务,它可能已被办公室删除');
  const fields = taskFieldsOf(row);
  return {
    ...fields,
    deadline: fields.deadlineDate,
    planTitle: row.plan_title,
    cadence: row.cadence,
    planStart: dayOf(new Date(row.imported_at)),
  };
};

export const requireDepartment = (db: Db, departmentId: string): { id: string; name: string } => {
  const row = prepared(db, 'SELECT id, name FROM departments WHERE id = ? AND deleted = 0').get(departmentId) as
    | { id: string; name: string }
    | undefined;
  if (!row) throw new ApiError('not_found', '找不到这个部门,请重新选择本单位');
  return row;
};

export const roleOf = (db: Db, taskId: string, departmentId: string): Role | null =>
  (prepared(db, 'SELECT role FROM assignments WHERE task_id = ? AND department_id = ? AND deleted = 0').get(taskId, departmentId) as
    | { role: Role }
    | undefined)?.role ?? null;

export const requireRole = (db: Db, task: TaskInfo, department: { id: string; name: string }): Role => {
  const role = roleOf(db, task.id, department.id);
  if (!role) throw new ApiError('refused', `${department.name}不是任务“${task.code} ${task.title}”的牵头或参与单位,不能为它填报`);
  return role;
};

/**
 * The units on a task in one role. 'document': as the plan names them (a group stays a group).
 * 'reporting': who owes reports, i.e. units, with a group's members in place of the group.
 */
export const namesOf = (db: Db, taskId: string, role: Role, units: 'document' | 'reporting' = 'document'): { id: string; name: string }[] =>
  prepared(
    db,
    `SELECT d.id, d.name FROM assignments a JOIN departments d ON d.id = a.department_id
     WHERE a.task_id = ? AND a.role = ? AND a.deleted = 0
       AND ${units === 'document' ? 'a.via_group_id IS NULL' : "d.kind = 'unit'"}
     ORDER BY a.position, d.name`,
  ).all(taskId, role) as { id: string; name: string }[];

/** The period being collected: on a department the office's (from its packages), never this PC's calendar. */
export const currentPeriod = (ctx: BackendContext, cadence: Cadence): Period => workingPeriod(ctx, cadence);

/** A period the clerk may report on: the plan's cadence, and not one that has not begun. */
export const requirePeriod = (ctx: BackendContext, task: Pick<TaskInfo, 'cadence'>, periodId: string): Period => {
  const offset = readSettings(ctx.db).dueOffsetDays;
  const period = parsePeriodId(periodId, offset);
  const current = currentPeriod(ctx, task.cadence);
  if (!period || period.cadence !== task.cadence) {
    throw new ApiError('bad_input', `本规划按${cadenceWord[task.cadence]}填报,报告期应如 ${current.id}(${current.label})`);
  }
  if (period.start > current.start) throw new ApiError('refused', `${period.label}还没有开始,不能提前填报;现在收集的是${current.label}`);
  return period;
};

const cadenceWord: Record<Cadence, string> = { month: '月', quarter: '季度', half: '半年', year: '年度' };
