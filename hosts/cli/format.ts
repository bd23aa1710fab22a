import type { AssignedDepartment, TaskRow } from '../../shared/domain/types.js';

export const names = (list: AssignedDepartment[]): string =>
  list.map((d) => (d.isInferred ? `${d.name}(推定)` : d.name)).join('、') || '—';

export const taskLine = (task: TaskRow): string =>
  `${task.code.padStart(3)}. ${task.title}\n      牵头:${names(task.leads)}\n      参与:${names(task.participants)}`;
