// Fits a table row to its header when the cell count is off: a merged cell that is simply missing, a
// responsibility cell that ran over two lines, or a row that carries the start of the next (merged)
// one. Every way of fitting is scored by how well each cell suits its column, and the best one wins —
// a department in a department column, a date in the deadline column, a number in 序号.
import type { Role } from './table-rows.js';
import { parseLeadVerbForm } from './lead-verbs.js';
import { isDepartmentLike, isTownName, looksLikeDeadline, splitUnitList } from './unit-names.js';
import { OWN_LEVEL } from './unit-tails.js';
import { isUnitRole } from './header-roles.js';
import { markOf, withoutMark } from './lead-marks.js';

/** A cell that lists units only (a verb-shared list and a long list with one unknown name included). */
export const isUnitCell = (text: string): boolean => {
  // A long cell is text, whatever it ends with (and splitting it would cost more than it tells).
  if (text.length > 200) return false;
  // `X牵头,A、B按照职责分工负责`, `A、B按职责分工负责`: units with the verbs that share the work out are a unit cell.
  if ((parseLeadVerbForm(text)?.leads.length ?? 0) > 0) return true;
  // A unit marked as the lead or a helper (`区政府办公室*`, `区园林局(牵头)`) is a unit all the same.
  const names = splitUnitList(text).map((n) => (markOf(n) ? withoutMark(n) : n));
  // Towns (凤城镇、敖江镇) are a county's units: a cell that lists only towns is still a unit cell, so it is
  // fitted to the unit column rather than the deadline's.
  // A long 、 list with one name the reader does not know (`省新闻出版` among seven 省厅) is still a unit cell.
  const unknown = names.filter((n) => !isDepartmentLike(n) && !isTownName(n)).length;
  return names.length > 0 && (unknown === 0 || (names.length >= 4 && unknown === 1 && !/[。;!]/.test(text)));
};

/**
 * A cell that is only units, not a sentence that names some: the unit cell test of the readers that place
 * rows by their unit cells. A star marking the lead (`★市发改委`) is not part of the name.
 */
export const isUnitOnlyCell = (text: string): boolean => {
  const t = text.trim();
  return isUnitCell(t.replace(/^[★☆*＊※]+/, '')) && !/[。;;!]$/.test(t);
};

/**
 * Unit names a column other than the units' (评分部门, 督办单位) holds in the rows that fitted their header
 * exactly. When a short row leaves it unclear which column lost its cell (`区考核办` as 配合 or as
 * 评分部门?), the name already seen in that column goes back there.
 */
export type ColumnMemory = Map<number, Set<string>>;

const isKnownRole = (role: Role | undefined): boolean => role !== undefined && role !== 'other' && role !== 'overseer' && !role.startsWith('cell:');

export const columnMemory = (rows: string[][], roles: Role[]): ColumnMemory => {
  const inUnitColumns = new Set(rows.flatMap((r) => r.filter((_, i) => isUnitRole(roles[i])).map((c) => c.trim())));
  const memory: ColumnMemory = new Map();
  // Only rows whose every cell suits its column: a full-width row can itself be a misfit (a cell
  // missing, another split in two), and its names would then teach the wrong column.
  for (const row of rows.filter((r) => r.every((cell, i) => !isKnownRole(roles[i]) || cellScore(roles[i], cell) >= 0))) {
    row.forEach((cell, i) => {
      const t = cell.trim();
      // A name seen in a unit column too says nothing about where it belongs.
      if (isKnownRole(roles[i]) || !isUnitCell(t) || inUnitColumns.has(t)) return;
      memory.set(i, (memory.get(i) ?? new Set()).add(t));
    });
  }
  return memory;
};

/**
 * With no row that fits its header exactly, a unit name that the first fitting put in the same other column
 * of two rows or more (`区考核办` under 评分部门) teaches that column too: one row short of a cell elsewhere
 * then keeps it there rather than take it for a 配合单位.
 */
export const repeatedColumnValues = (rows: string[][], roles: Role[]): ColumnMemory => {
  const counts = new Map<number, Map<string, number>>();
  // How often the first fitting put each name in a unit column: the other column must have it as often.
  const asUnit = new Map<string, number>();
  for (const row of rows) row.forEach((c, i) => isUnitRole(roles[i]) && asUnit.set(c.trim(), (asUnit.get(c.trim()) ?? 0) + 1));
  for (const row of rows) {
    if (new Set(row).size === 1) continue;
    row.forEach((cell, i) => {
      const t = cell.trim();
      if (isKnownRole(roles[i]) || !isUnitCell(t)) return;
      const at = counts.get(i) ?? new Map<string, number>();
      counts.set(i, at.set(t, (at.get(t) ?? 0) + 1));
    });
  }
  const memory: ColumnMemory = new Map();
  for (const [i, values] of counts) for (const [t, n] of values) if (n >= 2 && n >= (asUnit.get(t) ?? 0)) memory.set(i, (memory.get(i) ?? new Set()).add(t));
  return memory;
};

const cellScore = (role: Role | undefined, text: string, seen?: Set<string>): number => {
  const t = text.trim();
  if (seen?.has(t)) return 4;
  // A task always has a lead, while 配合 is often left empty: of a short row's cells, the lead's is the
  // last to be taken for the missing one.
  // A 任务内容 column is the task's text when the table has no 任务 column, and rarely empty beside one.
  if (t.length === 0) return role === 'task' ? -1 : role === 'content' ? -0.75 : role === 'lead' ? -0.5 : 0;
  switch (role) {
    case 'seq':
      return /^(\d{1,3}|[一二三四五六七八九十]+)[*＊※]?[.、]?$/.test(t) ? 1 : -2;
    case 'lead':
    case 'participant':
    case 'responsibility':
      // A sentence (`…对标国家级高新区。`) is a task's text even when its last word ends like a unit.
      return isUnitCell(t) && !/[。;!]$/.test(t) ? 2 : -2;
    case 'deadline':
      // A sentence is a task's text, not a date, even with a number in it.
      if (t.length > 20 || /[。;!]$/.test(t)) return -1;
      return looksLikeDeadline(t) ? 1 : /\d/.test(t) ? 0.5 : isUnitCell(t) ? -2 : -1;
    case 'task':
    case 'content':
      if (/[。;!]$/.test(t)) return 2;
      // A bare date (`2021.8`, `2021年11月`) is a deadline cell that lost its row's merged cells, not a task.
      if (t.length <= 12 && looksLikeDeadline(t)) return -1;
      // A list of several units is no task's text, however long it runs.
      return isUnitCell(t) && (t.length <= 12 || splitUnitList(t).length >= 3) ? -1 : t.length >= 8 ? 1 : t.length >= 4 ? 0.5 : 0;
    case 'overseer':
      // The units that score the work have a column of their own, second to the responsible one.
      return isUnitCell(t) ? 1 : -1;
    default:
      // A unit in a column that is not the units' (责任领导, 备注) is a misreading when a unit column is free.
      return isUnitCell(t) ? -1 : 0;
  }
};

export const rowScore = (cells: string[], roles: Role[], memory?: ColumnMemory): number =>
  cells.reduce((n, c, i) => n + cellScore(roles[i], c, memory?.get(i)), 0);

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
 * A column of the units that score or oversee the work (评分部门, 督办单位) after the unit column: the row's last
 * unit cell may be that column's rather than the end of the responsible list.
 */
const hasOverseerAfterUnits = (roles: Role[]): boolean => {
  const unitAt = roles.findIndex((r) => isUnitRole(r));
  return unitAt >= 0 && roles.slice(unitAt + 1).includes('overseer');
};

/** With one unit column, units on consecutive lines (文化宣传股 / 文化馆 / 图书馆) are that one cell. */
const joinUnitRuns = (raw: string[], roles: Role[]): string[] => {
  const unitColumns = roles.filter((r) => r === 'lead' || r === 'participant' || r === 'responsibility').length;
  // Units beside an overseer's column before the unit column (移交单位 | 承接单位) are each in its own column.
  if (unitColumns !== 1 || roles.slice(0, roles.findIndex(isUnitRole)).includes('overseer')) return raw;
  // Beside an overseer's column the row's last cell is kept for that column.
  const aside = hasOverseerAfterUnits(roles) && isUnitCell((raw[raw.length - 1] ?? '').trim());
  const out: string[] = [];
  for (const cell of aside ? raw.slice(0, -1) : raw) {
    const last = out[out.length - 1];
    // Only short unit-like lines: a task's sentence can end like a unit (…湿地公园。).
    const short = (t: string): boolean => t.length <= 20 && !/[。;]$/.test(t) && isUnitCell(t);
    if (last !== undefined && short(cell) && (short(last) || (isUnitCell(last) && last.includes('、') && last.length <= 120))) out[out.length - 1] = `${last}、${cell}`;
    else out.push(cell);
  }
  return aside ? [...out, raw[raw.length - 1] ?? ''] : out;
};

/** A short unit cell in a column before the unit columns while a unit column holds no unit. */
const unitsLeftOfPlace = (row: string[], roles: Role[]): boolean => {
  const firstUnit = roles.findIndex((r) => isUnitRole(r));
  if (firstUnit < 0 || row.slice(firstUnit).some((c, k) => isUnitRole(roles[firstUnit + k]) && isUnitCell(c.trim()))) return false;
  return row.slice(0, firstUnit).some((c, k) => !isUnitRole(roles[k]) && c.trim().length <= 40 && !/[。;]$/.test(c.trim()) && isUnitCell(c.trim()));
};

/** The head's last name is no unit by itself, and with the tail's first it reads as one (the tail has no level of its own). */
const isNameBrokenAt = (head: string, tail: string): boolean => {
  const last = splitUnitList(head).at(-1) ?? '';
  const first = splitUnitList(tail)[0] ?? '';
  return last !== '' && first !== '' && !OWN_LEVEL.test(first) && !isDepartmentLike(last) && !isTownName(last) && isDepartmentLike(`${last}${first}`);
};

/** A unit list whose last piece names no unit while the others do. */
const endsInNamePiece = (cell: string): boolean => {
  const names = splitUnitList(cell.trim());
  const last = names[names.length - 1] ?? '';
  return names.length >= 2 && last.length <= 10 && !isDepartmentLike(last) && !isTownName(last) && isUnitCell(names.slice(0, -1).join('、'));
};

/**
 * Fits `cells` to `roles.length` columns. Returns the row and, when the best reading is that the row
 * also holds a continuation row (the next row of a merged cell), that row's cells too.
 */
export const fitRow = (raw: string[], roles: Role[], memory?: ColumnMemory, join = true): Fitted => {
  const width = roles.length;
  // Beside an overseer's column, units on consecutive lines may be the responsible list's and the overseer's
  // cells, each in its column: the row as printed and the row with its unit runs joined are both fitted, and
  // the better wins (the row as printed on a tie, its width fitting the header).
  if (join && raw.length > width - 3 && hasOverseerAfterUnits(roles)) {
    const printed = fitRow(raw, roles, memory, false);
    const joined = fitRow(joinUnitRuns(raw, roles), roles, memory, false);
    return rowScore(joined.cells, roles, memory) > rowScore(printed.cells, roles, memory) ? joined : printed;
  }
  const cells = join && raw.length > width - 3 ? joinUnitRuns(raw, roles) : [...raw];
  while (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
  if (cells.length === width) return { cells, next: null };
  if (cells.length < width) {
    // A row of a 责任清单 may keep only its number and task when its other cells are merged above.
    const padded = [...cells, ...Array<string>(width - cells.length).fill('')];
    // Unless its units, padded so, would stand left of the unit columns (a merged task cell and an empty
    // 配合 cell missing from a row of a wide table): then the row is fitted like any short row.
    if (width > 12 || (width - cells.length > 5 && !unitsLeftOfPlace(padded, roles))) return { cells: padded, next: null };
    let best = { cells: [...cells, ...Array<string>(width - cells.length).fill('')], score: -Infinity };
    for (const row of withGaps(cells, width)) {
      const score = rowScore(row, roles, memory);
      // Ties go to the later gap: an empty cell is most often a row's last ones (备注, 完成情况), which the page dropped.
      if (score >= best.score) best = { cells: row, score };
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
    // A piece that ends in 、 already carries its separator (`各县、` / `市、区政府` is one name).
    // So does a piece that ends inside a name (`区农` / `业农村局`): the next piece is the rest of that name.
    const text = pieces.reduce((all, piece, at) => (at === 0 || /、\s*$/.test(all) || (joined !== '' && isNameBrokenAt(all, piece)) ? `${all}${piece}` : `${all}${joined}${piece}`), '');
    const row = [...cells.slice(0, k), text, ...cells.slice(k + excess + 1)];
    // Units run over lines inside a unit column; a unit glued onto a task's text is a misreading.
    // So is a sentence glued onto a unit list in a unit column: each piece there is a unit list of its own.
    const glued = joined === '' ? pieces.slice(1).filter(isUnitCell).length * 2 : pieces.filter((p) => p.length > 12 && !isUnitCell(p)).length * 2;
    // A list cut after its 、 goes on in the next line: a cell left ending in 、 was split wrongly.
    const dangling = row.filter((c) => /、\s*$/.test(c)).length * 2;
    // A short name (a category, `公共卫生`) before a sentence is a cell of its own, not the sentence's start.
    const named = joined === '' && /^[\u4e00-\u9fff]{2,6}$/.test(pieces[0] ?? '') && /[。;]$/.test(pieces[1] ?? '') ? 2 : 0;
    // So is a unit cell left ending in a piece of a name (`…、区农` before `业农村局、…`).
    const cutName = row.filter((c, i) => isUnitRole(roles[i]) && endsInNamePiece(c)).length * 2;
    // Two pieces that read as one name only together (`物流产业` / `发展中心`) are one cell's halves.
    const mended = joined === '' ? 0 : pieces.slice(1).filter((p, at) => isNameBrokenAt(pieces[at] ?? '', p)).length;
    const score = rowScore(row, roles) - glued - dangling - named - cutName + mended;
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
