// A table some sites flatten one cell per line (`cell |`) and close every row with a line of bars only
// (`|`, `||`, `|||||`: the row's empty cells and its end). Merged cells are left out of the rows below
// their first one, so a row is as long as the cells it still has: a group's first row carries 序号, the
// lead and the rest, the next rows of the group only the cells to the right (`(二)项目 | 业主 | 进展`).
// A task column split in two (a project and its `1.` sub-items) gives a row one cell more than the
// header. Read row by row: the cells left of the task column come from the group's first row, the
// cells right of it from the row's end, and what is left between is the task cell (and its sub-items).
import { readHeading } from './numbering.js';
import type { Role, TableRow } from './table-rows.js';
import type { Cell } from './flattened.js';

const SEQ = /^(\d{1,3}|[一二三四五六七八九十]+)[.、]?$/;

/** The runs of cells between bar-only lines (empty cells). */
const runsOf = (cells: Cell[]): Cell[][] => {
  const runs: Cell[][] = [];
  let run: Cell[] = [];
  for (const c of cells) {
    if (c.text.trim() === '') {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(c);
  }
  if (run.length > 0) runs.push(run);
  return runs;
};

const kindOf = (text: string): string | null => readHeading(text)?.kind ?? null;

/**
 * Rows of such a table, or null when the table is not of this shape: at least three rows open with a
 * 序号, rows end at bar-only lines, and some numbered row is not the header's width (the shape the plain
 * one-cell-per-line reader cannot align).
 */
export const rowsEndedByBars = (body: Cell[], roles: Role[]): TableRow[] | null => {
  const taskAt = roles.indexOf('task');
  if (roles[0] !== 'seq' || taskAt <= 0 || !roles.includes('lead')) return null;
  const runs = runsOf(body);
  const numbered = runs.filter((r) => SEQ.test(r[0]?.text.trim() ?? ''));
  if (numbered.length < 3 || runs.length < numbered.length + 2 || numbered.every((r) => r.length === roles.length)) return null;
  // Each run must be a row: no run longer than the header and its task column split once more.
  if (runs.some((r) => r.length > roles.length + 2)) return null;
  // The cells right of the task column, as most numbered rows print them (a header may leave a column
  // out, its words over two rows); never fewer than the header names.
  const lengths = numbered.map((r) => r.length);
  const common = lengths.sort((a, b) => lengths.filter((n) => n === b).length - lengths.filter((n) => n === a).length)[0] ?? roles.length;
  const rightCount = Math.max(roles.length - taskAt - 1, common - taskAt - 1, 0);
  const rows: TableRow[] = [];
  let left: string[] | null = null;
  let taskKind: string | null = null;
  for (const run of runs) {
    const texts = run.map((c) => c.text.trim());
    const isNumbered = SEQ.test(texts[0] ?? '');
    // Before the first numbered row: the header's second row (`前期手续 | 在建形象进度`).
    if (!isNumbered && left === null) continue;
    const own = isNumbered ? texts.slice(taskAt) : texts;
    if (isNumbered) left = texts.slice(0, taskAt);
    // The row's right-hand cells from its end; a row the page cut off before them has none.
    const right = own.length > rightCount ? own.slice(own.length - rightCount) : [];
    const middle = own.slice(0, own.length - right.length);
    const [task] = middle;
    if (!task || !left) continue;
    const kind = kindOf(task);
    const last = rows[rows.length - 1];
    // A row that opens with a sub-item (`2.乐业路` under `(一)…`) belongs to the task above it.
    // (Its sub-items name the project's parts; the project is the task, as the page counts them.)
    if (!isNumbered && last && taskKind !== null && kind !== null && kind !== taskKind) continue;
    if (isNumbered || taskKind === null) taskKind = kind;
    const cells = [...left, task, ...right];
    while (cells.length < roles.length) cells.push('');
    rows.push({ line: run[0]?.line ?? 0, cells: cells.slice(0, roles.length) });
  }
  return rows.length > 0 ? rows : null;
};

/**
 * The text's last line, with no bar, inside a row no bar-only line has closed: the page cut that cell off
 * before its bar (`(一)“两整治一提升”行动共同富…`). Only in a table that ends its rows with bar-only lines
 * (`cells` has empty ones), or right after a row's bare 序号 (`12 |` then `加快实施`); a line after a closed
 * row, a sentence, the issuer's 印发 line or a date is the page's.
 */
export const isCutLastCell = (text: string, cells: Cell[], isSignature: boolean): boolean => {
  const previous = cells[cells.length - 1];
  // A row just opened by its 序号 (`12 |`) and cut before its task cell's bar is open as well.
  const barEnded = cells.some((c) => c.text.trim() === '') || (previous !== undefined && SEQ.test(previous.text.trim()) && cells.length > 3);
  const isDate = /\d{4}年\d{1,2}月\d{1,2}日/.test(text);
  return barEnded && previous !== undefined && previous.text.trim() !== '' && !isSignature && !isDate && !/[。!?]$/.test(text);
};

/**
 * A table with no 序号 whose every row, the header's too, ends with a bar-only line (`任务 |` / `年内 |` /
 * `地震局 |` / `建设局 |` / `|`): an empty cell inside a row is a bar-only line as well, so a row is the header's
 * width of cells and then one empty cell. Read by counting, when the body starts with the header's row end
 * and at least three rows in a row keep to the count; a row the page cut off keeps what it has.
 */
export const rowsOfCountedBars = (body: Cell[], roles: Role[]): TableRow[] | null => {
  const width = roles.length;
  if (roles[0] === 'seq' || body[0]?.text.trim() !== '' || width < 3) return null;
  const rows: TableRow[] = [];
  for (let at = 1; at < body.length; at += width + 1) {
    const group = body.slice(at, at + width + 1);
    const isWhole = group.length === width + 1 && group[width]?.text.trim() === '';
    if (!isWhole && at + width + 1 <= body.length) return null;
    const cells = group.slice(0, width).map((c) => c.text.trim());
    if (cells.every((c) => c === '')) continue;
    while (cells.length < width) cells.push('');
    rows.push({ line: group[0]?.line ?? 0, cells });
  }
  return rows.length >= 3 ? rows : null;
};
