// The one reader of a task's own fields (issue 19): the task list, the report figures, the task lookup
// behind every report write and the plan-update diff all select these columns through TASK_FIELDS and
// map them with taskFieldsOf, so a new task column is read in one place and reaches every view.
import type { TaskFields } from '../../shared/domain/types.js';
import { STORED_COLUMNS } from '../../shared/plan/task-columns.js';

// The plain text columns (shared/plan/task-columns.ts `stored`) as one JSON object, so a new one needs no
// change here. The names are checked identifiers from the code, never input.
const CELLS = STORED_COLUMNS.length === 0 ? `'{}'` : `json_object(${STORED_COLUMNS.map((c) => `'${c.stored}', t.${c.stored}`).join(', ')})`;

/** The columns of `tasks t` every reader selects; a typed field is added here and in taskFieldsOf. */
export const TASK_FIELDS = `t.id, t.plan_id, t.parent_id, t.path, t.code, t.seq, t.level, t.section, t.title, t.content,
  t.deadline_text, t.deadline_date, ${CELLS} AS cells_json,
  (SELECT json_group_object(v.column_id, v.value) FROM task_values v WHERE v.task_id = t.id AND v.deleted = 0) AS custom_json`;

export type TaskFieldsRow = {
  id: string;
  plan_id: string;
  parent_id: string | null;
  path: string;
  code: string;
  seq: number;
  level: number;
  section: string;
  title: string;
  content: string;
  deadline_text: string;
  deadline_date: string | null;
  cells_json: string;
  custom_json: string;
};

/** Only the cells with a value, so a task without any reads as before the columns existed. */
const cellsOf = (json: string): Record<string, string> =>
  Object.fromEntries(Object.entries(JSON.parse(json) as Record<string, string | null>).flatMap(([k, v]) => (v ? [[k, v]] : [])));

export const taskFieldsOf = (row: TaskFieldsRow): TaskFields => ({
  id: row.id,
  planId: row.plan_id,
  parentId: row.parent_id,
  path: row.path,
  code: row.code,
  seq: row.seq,
  level: row.level,
  section: row.section,
  title: row.title,
  content: row.content,
  deadlineText: row.deadline_text,
  deadlineDate: row.deadline_date ? row.deadline_date.slice(0, 10) : null,
  cells: cellsOf(row.cells_json),
  custom: JSON.parse(row.custom_json) as Record<string, string>,
});
