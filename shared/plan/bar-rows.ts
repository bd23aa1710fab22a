// A decomposition table written one row per line, its cells split by `|` or tabs: `| 序号 | 重点任务 |
// 牵头单位 | … |` then a row per line. Rebuilt into rows for table-rows.ts.
import { headerByContent } from './content-header.js';
import { bracketUnitsTable } from './bracket-units-table.js';
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { titleBefore } from './flattened-forms.js';
import { columnMemory, fitRow, isUnitCell } from './row-align.js';
import { isPageCutRow } from './page-cut-row.js';
import { mergedGroupColumn } from './merged-group-cell.js';
import { unfoldMatrix } from './matrix-table.js';
import { foldSecondLeadRows } from './second-lead-rows.js';
import { placeOutlineRows } from './outline-columns.js';
import { spannedHeader } from './spanned-header.js';
import { unitHeadHeader, withoutHeadNames } from './unit-head-cells.js';
import { headerRoles, roleOfHeader, type Role, type TableRow } from './table-rows.js';
import { headerSecondLine, rowTailLine } from './wrapped-header.js';
import { placeShortRow, secondHeaderRoles } from './second-header-row.js';
import { isSumRow } from './sum-rows.js';

const exact = (rows: TableRow[], short: Map<number, string[]>, width: number): string[][] =>
  rows.filter((r, i) => !short.has(i) && r.cells.length === width).map((r) => r.cells);

const withoutTrailingBlanks = (cells: string[]): number => {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] ?? '').trim() === '') n -= 1;
  return n;
};

/**
 * A unit cell merged down over several rows prints once, in its first row: the rows under it come one
 * cell short and the gap falls on the unit column. They share the unit above (a task always has a lead).
 */
const shareMergedUnits = (rows: TableRow[], short: Map<number, string[]>, roles: Role[]): void => {
  const unitColumns = roles.flatMap((r, i) => (r === 'lead' || r === 'responsibility' ? [i] : []));
  for (const at of [...short.keys()].sort((a, b) => a - b)) {
    const row = rows[at];
    const above = rows[at - 1];
    if (!row || !above || new Set(above.cells).size === 1) continue;
    // Only when the row printed cells past the unit column, or rows follow it: the table's last row may
    // be one the page cut short, which just ends.
    const printed = withoutTrailingBlanks(short.get(at) ?? []);
    // (A group row printed across the table is one cell: no task, nothing to share.)
    const inside = at < rows.length - 1 && printed >= 2;
    // The last row printed as the short rows above it that shared the merged cell (`指标 | 120 | 分解…`, all
    // under one 责任单位) is one more of them, even when the page cut it inside its last cell.
    const likeAbove = short.has(at - 1) && withoutTrailingBlanks(short.get(at - 1) ?? []) === printed && printed >= 2;
    for (const c of unitColumns) if ((printed > c || inside || likeAbove) && (row.cells[c] ?? '') === '' && (above.cells[c] ?? '') !== '') row.cells[c] = above.cells[c] ?? '';
  }
};

export const splitRow = (text: string): string[] | null => {
  if (text.includes('\t')) return text.split('\t').map((c) => c.trim());
  const bars = text.split(/[||]/);
  if (bars.length >= 3) return bars.map((c) => c.trim()).filter((c, i, all) => !(c === '' && (i === 0 || i === all.length - 1)));
  return null;
};

/**
 * The roles of a header whose row below (`| | 牵头单位 | 配合单位 | |`) is column words only, naming the columns
 * a cell spans (`责任单位 | |`). Its own empty cells may have lost a bar, so it is placed where its words fall under
 * the spanning cell and the empty ones beside it. Null when the row below is no such row.
 */
const subHeaderUnder = (upperCells: string[], upper: Role[], below: string[] | null): Role[] | null => {
  if (!below || below.length > upperCells.length) return null;
  const words = below.map((c) => (c.trim() === '' ? null : roleOfHeader(c)));
  if (below.some((c, k) => c.trim() !== '' && words[k] === null) || !words.some((r) => r === 'lead' || r === 'participant')) return null;
  const spans = (k: number): boolean => (upperCells[k] ?? '').trim() === '' || ['responsibility', 'lead', 'participant'].includes(upper[k] ?? '');
  for (let offset = 0; offset + below.length <= upperCells.length; offset += 1) {
    if (words.every((r, k) => r === null || spans(k + offset))) return upper.map((r, k) => words[k - offset] ?? r);
  }
  return null;
};

/** `序号 | 任务 | 区发改局 | 区财政局 |` over rows of 牵头/配合 marks (matrix-table.ts): the usual table. */
const matrixRows = (lines: SourceLine[], i: number, header: string[]): { table: FoundTable; next: number } | null => {
  const rows: TableRow[] = [];
  let j = i + 1;
  for (; j < lines.length; j += 1) {
    const cells = splitRow(lines[j]?.text.trim() ?? '');
    if (!cells) break;
    rows.push({ line: lines[j]?.line ?? 0, cells: [...cells, ...Array<string>(Math.max(0, header.length - cells.length)).fill('')] });
  }
  const matrix = unfoldMatrix(header, rows);
  const roles = matrix ? headerRoles(matrix.header) : null;
  if (!matrix || !roles) return null;
  const used = [lines[i]?.line ?? 0, ...rows.map((r) => r.line)];
  return { table: { title: titleBefore(lines, i), roles, rows: matrix.rows, lines: used, headerLine: lines[i]?.line ?? 0, stray: [] }, next: j };
};

/** The roles of header `cells` on line `i` as the bar rows under it show them, or null. */
const rolesByContent = (lines: SourceLine[], i: number, cells: string[]): Role[] | null => {
  const rows: TableRow[] = [{ line: lines[i]?.line ?? 0, cells }];
  for (let j = i + 1; j < lines.length && rows.length < 31; j += 1) {
    const row = splitRow(lines[j]?.text.trim() ?? '');
    if (!row) break;
    rows.push({ line: lines[j]?.line ?? 0, cells: row });
  }
  const hit = headerByContent(rows);
  return hit?.at === 0 ? hit.roles : null;
};

/** The table whose header is line `i`, and the index of the first line after it; null when line `i` is no such header. */
export const barRowsTable = (lines: SourceLine[], i: number): { table: FoundTable; next: number } | null => {
  const text = lines[i]?.text.trim() ?? '';
  // A header the page wrapped over two lines (wrapped-header.ts): its second line's words are its last columns.
  const second = text ? headerSecondLine(text, lines[i + 1]?.text.trim() ?? '', lines[i + 2]?.text.trim() ?? '') : null;
  const first = text ? splitRow(text) : null;
  const split = first && second ? [...first, ...second] : first;
  const wrap = second ? 1 : 0;
  // A unit column that names each unit's head too (`牵头单位及主要负责人`, unit-head-cells.ts).
  const heads = split ? unitHeadHeader(split) : null;
  const named = split ? ((heads?.heads.length ? headerRoles(heads.cells) : null) ?? headerRoles(split)) : null;
  if (split && !named) {
    const matrix = matrixRows(lines, i, split);
    if (matrix) return matrix;
    const bracketed = bracketUnitsTable(lines, i, split);
    if (bracketed) return bracketed;
  }
  // Header words the reader does not know: the columns told by the rows' cells (content-header.ts). Only the
  // first line of a run of rows can be such a header; asking again on every row would read the run once per row.
  const opensRun = !splitRow(lines[i - 1]?.text.trim() ?? '');
  // (A header cell spanning two of the rows' cells widens the header there: spanned-header.ts.)
  const upper = spannedHeader(split, named ?? (split && opensRun ? rolesByContent(lines, i, split) : null), lines.slice(i + 1, i + 42), splitRow);
  if (!split || !upper) return null;
  // A two-level header (`责任单位 | |` over `牵头单位 | 配合单位`): the row below, all column words, names the
  // spanned columns; it is no task's row.
  const subRoles = wrap ? null : subHeaderUnder(split, upper, splitRow(lines[i + 1]?.text.trim() ?? ''));
  // A second header row of column words (`完成投资 | 完成率 | 实施情况`) under one spanning cell (second-header-row.ts).
  const secondRoles = wrap || subRoles ? null : secondHeaderRoles(split, upper, lines.slice(i + 1, i + 42), splitRow);
  const isSubHeader = subRoles !== null || secondRoles !== null;
  let roles: Role[] = subRoles ?? secondRoles ?? upper;
  const rows: TableRow[] = [];
  /** Rows that came with fewer cells than the header, by their place in `rows`. */
  const short = new Map<number, string[]>();
  const used = isSubHeader || wrap ? [lines[i]?.line ?? 0, lines[i + 1]?.line ?? 0] : [lines[i]?.line ?? 0];
  let j = isSubHeader || wrap ? i + 2 : i + 1;
  const isBordered = /^[||]/.test(text) && /[||]$/.test(text);
  for (; j < lines.length; j += 1) {
    let t = lines[j]?.text.trim() ?? '';
    if (t.length === 0) continue;
    // A cell running over two lines (`… | 区住建局、` / `区自然资源局 | 2024年9月 |`): in a bordered
    // table the row is not closed by its bar and the next line opens none; anywhere, a list ends in 、.
    const nextText = lines[j + 1]?.text.trim() ?? '';
    // So does a row of a table whose rows close with a bar (`a | b |`), left open (`… | 市规划局 | 市国土资源局`) and
    // short of the header's cells, before a line that opens with none and closes the row (`市农牧林业局 | 2010年9月 |`).
    const wrapped = !isBordered && /[||]$/.test(text) && !/[||]$/.test(t) && /[||]$/.test(nextText) && (splitRow(t)?.length ?? 0) < roles.length;
    // And a row closed short of the header whose last cells the page put on the next line (`… |` / `已完成 |`).
    const tail = !isBordered && rowTailLine(t, nextText, roles.length);
    if (nextText && !/^[||]/.test(nextText) && /[||]/.test(t) && ((isBordered && !/[||]$/.test(t)) || /、$/.test(t) || wrapped || tail)) {
      // Two unit names on the cell's two lines are two units.
      const units = wrapped && isUnitCell(t.split(/[||]/).pop()?.trim() ?? '') && isUnitCell(nextText.split(/[||]/)[0]?.trim() ?? '');
      t = `${t}${units ? '、' : ''}${nextText}`;
      used.push(lines[j]?.line ?? 0);
      j += 1;
    }
    // Inside a table a row cut off by the page keeps one bar (`a | b` with no trailing `|`).
    // In a bordered table such a row still opens with its bar: that bar is no empty cell.
    const cut = /[||]/.test(t) ? t.split(/[||]/).map((c) => c.trim()) : null;
    const cells = splitRow(t) ?? (cut && isBordered && /^[||]/.test(t) && cut[0] === '' ? cut.slice(1) : cut);
    // The text ends inside the last row's first cell (no bar on the line), a numbered item: the row's, cut short.
    if (!cells && rows.length > 0 && isPageCutRow(lines, j, true)) {
      rows.push({ line: lines[j]?.line ?? 0, cells: fitRow([t], roles).cells });
      used.push(lines[j]?.line ?? 0);
      j += 1;
      break;
    }
    if (!cells) break;
    // A total or a category's subtotal row (sum-rows.ts) is none of the table's rows: it shares no merged cell.
    if (isSumRow(cells)) {
      used.push(lines[j]?.line ?? 0);
      continue;
    }
    // The page's last row cut off mid-cell (`| 四、… | (四)… | 10.持续提升园区承`): what it kept are its first cells.
    const isCutLast = isBordered && /^[||]/.test(t) && !/[||]$/.test(t) && !/^[||]/.test(lines[j + 1]?.text.trim() ?? '') && cells.length < roles.length;
    if (isCutLast) {
      rows.push({ line: lines[j]?.line ?? 0, cells: [...cells, ...Array<string>(roles.length - cells.length).fill('')] });
      used.push(lines[j]?.line ?? 0);
      continue;
    }
    const fitted = fitRow(cells, roles);
    rows.push({ line: lines[j]?.line ?? 0, cells: fitted.cells });
    // A row printed with its bars but an empty last cell (`2 | … | 已完成。 | |`) lost a merged cell too.
    if (withoutTrailingBlanks(cells) < roles.length && !fitted.next) short.set(rows.length - 1, cells);
    if (fitted.next) rows.push({ line: lines[j]?.line ?? 0, cells: fitted.next });
    used.push(lines[j]?.line ?? 0);
  }
  // A group column merged down, printed on each group's first row only (merged-group-cell.ts).
  roles = mergedGroupColumn(rows, short, roles) ?? roles;
  // Short rows again, with what the full rows showed of each column (row-align.ts, columnMemory).
  const memory = columnMemory(exact(rows, short, roles.length), roles);
  if (memory.size > 0) for (const [at, cells] of short) rows[at] = { ...(rows[at] as TableRow), cells: fitRow(cells, roles, memory).cells };
  if (secondRoles) for (const [at, cells] of short) rows[at] = { ...(rows[at] as TableRow), cells: placeShortRow(cells, roles) };
  shareMergedUnits(rows, short, roles);
  // A unit's row of its own under a merged work item is that item's second lead (second-lead-rows.ts).
  // An outline laid out a column per level, its upper levels merged down (outline-columns.ts; sets `roles` too).
  rows.splice(0, rows.length, ...foldSecondLeadRows(placeOutlineRows(rows, short, roles), short, roles));
  for (const row of rows) for (const c of heads?.heads ?? []) row.cells[c] = withoutHeadNames(row.cells[c] ?? '');
  return { table: { title: titleBefore(lines, i), roles, rows, lines: used, headerLine: lines[i]?.line ?? 0, stray: [], headers: split }, next: j };
};
