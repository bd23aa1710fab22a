// The office's own columns of a plan's decomposition table (issue 19): what kinds there are, what a cell
// of each kind may hold, and how a value reads. Pure: the backend checks with it before writing, the
// table screen before sending, and the plan import when it keeps a document's unknown columns.

export const COLUMN_KINDS = ['text', 'date', 'choice', 'person'] as const;
export type CustomColumnKind = (typeof COLUMN_KINDS)[number];

export const COLUMN_KIND_LABELS: Record<CustomColumnKind, string> = { text: '文字', date: '日期', choice: '选项', person: '人员' };

export type CustomColumn = {
  id: string;
  planId: string;
  name: string;
  kind: CustomColumnKind;
  /** A choice list's words, in order; empty for the other kinds. */
  choices: string[];
  position: number;
  isHidden: boolean;
  /** Shown in the bulletin's list of lagging tasks (在通报中显示), unless the column is hidden. */
  isInBulletin: boolean;
};

export const MAX_COLUMN_NAME = 20;
export const MAX_CELL_TEXT = 2000;
export const MAX_CHOICES = 50;

/** A choice list as the office types it: one word a line, or separated by 、 , ; — blanks and repeats dropped. */
export const parseChoices = (text: string): string[] => [...new Set(text.split(/[\n、,,;;]/).map((c) => c.trim()).filter(Boolean))];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isRealDay = (value: string): boolean => {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
};

/** Dates as people type them: 2027-06-30, 2027/6/30, 2027.6.30, 2027年6月30日 all read as 2027-06-30. */
export const normaliseDate = (text: string): string => {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text.trim();
};

/** The value as it will be stored, or why it cannot be (in Chinese). An empty value clears the cell. */
export const checkCellValue = (column: Pick<CustomColumn, 'name' | 'kind' | 'choices'>, raw: string): { value: string } | { problem: string } => {
  const text = raw.trim();
  if (text === '') return { value: '' };
  if (text.length > MAX_CELL_TEXT) return { problem: `“${column.name}”最多 ${MAX_CELL_TEXT} 字` };
  if (column.kind === 'date') {
    const day = normaliseDate(text);
    return isRealDay(day) ? { value: day } : { problem: `“${column.name}”应填日期,如 2027-06-30` };
  }
  if (column.kind === 'choice' && !column.choices.includes(text)) {
    return { problem: `“${column.name}”只能选:${column.choices.join('、') || '(尚未设置选项)'}` };
  }
  if (column.kind === 'person' && text.length > 100) return { problem: `“${column.name}”的人名过长` };
  return { value: text };
};
