// Who may write what (sync.md "Ownership"): the office writes the plan tables and reviews; a department
// writes reports, indicator values and evidence only for itself and only on tasks it leads or joins.
// Pure: the database facts it needs come in as lookups, so the rule is testable without SQLite.
import type { SyncedTableName } from './rows.js';

export const OFFICE_TABLES: readonly SyncedTableName[] = [
  'departments',
  'plans',
  'tasks',
  'assignments',
  'indicators',
  'reviews',
  // --- issue 21 lifecycle: the office's decisions on requests, and reopenings ---
  'lifecycle_decisions',
  // --- end issue 21 ---
  // 催办通知单: the office's notice to one unit (issue 21, migration 72)
  'notices',
];
export const DEPARTMENT_TABLES: readonly SyncedTableName[] = [
  'reports',
  'indicator_values',
  'report_attachments',
  // --- issue 21 lifecycle: 延期/办结 requests and their evidence, only on tasks the unit leads ---
  'lifecycle_requests',
  'lifecycle_attachments',
  // --- end issue 21 ---
];

/** Office tables that are addressed to one unit (its reviews and decisions), not the plan everyone gets. */
export const UNIT_ADDRESSED_TABLES: readonly SyncedTableName[] = ['reviews', 'lifecycle_decisions', 'notices'];

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
  if (sender.role === 'office') {
    return OFFICE_TABLES.includes(table) ? null : `牵头办公室不能改写部门的${table === 'reports' ? '进度填报' : '填报数据'}`;
  }
  if (!DEPARTMENT_TABLES.includes(table)) return '部门不能修改规划、任务、分工或审核意见,只有牵头办公室可以';
  const own = sender.departmentId;
  const departmentId = typeof row.department_id === 'string' ? row.department_id : '';
  if (!own) return '发送方没有登记所属部门';
  if (departmentId !== own) return `不能代替其他单位(${lookups.departmentName(departmentId)})填报`;
  if (table === 'indicator_values') {
    const indicator = lookups.indicator(String(row.indicator_id ?? ''));
    if (!indicator) return '填报的指标在本规划中不存在';
    const isOwner = indicator.ownerDepartmentId === own;
    const isOnTask = indicator.taskId !== null && lookups.isAssigned(indicator.taskId, own);
    return isOwner || isOnTask ? null : '该指标不属于本单位牵头或参与的任务';
  }
  const taskId = typeof row.task_id === 'string' ? row.task_id : '';
  // issue 21: only the unit that leads a task asks to extend or close it.
  if ((table === 'lifecycle_requests' || table === 'lifecycle_attachments') && lookups.isLead) {
    return lookups.isLead(taskId, own) ? null : '延期或办结申请只能由该任务的牵头单位提出';
  }
  return lookups.isAssigned(taskId, own) ? null : '该任务不是本单位牵头或参与的任务(或任务不存在)';
};
