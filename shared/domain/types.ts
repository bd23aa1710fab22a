// Row shapes that travel through the API. JSON only: dates are ISO strings, ids are strings.

export type Role = 'lead' | 'participant';

export type DepartmentKind = 'unit' | 'group';

export type DepartmentRow = {
  id: string;
  name: string;
  kind: DepartmentKind;
  /** Pinyin initials of the canonical name, lower case (市商务局 → sswj); computed in the backend. */
  initials: string;
  aliases: string[];
  /** How many tasks of the listed plan(s) name this department, as lead or participant. */
  taskCount: number;
};

export type PlanSummary = {
  id: string;
  title: string;
  issuer: string;
  docNumber: string;
  sourceName: string;
  sourceSha256: string;
  taskCount: number;
  importedAt: string;
};

export type AssignedDepartment = {
  departmentId: string;
  name: string;
  /** True where the document gave no explicit lead and the first unit of a 责任单位 list was taken. */
  isInferred: boolean;
};

/** A task's own fields, as db/tasks/read.ts reads them for every view. */
export type TaskFields = {
  id: string;
  planId: string;
  parentId: string | null;
  /** Position in the tree, e.g. "2/7": section 二, task 7. Stable within one version of a plan. */
  path: string;
  /** The number as printed in the document: "7", "(一)", "一". */
  code: string;
  /** Order of appearance in the document, 1-based. */
  seq: number;
  level: number;
  section: string;
  title: string;
  content: string;
  deadlineText: string;
  deadlineDate: string | null;
  /** The plain text built-in columns (shared/plan/task-columns.ts `stored`): value by storage name; absent when empty. */
  cells: Record<string, string>;
  /** The office's own columns: value by column id (shared/plan/custom-columns.ts); absent when empty. */
  custom: Record<string, string>;
};

export type TaskRow = TaskFields & {
  leads: AssignedDepartment[];
  participants: AssignedDepartment[];
};

export type DepartmentTasks = {
  department: DepartmentRow;
  lead: TaskRow[];
  participant: TaskRow[];
};

/**
 * problem: a Chinese sentence when the PC's date looks wrong (shared/app/clock-check.ts), else null.
 * canAccept: a person may say the date is right (not for a date before 2015).
 */
/**
 * problem: this PC's date looks wrong by its own evidence. aheadOfUs: packages received here are dated far
 * ahead of this PC's clock (display only: periods come from the office, no decision depends on it).
 */
export type ClockCheck = { problem: string | null; canAccept: boolean; today: string; aheadOfUs?: string | null };

export type AppInfo = {
  version: string;
  dbPath: string;
  originId: string;
  /** 'office' coordinates the plan; 'department' reports on it. */
  role: 'office' | 'department';
  schemaVersion: number;
};
