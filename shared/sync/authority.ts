// Who may write what (sync.md "Ownership"): the office writes the plan tables and reviews; a department
// writes reports, indicator values and evidence only for itself and only on tasks it leads or joins.
// Pure: the database facts it needs come in as lookups, so the rule is testable without SQLite.
// Which side owns a table, and what binds a department's row to a task, come from tables.ts.
import { isBoundByIndicator, specOf, type SyncedTableName } from './tables.js';

export { DEPARTMENT_TABLES, OFFICE_TABLES } from './tables.js';

export type AuthoritySender = { role: 'office' | 'department'; departmentId: string | null };

export type AuthorityLookups = {
  /** True when the department leads or joins the task (an assignment that is not deleted). */
  isAssigned: (taskId: string, departmentId: string) => boolean;
  /** True when the department leads the task; absent lookups fall back to isAssigned. */
  isLead?: (taskId: string, departmentId: string) => boolean;
  /** The task an indicator belongs to and its owner department, or undefined when unknown. */
  indicator: (indicatorId: string) => { taskId: string | null; ownerDepartmentId: string | null } | undefined;
  departmentName: (departmentId: string) => string;
};

/** Returns null when the change is within the sender's authority, else the reason in plain Chinese. */
export const authorityProblem = (
  table: SyncedTableName,
  row: Record<string, unknown>,
  sender: AuthoritySender,
  lookups: AuthorityLookups,
): string | null => {
  const spec = specOf(table);
  if (sender.role === 'office') {
    return spec.owner === 'office' ? null : `牵头办公室不能改写部门的${spec.label}`;
  }
  if (spec.owner !== 'department') return '部门不能修改规划、任务、分工或审核意见,只有牵头办公室可以';
  const own = sender.departmentId;
  const departmentId = typeof row.department_id === 'string' ? row.department_id : '';
  if (!own) return '发送方没有登记所属部门';
  if (departmentId !== own) return `不能代替其他单位(${lookups.departmentName(departmentId)})填报`;
  if (isBoundByIndicator(table)) {
    const indicator = lookups.indicator(String(row.indicator_id ?? ''));
    if (!indicator) return '填报的指标在本规划中不存在';
    const isOwner = indicator.ownerDepartmentId === own;
    const isOnTask = indicator.taskId !== null && lookups.isAssigned(indicator.taskId, own);
    return isOwner || isOnTask ? null : '该指标不属于本单位牵头或参与的任务';
  }
  const taskId = typeof row.task_id === 'string' ? row.task_id : '';
  // issue 21: only the unit that leads a task asks to extend or close it.
  if (spec.boundBy === 'lead-task' && lookups.isLead) {
    return lookups.isLead(taskId, own) ? null : '延期或办结申请只能由该任务的牵头单位提出';
  }
  return lookups.isAssigned(taskId, own) ? null : '该任务不是本单位牵头或参与的任务(或任务不存在)';
};
