// Fits a table row to its header when the cell count is off: a merged cell that is simply missing, a
// responsibility cell that ran over two lines, or a row that carries the start of the next (merged)
// one. Every way of fitting is scored by how well each cell suits its column, and the best one wins —
// a department in a department column, a date in the deadline column, a number in 序号.
import type { Role } from './table-rows.js';
import { isDepartmentLike, looksLikeDeadline, splitUnitList } from './unit-names.js';

const isUnitCell = (text: string): boolean => {
  // A long cell is text, whatever it ends with (and splitting it would cost more than it tells).
  if (text.length > 200) return false;
  const names = splitUnitList(text);
  return names.length > 0 && names.every(isDepartmentLike);
};

const cellScore = (role: Role | undefined, text: string): number => {
  const t = text.trim();
  if (t.length === 0) return role === 'task' ? -1 : 0;
  switch (role) {
    case 'seq':
      return /^(\d{1,3}|[一二三四五六七八九十]+)[.、]?$/.test(t) ? 1 : -2;
    case 'lead':
    case 'participant':
    case 'responsibility':
      return isUnitCell(t) ? 2 : -2;
    case 'deadline':
      return looksLikeDeadline(t) || /\d/.test(t) ? 1 : isUnitCell(t) ? -2 : -1;
    case 'task':
    case 'content':
      if (/[。;!]$/.test(t)) return 1;
      return isUnitCell(t) && t.length <= 12 ? -1 : t.length >= 4 ? 1 : 0;
    default:
      return 0;
  }
};

const rowScore = (cells: string[], roles: Role[]): number => cells.reduce((n, c, i) => n + cellScore(roles[i], c), 0);

/** All ways to put `missing` empty cells among `cells` (kept in order). */
const withGaps = (cells: string[], width: number): string[][] => {
  const out: string[][] = [];
  const walk = (at: number, used: number, row: string[]): void => {
    if (row.length === width) {
      if (used === cells.length) out.push(row);
      return;
    }
    if (width - row.length > cells.length - used) walk(at + 1, used, [...row, '']);
    if (used < cells.length) walk(at + 1, used + 1, [...row, cells[used] ?? '']);
  };
  walk(0, 0, []);
  return out;
};

export type Fitted = { cells: string[]; next: string[] | null };

/**
 * Fits `cells` to `roles.length` columns. Returns the row and, when the best reading is that the row
 * also holds a continuation row (the next row of a merged cell), that row's cells too.
 */
export const fitRow = (raw: string[], roles: Role[]): Fitted => {
  const width = roles.length;
  const cells = [...raw];
  while (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
  if (cells.length === width) return { cells, next: null };
  if (cells.length < width) {
    if (width - cells.length > 3 || width > 14) return { cells: [...cells, ...Array<string>(width - cells.length).fill('')], next: null };
    let best = { cells: [...cells, ...Array<string>(width - cells.length).fill('')], score: -Infinity };
    for (const row of withGaps(cells, width)) {
      const score = rowScore(row, roles);
      if (score > best.score) best = { cells: row, score };
    }
    return { cells: best.cells, next: null };
  }
  // Too many cells: one column ran over several lines, or the row carries a continuation row.
  const excess = cells.length - width;
  if (excess > 3 * width) return { cells: cells.slice(0, width), next: null };
  let best: { cells: string[]; next: string[] | null; score: number } = { cells: cells.slice(0, width), next: null, score: -Infinity };
  for (let k = 0; k < width; k += 1) {
    const joined = roles[k] === 'lead' || roles[k] === 'participant' || roles[k] === 'responsibility' ? '、' : '';
    const pieces = cells.slice(k, k + excess + 1);
    const row = [...cells.slice(0, k), pieces.join(joined), ...cells.slice(k + excess + 1)];
    // Units run over lines inside a unit column; a unit glued onto a task's text is a misreading.
    const glued = joined === '' ? pieces.slice(1).filter(isUnitCell).length * 2 : 0;
    const score = rowScore(row, roles) - glued;
    if (score > best.score) best = { cells: row, next: null, score };
  }
  if (excess < width) {
    const head = cells.slice(0, width);
    const tail = fitRow(cells.slice(width), roles);
    const score = rowScore(head, roles) + rowScore(tail.cells, roles) - 1;
    if (score > best.score && tail.next === null) best = { cells: head, next: tail.cells, score };
  }
  return { cells: best.cells, next: best.next };
};
