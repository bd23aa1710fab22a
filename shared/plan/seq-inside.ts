// A flattened table whose 序号 is not its first column: a group cell (类别, 工作任务) stands before the
// number, printed only on the first row of its group (`类别 | 序号 | 任务名称 | …`), and some headers leave
// the 序号 column out although every row prints its number (`工作任务 | 具体要求 | 责任科室`, rows
// `强化… | 1 | 对… | 办公室`). Rows are cut at the numbers; a cell left over after a row's last column is the
// next row's group cell.
import type { Cell } from './flattened.js';
import type { Role, TableRow } from './table-rows.js';

const NUMBER = /^(\d{1,3})[.、]?$/;

/** Indexes of the cells that number the rows: bare numbers counting up by one. */
const numberCells = (cells: Cell[]): number[] => {
  const at: number[] = [];
  let last: number | null = null;
  cells.forEach((c, i) => {
    const m = NUMBER.exec(c.text.trim());
    if (!m) return;
    const n = Number(m[1]);
    if (last === null || n === last + 1) {
      at.push(i);
      last = n;
    }
  });
  return at;
};

/**
 * The roles with a 序号 column where the rows put it, or null when the table is not of this kind: the
 * header names 序号 after its first column, or names none while at least three rows print a number
 * after one or two leading cells and every row fits the header with that column added.
 */
const rolesWithInnerSeq = (cells: Cell[], roles: Role[], starts: number[]): Role[] | null => {
  const named = roles.indexOf('seq');
  if (named > 0) return roles;
  if (named === 0 || starts.length < 3) return null;
  const lead = starts[0] ?? 0;
  if (lead < 1 || lead > 2 || lead >= roles.length) return null;
  const width = roles.length + 1;
  const tail = width - lead;
  const fits = starts.every((s, k) => {
    const len = (starts[k + 1] ?? cells.length) - s;
    return len >= tail - 1 && len <= width;
  });
  if (!fits) return null;
  const out: Role[] = [...roles.slice(0, lead), 'seq', ...roles.slice(lead)];
  // A task column before the number is the group's name; the text after the number is the task.
  return out.slice(lead + 1).some((r) => r === 'content' || r === 'task') ? out.map((r, i) => (i < lead && r === 'task' ? 'other' : r)) : out;
};

/** The table's rows cut at their numbers, or null when its 序号 is its first column (flattened.ts's case). */
export const rowsWithInnerSeq = (cells: Cell[], roles: Role[]): { roles: Role[]; rows: TableRow[] } | null => {
  const starts = numberCells(cells);
  const withSeq = rolesWithInnerSeq(cells, roles, starts);
  if (!withSeq || starts.length === 0) return null;
  const seqCol = withSeq.indexOf('seq');
  const width = withSeq.length;
  const tail = width - seqCol;
  const rows: TableRow[] = [];
  // Cells before the first number are the first row's group cells.
  let prefix = cells.slice(0, starts[0] ?? 0);
  starts.forEach((s, k) => {
    const end = starts[k + 1] ?? cells.length;
    const own = cells.slice(s, end);
    const isLast = k === starts.length - 1;
    // What runs past the row's last column opens the next row (its group cell).
    const carry = !isLast && own.length > tail ? own.splice(tail, own.length - tail) : [];
    const lead = prefix.slice(-seqCol).map((c) => c.text);
    const cellsOut = [...Array<string>(seqCol - lead.length).fill(''), ...lead, ...own.map((c) => c.text)];
    rows.push({ line: own[0]?.line ?? 0, cells: cellsOut.slice(0, width) });
    prefix = carry;
  });
  return { roles: withSeq, rows };
};
