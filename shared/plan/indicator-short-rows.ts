// Rows of a one-cell-per-line indicator table that are shorter than its header. A flattened table loses
// its empty cells (the blank line goes) and its vertically merged cells (the text sits in the first row
// of the span only), so a row may stop before the header's last column: the next row's name follows at
// once. Reading every row at the header's width would shift every later row by the missing cells.
import type { IndicatorRole } from './indicator-roles.js';
import { isAttributeCell, looksLikeUnit, looksLikeValue } from './target.js';
import { isDepartmentLike } from './unit-names.js';

/** `3.一般公共预算收入`: a numbered name starts a row (a number with a decimal point is a value). */
const isNumberedName = (cell: string): boolean => /^\d{1,3}[.、．]\s*[\u4e00-\u9fff]/.test(cell) && !looksLikeValue(cell);

/** Can this cell stand in a column of this role? Strict: only cells that could be nothing else. */
const fits = (role: IndicatorRole | undefined, cell: string): boolean => {
  if (role === undefined || cell.length === 0) return false;
  if (role === 'unit') return looksLikeUnit(cell);
  if (role === 'attribute') return isAttributeCell(cell);
  if (role === 'owner') return isDepartmentLike(cell);
  if (role === 'baseline' || role === 'target' || role === 'achieved' || role === 'note') return looksLikeValue(cell);
  return false;
};

/**
 * How many of the cells after a row's name belong to it (at most the header's count after the name). The
 * row ends early at a cell that starts the next row: a numbered name, or a text cell that is no value for
 * its column while the cell after it fits the first column after a name (`社会消费品零售总额增长率` / `3`,
 * where `3` is the next row's 分值). A text target (`年终根据全省平均水平综合考核`) followed by a unit's
 * name stays in its row. `groups` are the group cells read so far in the table.
 */
export const rowCellCount = (cells: string[], at: number, after: IndicatorRole[], groups: ReadonlySet<string> = new Set()): number => {
  const first = after[0];
  let n = 0;
  while (n < after.length) {
    const cell = cells[at + 1 + n]?.trim();
    if (cell === undefined) break;
    // A group cell printed again (after a page break) opens its rows again, whatever it ends with.
    if (groups.has(cell)) break;
    const role = after[n];
    if (!fits(role, cell)) {
      const next = cells[at + 2 + n]?.trim() ?? '';
      // The next row's first cell must carry a figure: a none mark (`/`, `—`) after a text target is
      // that row's own empty cell, not the start of another row.
      if (isNumberedName(cell) || (!looksLikeValue(cell) && /\d/.test(next) && fits(first, next))) break;
    }
    n += 1;
  }
  return n;
};

/** Merged cells carry down: a short row takes the cells a vertical span left only in the row above. */
const CARRIED: IndicatorRole[] = ['target', 'owner', 'attribute'];

/** The row's cells after its name, the missing ones filled from the row above where a span is likely. */
export const fillShortRow = (values: string[], after: IndicatorRole[], above: string[] | null): string[] =>
  after.map((role, k) => {
    if (k < values.length) return values[k] ?? '';
    return CARRIED.includes(role) && above ? (above[k] ?? '') : '';
  });

const rowNumber = (cell: string): number | null => {
  const m = /^(\d{1,3})[.、．]\s*[\u4e00-\u9fff]/.exec(cell);
  return m ? Number(m[1]) : null;
};

/** `5.实际利用外资` right after a row named `4.…` (its cells given): the next row of the same numbered table. */
export const continuesNumbering = (previous: string[], name: string): boolean => {
  const before = previous.map(rowNumber).find((n) => n !== null);
  const here = rowNumber(name);
  return here !== null && before != null && here === before + 1;
};

/**
 * A row one cell short whose unit cell holds a figure (`人均地区生产总值` / `180000` / `130000` under
 * 单位 | 目标值 | …): the empty unit cell is the one the flattening dropped.
 */
export const withBlankUnit = (cells: string[], roles: IndicatorRole[]): string[] => {
  const at = roles.indexOf('unit');
  const cell = cells[at]?.trim() ?? '';
  if (at < 0 || cells.length >= roles.length || looksLikeUnit(cell) || !looksLikeValue(cell)) return cells;
  return [...cells.slice(0, at), '', ...cells.slice(at)];
};
