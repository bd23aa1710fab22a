// A `a | b |` table whose first column groups its rows in a cell merged down, printed only on the group's
// first row (`生 态 修 复 | 1、开展… | … |`), the rows under it one cell short (`2、推进… | … |`), while the
// header names that first column as the task's (`任务内容`) and the numbered one by a word the reader does not
// know (`考核标准或要求`). Read as printed, the group's name titles the first row and its numbered task is lost
// to a column of its own. Here the first column becomes the group column and the numbered one the task's.
import { readHeading } from './numbering.js';
import { isUnitCell } from './row-align.js';
import type { Role, TableRow } from './table-rows.js';

/** A merged group cell: a few words (spaced out or not), no sentence, no number, no unit list. */
const isGroupCell = (text: string): boolean => {
  const t = text.replace(/\s+/g, '');
  return t.length >= 2 && t.length <= 12 && !/[。;;,,::!!、]/.test(t) && !/\d/.test(t) && readHeading(text) === null && !isUnitCell(text);
};

/** The number a cell opens with (`1、`, `2.`, `(3)`), or null. */
const numberOf = (text: string): number | null => {
  const h = readHeading(text.trim());
  return h && h.kind !== 'dash' && h.kind !== 'cn' && h.kind !== 'chapter' ? h.number : null;
};

/**
 * Re-reads `rows` (as bar-rows.ts built them; `short` holds the printed cells of the rows that came short) when
 * they are such a table, and returns the roles to read them by; null (rows untouched) otherwise. Needs: a task
 * or content first column with an unknown (`other`) one after it; every group-opening row printed full, a group
 * name then a numbered cell; every other row printed one cell short (the last may be cut shorter), opening with
 * the next number; at least one such short row.
 */
export const mergedGroupColumn = (rows: TableRow[], short: Map<number, string[]>, roles: Role[]): Role[] | null => {
  const first = roles[0];
  if ((first !== 'task' && first !== 'content') || roles[1] !== 'other' || roles.length < 4) return null;
  const width = roles.length;
  const filled = rows.map((r, k) => ({ row: r, k })).filter(({ row }) => row.cells.some((c) => c.trim() !== ''));
  if (filled.length < 2) return null;
  let last = 0;
  let shortRows = 0;
  const shifted = new Map<number, string[]>();
  for (const [n, { row, k }] of filled.entries()) {
    const printed = short.get(k);
    if (!printed) {
      // A group's first row, printed full.
      const num = numberOf(row.cells[1] ?? '');
      if (row.cells.length !== width || !isGroupCell(row.cells[0] ?? '') || num === null || num !== last + 1) return null;
      last = num;
      continue;
    }
    const num = numberOf(printed[0] ?? '');
    const isLast = n === filled.length - 1;
    if (last === 0 || num !== last + 1 || printed.length > width - 1 || (printed.length < width - 1 && !isLast)) return null;
    last = num;
    shortRows += 1;
    shifted.set(k, ['', ...printed, ...Array<string>(width - 1 - printed.length).fill('')]);
  }
  if (shortRows === 0) return null;
  for (const [k, cells] of shifted) {
    rows[k] = { ...(rows[k] as TableRow), cells };
    short.delete(k);
  }
  return ['other', first, ...roles.slice(2)];
};
