// The decomposition table's built-in columns, declared once (issue 19). The task table on screen, the
// plan-import preview, the Excel export and the fill-in sheet all take their headers, order and widths
// from here, and read a task's cell through `text`. The office's own columns (custom-columns.ts) follow
// these in every view, in the office's order.
//
// A plain text column (`textColumn` below) also carries its storage and the headers plan documents give
// it: the task reader (db/tasks/read.ts), the document reader (table-rows.ts), the plan store and the
// export all fill the task's `cells` map from this list, so such a column is one entry here plus its
// migration (docs/adding-a-column.md).

/** What every view knows of a task, whichever reader it came from. */
export type TaskCellSource = {
  code: string;
  title: string;
  content: string;
  /** Department names in document order. */
  leads: readonly string[];
  participants: readonly string[];
  deadlineText: string;
  /** The plain text columns' values by storage name (absent or empty when the task has none). */
  cells?: Readonly<Record<string, string>>;
};

export type TaskColumn = {
  /** code, title, content, leads, participants, deadline: typed fields of their own; a plain text column's key is its storage name. */
  key: string;
  header: string;
  /** Width in Excel characters (the export and the fill-in sheet). */
  width: number;
  /** On screen some columns are drawn inside another: 主要内容 under its 工作任务. */
  screen: 'column' | 'under-title';
  text: (task: TaskCellSource) => string;
  /** A plain text column: its column of `tasks` (added by its migration), read into `cells`. */
  stored?: string;
  /** A plain text column: the header words a plan document may give it (spaces removed, exact). */
  aliases?: readonly string[];
};

export type StoredColumn = TaskColumn & { stored: string; aliases: readonly string[] };

/** A plain text column kept in `tasks.<stored>`, read from documents whose header is the header or an alias. */
export const textColumn = (stored: string, header: string, width: number, aliases: readonly string[] = []): StoredColumn => ({
  key: stored,
  header,
  width,
  screen: 'column',
  stored,
  aliases: [header, ...aliases],
  text: (t) => t.cells?.[stored] ?? '',
});

const names = (list: readonly string[]): string => list.join('、');

export const TASK_COLUMNS: readonly TaskColumn[] = [
  { key: 'code', header: '序号', width: 6, screen: 'column', text: (t) => t.code },
  { key: 'title', header: '工作任务', width: 22, screen: 'column', text: (t) => t.title },
  { key: 'content', header: '主要内容', width: 38, screen: 'under-title', text: (t) => t.content },
  { key: 'leads', header: '牵头部门', width: 14, screen: 'column', text: (t) => names(t.leads) },
  { key: 'participants', header: '参与部门', width: 20, screen: 'column', text: (t) => names(t.participants) },
  { key: 'deadline', header: '完成时限', width: 12, screen: 'column', text: (t) => t.deadlineText },
];

export const taskColumn = (key: string): TaskColumn => {
  const column = TASK_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`unknown task column ${key}`);
  return column;
};

/** The columns drawn as their own column on screen, in order. */
export const SCREEN_COLUMNS = TASK_COLUMNS.filter((c) => c.screen === 'column');

/** The plain text columns, each with its storage name; SQL is built from these names, so they must be identifiers. */
export const STORED_COLUMNS: readonly StoredColumn[] = TASK_COLUMNS.filter((c): c is StoredColumn => c.stored !== undefined);
for (const c of STORED_COLUMNS) if (!/^[a-z][a-z0-9_]*$/.test(c.stored)) throw new Error(`task column storage ${c.stored} is not an identifier`);

/** The plain text column a document header names, if any (the header with its spaces removed). */
export const storedColumnOfHeader = (header: string): StoredColumn | undefined => STORED_COLUMNS.find((c) => c.aliases.includes(header));

/** A task's plain text cells as stored: every stored column, empty when the task has no value. */
export const storedCells = (cells: Readonly<Record<string, string>> | undefined): Record<string, string> =>
  Object.fromEntries(STORED_COLUMNS.map((c) => [c.stored, cells?.[c.stored] ?? '']));
