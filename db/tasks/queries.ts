import type { AssignedDepartment, TaskRow } from '../../shared/domain/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { TASK_FIELDS, taskFieldsOf, type TaskFieldsRow } from './read.js';

type TaskDbRow = TaskFieldsRow & { assigned: string };

type AssignedJson = { departmentId: string; name: string; role: 'lead' | 'participant'; isInferred: number };

// Assignments come back as one JSON array per task, so a list costs one query, not one per row.
const TASK_SELECT = `
  SELECT ${TASK_FIELDS},
    (SELECT json_group_array(json_object('departmentId', d.id, 'name', d.name, 'role', a.role, 'isInferred', a.is_inferred))
       FROM (SELECT * FROM assignments WHERE task_id = t.id AND deleted = 0 AND via_group_id IS NULL ORDER BY position) a
       JOIN departments d ON d.id = a.department_id) AS assigned
  FROM tasks t`;

const toTaskRow = (row: TaskDbRow): TaskRow => {
  const assigned = JSON.parse(row.assigned) as AssignedJson[];
  const pick = (role: AssignedJson['role']): AssignedDepartment[] =>
    assigned
      .filter((a) => a.role === role)
      .map((a) => ({ departmentId: a.departmentId, name: a.name, isInferred: a.isInferred === 1 }));
  return { ...taskFieldsOf(row), leads: pick('lead'), participants: pick('participant') };
};

export const listTasks = (db: Db, planId: string): TaskRow[] =>
  (prepared(db, `${TASK_SELECT} WHERE t.plan_id = ? AND t.deleted = 0 ORDER BY t.seq`).all(planId) as TaskDbRow[]).map(
    toTaskRow,
  );

export const listDepartmentTasks = (db: Db, planId: string, departmentId: string, role: 'lead' | 'participant'): TaskRow[] =>
  (
    prepared(
      db,
      `${TASK_SELECT} JOIN assignments s ON s.task_id = t.id AND s.deleted = 0
       WHERE t.plan_id = ? AND t.deleted = 0 AND s.department_id = ? AND s.role = ? ORDER BY t.seq`,
    ).all(planId, departmentId, role) as TaskDbRow[]
  ).map(toTaskRow);
