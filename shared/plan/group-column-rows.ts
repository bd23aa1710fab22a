// A one-cell-per-line table whose first column groups its rows (分类 / 类别 before 序号) and is printed only
// on each group's first row, the cell merged down over the rest: every later row is one cell short of the
// header, so cutting rows by the header's width shifts each row one cell further. Here rows start at their
// 序号 cell instead; a short cell just before a number is the next group's name, and a row one cell short
// with no such cell keeps the group above.
import { fitRow, isUnitCell } from './row-align.js';
import type { Cell } from './flattened.js';
import type { Role, TableRow } from './table-rows.js';

const SEQ = /^(\d{1,3})[.、]?$/;

/** A group's name: short words, not a sentence, not a unit list, not a number. */
const isGroupName = (text: string): boolean =>
  text.length > 0 && text.length <= 20 && !/[。;;!!,,]/.test(text) && !SEQ.test(text) && !isUnitCell(text);

/**
 * Rows of such a table, or null when it is not one: the header's first column is a group column ('other')
 * with 序号 right after it, at least three numbered rows, and the numbers run on (1, 2, 3 …, or restart at 1).
 */
export const rowsAtGroupColumn = (cells: Cell[], roles: Role[]): TableRow[] | null => {
  // One or two group columns (`分类`, `一级指标 / 二级指标`) before 序号.
  const groups = roles.indexOf('seq');
  if (groups < 1 || groups > 2 || roles.slice(0, groups).some((r) => r !== 'other') || roles.length < groups + 3) return null;
  const width = roles.length;
  // Row starts: a number that follows the last one (an amount inside a row is no row's number).
  const starts: number[] = [];
  let last: number | null = null;
  cells.forEach((c, i) => {
    const m = SEQ.exec(c.text.trim());
    if (!m) return;
    const n = Number(m[1]);
    if (last !== null && n !== 1 && (n <= last || n > last + 2)) return;
    // A number right after the last start is that row's own cell (a figure), not a row.
    if (starts.length > 0 && i - (starts[starts.length - 1] ?? 0) < 2) return;
    // A row's number comes only after a row's worth of cells (all but its group cells and two merged ones):
    // a number sooner (`个 | 3`, `万只 | 1`) is a value of the row.
    if (starts.length > 0 && i - (starts[starts.length - 1] ?? 0) < width - groups - 2) return;
    starts.push(i);
    last = n;
  });
  if (starts.length < 3) return null;
  // Rows of the full width before the numbers: the shape needs rows short of the group cell.
  const segments = starts.map((s, k) => cells.slice(s, starts[k + 1] ?? cells.length));
  const short = segments.filter((seg, k) => k < segments.length - 1 && (groups === 1 ? seg.length <= width - 1 && seg.length >= width - 2 : seg.length <= width - groups)).length;
  if (short < 2) return null;
  const rows: TableRow[] = [];
  // The group cells before the first number: the first rows' groups, outermost first.
  let group = cells.slice(0, starts[0]).map((c) => c.text.trim()).filter(isGroupName);
  group = groups === 1 ? [group.join('')] : group.slice(-groups);
  const padded = (names: string[]): string[] => [...Array<string>(Math.max(0, groups - names.length)).fill(''), ...names];
  segments.forEach((seg, k) => {
    const texts = seg.map((c) => c.text.trim());
    let next = group;
    // The segment's last cells open the next group(s) when they are group names, the segment is over its
    // width without them, and a row follows.
    if (k < segments.length - 1) {
      const opening: string[] = [];
      while (opening.length < groups && texts.length >= width - groups + 1 && isGroupName(texts[texts.length - 1] ?? '')) opening.unshift(texts.pop() ?? '');
      // A new inner group keeps the outer one; a new outer group comes with its inner one.
      if (opening.length > 0) next = opening.length === groups ? opening : [...group.slice(0, groups - opening.length), ...opening];
    }
    const fitted = fitRow(texts, roles.slice(groups));
    rows.push({ line: seg[0]?.line ?? 0, cells: [...padded(group), ...fitted.cells] });
    if (fitted.next) rows.push({ line: seg[0]?.line ?? 0, cells: [...padded(group), ...fitted.next] });
    group = next;
  });
  return rows;
};
