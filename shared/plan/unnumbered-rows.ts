// A table printed one cell per paragraph whose rows carry no number (its 序号 cells empty, or no 序号 column)
// and whose columns after the task hold only units (`目标与任务 / 牵头责任单位 / 责任单位`). With nothing to
// mark where a row starts, the header's width was the only guide, and one empty unit cell (a row with no
// 配合单位) put every later row one cell off. The cells themselves tell: a unit cell is a unit list, a task
// cell is not, so each task cell opens a row and the unit cells after it are that row's, lead first.
import { isGroupHeading, readHeading } from './numbering.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';
import type { Cell } from './flattened.js';
import type { Role, TableRow } from './table-rows.js';
import { isUnitRole } from './header-roles.js';


/** A cell that is a list of units: no sentence, every name a unit's. */
export const isUnitCellText = (text: string): boolean => text.length <= 120 && !/[。;;!]$/.test(text) && isUnitNameList(splitUnitList(text));

/**
 * Numbered cells (`(1)加快发展服务业。`) in such a table: each a short subhead over the rows that follow when a task
 * cell, not a unit cell, comes after it and more unnumbered task rows than subheads follow — then the indices of
 * those cells. Null when the rows themselves are numbered (a numbered cell followed by its units): the usual reading.
 */
const numberedSubheads = (cells: Cell[]): Set<number> | null => {
  const at = cells.flatMap((c, k) => {
    const h = readHeading(c.text);
    return h !== null && (h.kind === 'num' || h.kind === 'paren-num') ? [k] : [];
  });
  if (at.length === 0) return new Set();
  const next = (k: number): string => cells[k + 1]?.text ?? '';
  const heads = at.every((k) => (cells[k]?.text.length ?? 0) <= 40 && next(k) !== '' && !isUnitCellText(next(k)) && !isGroupHeading(next(k)) && !at.includes(k + 1));
  if (!heads) return null;
  // Unnumbered task cells (each opening a row) must outnumber the subheads: a numbered task cell broken over
  // two paragraphs gives one text cell after each number, never more.
  const tasks = cells.filter((c, k) => !at.includes(k) && !isGroupHeading(c.text) && !isUnitCellText(c.text)).length;
  return tasks > at.length * 2 - 1 && tasks >= at.length + 2 ? new Set(at) : null;
};

/**
 * The rows, or null when the table is not of this kind, when its rows are numbered (the usual reading), when
 * a row would hold no unit at all (a task cell broken over two paragraphs, say) or when every row is full
 * and none is a group row (the header's width says as much).
 */
export const rowsAtTaskCells = (cells: Cell[], roles: Role[]): TableRow[] | null => {
  const width = roles.length;
  // A 重点工作内容 column is the task's text when no column is named the task's (the 序号 dropped before it).
  const textFirst = roles[0] === 'task' || (roles[0] === 'content' && !roles.includes('task'));
  if (!textFirst || width < 2 || !roles.slice(1).every(isUnitRole)) return null;
  const subheads = numberedSubheads(cells);
  if (subheads === null) return null;
  const groups: (Cell[] | string)[] = [];
  let current: Cell[] = [];
  cells.forEach((cell, k) => {
    // `一、稳增长` is a group row when a task cell follows it; followed by units it is a task of its own.
    if ((isGroupHeading(cell.text) && !isUnitCellText(cells[k + 1]?.text ?? '')) || subheads.has(k)) {
      if (current.length > 0) groups.push(current);
      groups.push(cell.text);
      current = [];
    } else if (current.length === 0 || !isUnitCellText(cell.text) || current.length === width) {
      if (current.length > 0) groups.push(current);
      current = [cell];
    } else current.push(cell);
  });
  if (current.length > 0) groups.push(current);
  const rowsOfCells = groups.filter((g): g is Cell[] => typeof g !== 'string');
  // The last row may be cut by the page inside its task cell; every other row names a unit.
  if (rowsOfCells.slice(0, -1).some((r) => r.length < 2)) return null;
  // Full rows and no group row: the width reads them as well. A group row is one only here: with the task
  // column first and no numbers, the usual reading takes `一、…` for a task of its own.
  if (rowsOfCells.every((r) => r.length === width) && rowsOfCells.length === groups.length) return null;
  return groups.map((g) => {
    if (typeof g === 'string') return { line: cells.find((c) => c.text === g)?.line ?? 0, cells: Array<string>(width).fill(g) };
    return { line: g[0]?.line ?? 0, cells: [...g.map((c) => c.text), ...Array<string>(width - g.length).fill('')] };
  });
};

/**
 * After a group heading inside such a table (`一、稳增长`), the next row's cells: a task then a unit cell within
 * the row's width. A chapter heading after a table is followed by prose, not by a unit list.
 */
export const unitRowFollows = (lines: readonly { text: string }[], at: number, width: number): boolean => {
  const next = lines
    .slice(at + 1)
    .map((l) => l.text.trim())
    .filter((t) => t.length > 0)
    .slice(0, width);
  return next.length >= 2 && !isUnitCellText(next[0] ?? '') && !isGroupHeading(next[0] ?? '') && next.slice(1).some((t) => isUnitCellText(t));
};
