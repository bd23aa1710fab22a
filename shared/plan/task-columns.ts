// The decomposition table's built-in columns, declared once (issue 19). The task table on screen, the
// plan-import preview, the Excel export and the fill-in sheet all take their headers, order and widths
// from here, and read a task's cell through `text`. The office's own columns (custom-columns.ts) follow
// these in every view, in the office's order.

/** What every view knows of a task, whichever reader it came from. */
export type TaskCellSource = {
  code: string;
  title: string;
  content: string;
  /** Department names in document order. */
  leads: readonly string[];
  participants: readonly string[];
  deadlineText: string;
};

export type TaskColumnKey = 'code' | 'title' | 'content' | 'leads' | 'participants' | 'deadline';

export type TaskColumn = {
  key: TaskColumnKey;
  header: string;
  /** Width in Excel characters (the export and the fill-in sheet). */
  width: number;
  /** On screen some columns are drawn inside another: 主要内容 under its 工作任务. */
  screen: 'column' | 'under-title';
  text: (task: TaskCellSource) => string;
};

const names = (list: readonly string[]): string => list.join('、');

export const TASK_COLUMNS: readonly TaskColumn[] = [
  { key: 'code', header: '序号', width: 6, screen: 'column', text: (t) => t.code },
  { key: 'title', header: '工作任务', width: 22, screen: 'column', text: (t) => t.title },
  { key: 'content', header: '主要内容', width: 38, screen: 'under-title', text: (t) => t.content },
  { key: 'leads', header: '牵头部门', width: 14, screen: 'column', text: (t) => names(t.leads) },
  { key: 'participants', header: '参与部门', width: 20, screen: 'column', text: (t) => names(t.participants) },
  { key: 'deadline', header: '完成时限', width: 12, screen: 'column', text: (t) => t.deadlineText },
];

export const taskColumn = (key: TaskColumnKey): TaskColumn => {
  const column = TASK_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`unknown task column ${key}`);
  return column;
};

/** The columns drawn as their own column on screen, in order. */
export const SCREEN_COLUMNS = TASK_COLUMNS.filter((c) => c.screen === 'column');
