// The one reader of a task's own fields (issue 19): the task list, the report figures, the task lookup
// behind every report write and the plan-update diff all select these columns through TASK_FIELDS and
// map them with taskFieldsOf, so a new task column is read in one place and reaches every view.
import type { TaskFields } from '../../shared/domain/types.js';
import { STORED_COLUMNS } from '../../shared/plan/task-columns.js';

// The plain text columns (shared/plan/task-columns.ts `stored`) as one JSON object, so a new one needs no
// change here. The names are checked identifiers from the code, never input.
export const TASK_CELLS = STORED_COLUMNS.length === 0 ? `'{}'` : `json_object(${STORED_COLUMNS.map((c) => `'${c.stored}', t.${c.stored}`).join(', ')})`;

/**
 * The columns of `tasks t` every reader selects, named as TaskFields names them (so the row type is
 * TaskFields' own, not a second declaration); a typed field is added here.
 */
export const TASK_FIELDS = `t.id, t.plan_id AS planId, t.parent_id AS parentId, t.path, t.code, t.seq, t.level, t.section, t.title, t.content,
  t.deadline_text AS deadlineText, NULLIF(substr(t.deadline_date, 1, 10), '') AS deadlineDate, ${TASK_CELLS} AS cells_json,
  (SELECT json_group_object(v.column_id, v.value) FROM task_values v WHERE v.task_id = t.id AND v.deleted = 0) AS custom_json`;

/** A row as TASK_FIELDS selects it: TaskFields with its two maps still JSON. */
export type TaskFieldsRow = Omit<TaskFields, 'cells' | 'custom'> & { cells_json: string; custom_json: string };

/** Only the cells with a value, so a task without any reads as before the columns existed. */
const cellsOf = (json: string): Record<string, string> =>
  Object.fromEntries(Object.entries(JSON.parse(json) as Record<string, string | null>).flatMap(([k, v]) => (v ? [[k, v]] : [])));

/** The task's own fields only: a reader's other columns (units, plan title …) stay out of it. */
export const taskFieldsOf = (row: TaskFieldsRow): TaskFields => ({
  id: row.id,
  planId: row.planId,
  parentId: row.parentId,
  path: row.path,
  code: row.code,
  seq: row.seq,
  level: row.level,
  section: row.section,
  title: row.title,
  content: row.content,
  deadlineText: row.deadlineText,
  deadlineDate: row.deadlineDate,
  cells: cellsOf(row.cells_json),
  custom: JSON.parse(row.custom_json) as Record<string, string>,
});
