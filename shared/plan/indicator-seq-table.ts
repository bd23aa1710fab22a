// A 序号 table one cell per line: rows found by their numbers (indicator-shapes.ts seqRows), then each row
// aligned to the header, expanded into its sub-items, or kept as a name when the page cut it off.
import type { IndicatorRole } from './indicator-roles.js';
import { alignRow, isTableEnd as isEnd, seqRows } from './indicator-shapes.js';
import { categoryHeading, isRowNote, isValueCell } from './indicator-cells.js';
import { expandRowSubItems, expandSubItems, isSubName } from './indicator-subitems.js';
import { withBlankUnit } from './indicator-short-rows.js';
import { isAttributeCell } from './target.js';

type Row = { line: number; cells: string[]; category?: string };
type Line = { line: number; text: string };

/** A 序号 table one cell per line: rows found by their numbers, cells kept even when empty (`|`). */
export const readSeqTable = (cells: Line[], from: number, roles: IndicatorRole[]): { rows: Row[]; last: number } => {
  // Notes printed between the rows (`说明:…`, `计算方法:…`) explain the row above; they are no cells.
  cells = cells.filter((c) => !isRowNote(c.text));
  const start = cells.findIndex((c) => c.line > from);
  const seqAt = roles.indexOf('seq');
  // With a 属性 column last, a row ends at its 属性 cell, however many sub-items it lists before.
  const rowEnd = roles[roles.length - 1] === 'attribute' ? (c: string[]) => c.findIndex((x, k) => k > 1 && isAttributeCell(x)) : undefined;
  const { rows, used } = seqRows(start < 0 ? [] : cells.slice(start), isEnd, seqAt, roles.length, (t) => categoryHeading(t, ''), rowEnd);
  const attrAt = roles.indexOf('attribute');
  const nameAt = roles.indexOf('name');
  const valueRows = rows.filter((r) => r.category === undefined);
  const aligned: Row[] = rows.flatMap((r0): Row[] => {
    // Empty cells past the row's width (a lone `|` closing the table) are no cells of it.
    const r = { ...r0, cells: [...r0.cells] };
    while (r.cells.length > roles.length && r.cells[r.cells.length - 1] === '') r.cells.pop();
    if (r.category !== undefined) return [{ line: r.line, cells: roles.map((role) => (role === 'category' ? (r.category ?? '') : '')), category: r.category }];
    const subs = expandSubItems(r.cells, roles);
    if (subs) return subs.map((c) => ({ line: r.line, cells: c }));
    const fill = (values: string[]): string[] => withBlankUnit([...roles.slice(0, nameAt + 1).map(() => ''), ...values], roles).slice(nameAt + 1);
    const grouped = expandRowSubItems(r.cells, roles, fill);
    if (grouped) {
      const categoryAt = roles.indexOf('category');
      return grouped.rows.map((c) => ({ line: r.line, cells: c.map((x, k) => (k === categoryAt ? grouped.group : x)) }));
    }
    // `15 / 公共交通 / 服务水平` and the page ends: a name over two lines with no values, not a name and a unit.
    const after = r.cells.slice(nameAt + 1).filter((c) => c.trim().length > 0);
    if (r0 === valueRows[valueRows.length - 1] && after.length > 0 && after.length <= 2 && !after.some(isValueCell)) {
      return [{ line: r.line, cells: r.cells.map((c, k) => (k === nameAt ? [c, ...after].join('') : k < nameAt ? c : '')).slice(0, roles.length) }];
    }
    // A row longer than the header that no 属性 cell closes was cut off with the page: its name is kept
    // (and listed as having no target), not values guessed from its sub-items. So is the last row listing
    // sub-items with no 属性 cell to close it: the page ended inside it.
    const cutLast = r0 === valueRows[valueRows.length - 1] && attrAt === roles.length - 1 && isSubName(r.cells[nameAt + 1] ?? '') && !r.cells.some(isAttributeCell);
    if (rowEnd && (r.cells.length > roles.length || cutLast) && rowEnd(r.cells) < 0) return [{ line: r.line, cells: r.cells.map((c, k) => (k <= nameAt ? c : '')).slice(0, roles.length) }];
    // A short row keeps its group and number in place (seqRows always gives them): only the cells after
    // the number are aligned, so a missing value cell is not taken for a merged group cell.
    const whole = withBlankUnit(r.cells, roles);
    if (seqAt >= 0 && whole.length < roles.length) return [{ line: r.line, cells: [...whole.slice(0, seqAt + 1), ...alignRow(whole.slice(seqAt + 1), roles.slice(seqAt + 1)).cells] }];
    return [{ line: r.line, cells: alignRow(whole, roles).cells }];
  });
  return { rows: aligned, last: cells[start + used - 1]?.line ?? from };
};

/**
 * A header without 序号 over rows that start with 1, 2, 3 … (the 指 标 header spans the number and the
 * name): the table is a 序号 table, the number in front of the name. Three numbers or more, in order, each
 * followed by a name and each within a row's width (and a group row's) of the one before. Returns the
 * roles as they are otherwise.
 */
export const impliedSeqRoles = (texts: string[], roles: IndicatorRole[]): IndicatorRole[] => {
  if (roles.includes('seq')) return roles;
  const nameAt = roles.indexOf('name');
  const width = roles.length + 1;
  let expect = 1;
  let lastAt = -1;
  for (let k = 0; k < texts.length && expect <= 30; k += 1) {
    if (texts[k] !== String(expect)) continue;
    const name = texts[k + 1] ?? '';
    if (name.length === 0 || isValueCell(name)) continue;
    if (lastAt >= 0 && k - lastAt > 2 * width + 1) break;
    if (lastAt < 0 && k > 2 * width) break;
    lastAt = k;
    expect += 1;
  }
  return expect > 3 ? [...roles.slice(0, nameAt), 'seq', ...roles.slice(nameAt)] : roles;
};
