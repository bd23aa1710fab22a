// Indicator tables whose rows are given explicitly (a list of cells per row): HTML pasted as text,
// rows marked by leading bars (`first cell` / `| cell` / `|`), rows found by their 序号, and tables
// printed sideways (a row of names, a row of targets, a row of attributes). Each shape is turned into
// rows of cells and read the same way: a row of the header's width, a row with one more cell in front
// (the cell of a merged group column), a row one cell short (a merged cell simply missing), or a single
// cell (a 类别 row).
import { readHeading } from './numbering.js';
import { isUnitCell } from './row-align.js';
import { indicatorRoles, mergeHeaderCells, roleOfWord, spreadSpanningHeader, type IndicatorRole } from './indicator-roles.js';
import { isAttributeCell, looksLikeUnit, looksLikeValue, parseAttribute } from './target.js';
import { groupRowEnd, groupRunBefore, mergeGroupCells } from './indicator-seq-groups.js';
import { GROUP_NUMBER, spreadMergedRun, yearRun } from './indicator-year-run.js';
import { fitShortRow } from './indicator-fit-row.js';

/** A line that cannot be a cell of the table: a heading of the text, the next 表, a long sentence. */
export const isTableEnd = (text: string): boolean => {
  const h = readHeading(text);
  if (h && h.kind !== 'dash' && h.kind !== 'num') return true;
  if (/^表\s*[一二三四五六七八九十\d]/.test(text)) return true;
  // `第 [1] [2] 页 共[3]页`: a site's page links under the table.
  if (/^第\s*(\[\d+\]\s*)+页/.test(text)) return true;
  // A long cell that is only units' names (a 责任单位 column listing fifteen offices) is a cell, not the prose after
  // the table.
  return text.replace(/\s+/g, ' ').length > 60 && (/[。;;:]/.test(text) || !isUnitCell(text));
};

export type CellRow = { line: number; cells: string[] };
export type TableRow = { line: number; cells: string[]; category?: string };

/**
 * Places a row's cells under the header's columns. One cell more than the header: the first is the
 * group a merged column gives. Fewer cells: the attribute cell (约束性/预期性) anchors the right part,
 * the cells before it fill the columns from the left, the cells after it fill them from the right.
 */
export const alignRow = (cells: string[], roles: IndicatorRole[], history: string[][] = []): { cells: string[]; group: string | null } => {
  const n = roles.length;
  if (cells.length === n) return { cells, group: null };
  if (cells.length === n + 1 && !roles.includes('category')) return { cells: cells.slice(1), group: cells[0] ?? null };
  if (cells.length > n) return { cells: [...cells.slice(0, n - 1), cells.slice(n - 1).join(' ')], group: null };
  const out = Array<string>(n).fill('');
  const attrCol = roles.indexOf('attribute');
  // A 属性 cell is the word alone: a name may hold it (人均预期寿命 is no 预期性 cell).
  const attrCell = cells.findIndex((c) => isAttributeCell(c));
  // ` | 普惠性幼儿园覆盖率(%) | 85 | ≥90 | 约束性 |`: one cell short with its 属性 in place, under a 类别
  // column: the 类别 cell is the one merged down from the row above (left empty, its border dropped).
  if (roles[0] === 'category' && cells.length === n - 1 && attrCol === n - 1 && attrCell === cells.length - 1) return { cells: ['', ...cells], group: null };
  // `服务业增加值占生产总值比重 | % | 51 | …` under 类别 | 指标 | 单位: a unit second means the row starts with its
  // name, the 类别 cell merged from the row above; the cells after it fill from the left.
  if (roles[0] === 'category' && roles[1] === 'name' && roles[2] === 'unit' && looksLikeUnit(cells[1] ?? '') && !looksLikeUnit(cells[2] ?? '')) {
    return { cells: ['', ...cells, ...Array<string>(Math.max(0, n - 1 - cells.length)).fill('')].slice(0, n), group: null };
  }
  if (attrCol < 0 || attrCell < 0 || attrCell > attrCol) {
    // With no 属性 cell to anchor on, the cells go where their kinds fit (indicator-fit-row.ts).
    const fitted = attrCell < 0 ? fitShortRow(cells, roles, history) : null;
    if (fitted) return { cells: fitted, group: null };
    cells.forEach((c, k) => (out[k] = c));
    return { cells: out, group: null };
  }
  // Short of a cell before its 属性 where an interim target column (a note) stands before the target: the
  // cell next to the 属性 is the target, and the missing one is earlier — an interim and a final target
  // merged into one cell (`实现` under both 2022年 and 2030年) printed once, or a baseline left blank.
  const before = cells.slice(0, attrCell);
  const last = before.length - 1;
  const interimSkipped = roles.slice(last, attrCol - 1).includes('note');
  const targetNext = attrCell < attrCol && last > 0 && interimSkipped && roles[attrCol - 1] === 'target' && roles[last] !== 'name' && roles[last] !== 'seq';
  // One cell short, its unit in place and one figure before its 属性 where a baseline and a target stand: the
  // figure is the target (a plan states what it aims at; a new indicator has no baseline to print). So is a
  // target in words (`翻一番(全省人均GDP≥10万元)`) when the unit stands in its own column before it.
  const unitAt = roles.indexOf('unit');
  const unitInPlace = unitAt >= 0 && unitAt < last && looksLikeUnit(before[unitAt] ?? '');
  const lone = before[last] ?? '';
  const baselineBlank =
    cells.length === n - 1 && attrCell === attrCol - 1 && last > 0 && roles[last] === 'baseline' && roles[attrCol - 1] === 'target' && (looksLikeValue(lone) || (unitInPlace && !looksLikeUnit(lone) && lone.length > 0)) && (unitAt < 0 || unitInPlace);
  before.forEach((c, k) => (out[(targetNext || baselineBlank) && k === last ? attrCol - 1 : k] = c));
  out[attrCol] = cells[attrCell] ?? '';
  const after = cells.slice(attrCell + 1);
  after.forEach((c, k) => (out[n - after.length + k] = c));
  return { cells: out, group: null };
};

const groupName = (text: string): string => readHeading(text)?.rest || text;

/** Header and rows from explicit rows; null when none of the first rows is an indicator header. */
export const tableFromRows = (rows: CellRow[]): { roles: IndicatorRole[]; header: number; rows: TableRow[] } | null => {
  const filled = (h: number): string[] => (rows[h]?.cells ?? []).filter((c) => c.trim().length > 0);
  const rolesAt = (h: number): IndicatorRole[] | null => {
    const headerCells = mergeHeaderCells(filled(h));
    return headerCells.length >= 2 ? indicatorRoles(headerCells) : null;
  };
  // A lower header row of years alone (`2020年 | 2025年` under a spanning `目标值`) is spread into the row above.
  for (let h = 0; h + 1 < Math.min(rows.length, 4); h += 1) {
    // A bracketed note in the lower row (`(截至2011年底)` under 目前水平) dates the column above; it is no column.
    const lower = filled(h + 1).filter((c) => !/^[((][^()()]*[))]$/.test(c.trim()));
    if (lower.length < 2 || !lower.every((c) => roleOfWord(c) === 'year')) continue;
    const spread = spreadSpanningHeader([...filled(h), ...lower]);
    if (spread.length === filled(h).length + lower.length - 1 && indicatorRoles(spread)) {
      rows.splice(h, 2, { line: rows[h]?.line ?? 0, cells: spread });
      break;
    }
  }
  for (let first = 0; first < Math.min(rows.length, 3); first += 1) {
    if (!rolesAt(first)) continue;
    // A two-level header (`目标值` over `2020年 | 2025年`): the lower row, with the upper row's merged cells
    // carried down, is the header.
    const h = rolesAt(first + 1) ? first + 1 : first;
    const roles = rolesAt(h);
    if (!roles) continue;
    const out: TableRow[] = [];
    const run = yearRun(rows[h]?.cells ?? [], roles);
    const history: string[][] = [];
    for (const row0 of rows.slice(h + 1)) {
      const spread = spreadMergedRun(row0.cells, roles, run);
      // `… | 未达指标值酌情扣分 | ||`: empty cells a page pads a short row with at its end hold no column.
      let end = spread.length;
      while (end > 0 && (spread[end - 1] ?? '').trim().length === 0) end -= 1;
      const row = { ...row0, cells: end < roles.length && end < spread.length ? spread.slice(0, end) : spread };
      const filled = row.cells.filter((c) => c.trim().length > 0);
      if (filled.length === 0) continue;
      // `一 | 人人健康膳食行动 | |`: a group numbered in the 序号 column, its name in the name column.
      if (filled.length === 2 && GROUP_NUMBER.test(filled[0] ?? '') && !looksLikeValue(filled[1] ?? '') && row.cells.slice(2).every((c) => c.trim().length === 0)) {
        out.push({ line: row.line, cells: roles.map(() => ''), category: filled[1] ?? '' });
        continue;
      }
      if (filled.length === 1 && row.cells.length <= 2 && !looksLikeValue(filled[0] ?? '')) {
        out.push({ line: row.line, cells: roles.map(() => ''), category: groupName(filled[0] ?? '') });
        continue;
      }
      // A short row led by a numbered group (`3。土壤环境质量 | 受污染耕地安全利…`, cut off by the page): the
      // group and the start of a name, not a name and its baseline.
      const lead = readHeading(row.cells[0] ?? '');
      const cutGroup = row.cells.length < roles.length && row.cells.length >= 2 && lead !== null && !looksLikeValue(row.cells[1] ?? '');
      const { cells, group }: { cells: string[]; group: string | null } = cutGroup ? { cells: alignRow(row.cells.slice(1), roles).cells, group: row.cells[0] ?? null } : alignRow(row.cells, roles, history);
      if (group) out.push({ line: row.line, cells: roles.map(() => ''), category: groupName(group) });
      out.push({ line: row.line, cells });
      history.push(cells);
    }
    return { roles, header: h, rows: out };
  }
  return null;
};

const BAR_CELL = /^\|\s*(.*?)\s*\|?\s*$/;

/**
 * Rows written with leading bars: a row's first cell on a line of its own, each further cell on a
 * line `| cell`, and a lone `|` closing the row. Returns the rows and how many lines they take.
 */
export const leadingBarRows = (lines: { line: number; text: string }[]): { rows: CellRow[]; used: number } => {
  const rows: CellRow[] = [];
  let cur: CellRow | null = null;
  let i = 0;
  for (; i < lines.length; i += 1) {
    const t = (lines[i]?.text ?? '').trim();
    const line = lines[i]?.line ?? 0;
    if (t.length === 0) continue;
    if (t === '|') {
      if (cur) rows.push(cur);
      cur = null;
      continue;
    }
    const bar = BAR_CELL.exec(t);
    if (bar && t.startsWith('|')) {
      cur ??= { line, cells: [] };
      cur.cells.push(bar[1] ?? '');
      continue;
    }
    if (t.replace(/\s+/g, ' ').length > 60) break;
    if (cur) rows.push(cur);
    cur = { line, cells: [t.replace(/\s*\|$/, '')] };
  }
  if (cur) rows.push(cur);
  return { rows, used: i };
};

/**
 * Cells of a table with a 序号 column, one cell per line: a row starts at the next number (1, 2, 3 …),
 * so a row one cell short (a merged cell) does not shift the rows after it. Columns before 序号 (a
 * 类别 cell, merged down a group) come before the number: cells before 1, and cells a row has beyond
 * its width, lead the next row; a row without them repeats the group above.
 */
export const seqRows = (
  cells: { line: number; text: string }[],
  isEnd: (t: string) => boolean,
  seqAt: number,
  width: number,
  /** `一、经济发展` between rows of a table with no 类别 column: a category row; numbering restarts under it. */
  categoryOf: (text: string, next: string) => string | null = () => null,
  rowEnd?: (cells: string[]) => number,
): { rows: (CellRow & { category?: string })[]; used: number } => {
  const segments: { line: number; cells: string[]; category?: string }[] = [];
  const prefix: string[] = [];
  let expect = 1;
  let i = 0;
  const isNumber = (t: string): boolean => new RegExp(`^${expect}[.、]?$`).test(t);
  for (; i < cells.length; i += 1) {
    const t = (cells[i]?.text ?? '').trim();
    const category = seqAt === 0 ? categoryOf(t, (cells[i + 1]?.text ?? '').trim()) : null;
    if (category !== null && /^1[.、]?$/.test((cells[i + 1]?.text ?? '').trim())) {
      segments.push({ line: cells[i]?.line ?? 0, cells: [], category });
      expect = 1;
      continue;
    }
    // `一、核心指标(2项)` / `50` / `` / `` then the next number: a group row with cells of its own (the group's
    // 权重, empty cells), numbering going on or starting again under it.
    const groupEnd = seqAt === 0 ? groupRowEnd(cells, i, width, expect, categoryOf) : -1;
    if (groupEnd > 0) {
      segments.push({ line: cells[i]?.line ?? 0, cells: [], category: categoryOf(t, '') ?? t });
      if (/^1[.、]?$/.test((cells[groupEnd]?.text ?? '').trim())) expect = 1;
      i = groupEnd - 1;
      continue;
    }
    // A 类别 column before 序号 whose numbering restarts in each group: `…预期性` / `民生福祉` / `1`. The row
    // before is already whole and a group cell follows it, so this 1 opens a row; it is no value cell.
    const before = segments[segments.length - 1];
    const afterGroupCell = (before?.cells.length ?? 0) > width - seqAt && !looksLikeValue(cells[i - 1]?.text.trim() ?? '') && parseAttribute(cells[i - 1]?.text ?? '') === null;
    if (seqAt > 0 && expect > 1 && /^1[.、]?$/.test(t) && afterGroupCell) expect = 1;
    // `3` right before another figure is a value of this row (a 权重 of 3), not row 3: a row's number is
    // followed by its name.
    const after = cells.slice(i + 1).find((c) => c.text.trim().length > 0)?.text.trim() ?? '';
    // Nor is a number before a unit (`5` / `%`, a 权重 then the 单位 cell), nor one before a 属性 cell (`2.3` /
    // `3` / `预期性`: a target that happens to be the next row's number; 属性 is no row's name).
    if (isNumber(t) && !((looksLikeValue(after) || looksLikeUnit(after) || isAttributeCell(after)) && segments.length > 0)) {
      segments.push({ line: cells[i]?.line ?? 0, cells: [t] });
      expect += 1;
      continue;
    }
    // `(二)` / `环境质量改善` before the next number: the group cells of a column before 序号, not a heading
    // after the table. A group may be printed over a few text cells (`(一)` / `健康知识普及行动` /
    // `结果性指标`, a heading, its name and a sub-group) before its first number.
    const groupCell = seqAt > 0 && groupRunBefore(cells, i + 1, seqAt, isNumber);
    if (isEnd(t) && !groupCell) break;
    const last = segments[segments.length - 1];
    if (last) last.cells.push(t);
    else if (seqAt > 0 && t.length > 0 && (prefix.length < seqAt || groupRunBefore(cells, i + 1, seqAt, isNumber))) prefix.push(t);
    else break;
  }
  const own = width - seqAt;
  let lead = prefix;
  let group: string[] = prefix;
  const rows = segments.map((seg, k) => {
    if (seg.category !== undefined) return { line: seg.line, cells: [], category: seg.category };
    const isLast = k === segments.length - 1;
    // A row with sub-items is longer than the header: it ends where `rowEnd` says (its 属性 cell).
    const end = rowEnd ? rowEnd(seg.cells) : -1;
    // Cells past the row's width that hold figures are its sub-items' rows (a group listing its
    // indicators one row each), not the group cells of the next row, which are text.
    const past = seg.cells.slice(own).filter((c) => c.length > 0);
    const figure = (c: string): boolean => looksLikeValue(c) || looksLikeUnit(c);
    // So is a long row whose name runs over two text cells (`居民` / `健康水平`) before any figure.
    const groupName = seg.cells.length > own && !figure(seg.cells[1] ?? '') && !figure(seg.cells[2] ?? '') && seg.cells.slice(3).some(figure);
    const withSubRows = !rowEnd && (past.some(figure) || groupName);
    // A row closed by its 属性 cell ends there, short or long: what follows is the next row's group.
    const cut = withSubRows ? seg.cells.length : end > 0 ? end + 1 : own;
    const body = seqAt > 0 && !isLast ? seg.cells.slice(0, cut) : seg.cells;
    const next = seqAt > 0 && !isLast ? seg.cells.slice(cut).filter((c) => c.length > 0) : [];
    const leading = mergeGroupCells(lead.length > 0 ? lead : group, seqAt);
    if (lead.length > 0) group = lead;
    lead = next;
    // A group cell whose text the page lost (blank lines before 1) still takes its column.
    return { line: seg.line, cells: [...Array.from({ length: seqAt }, (_, c) => leading[c] ?? ''), ...body] };
  });
  return { rows, used: i };
};

export const barCells = (text: string): string[] =>
  text
    .split('|')
    .map((c) => c.trim())
    .filter((c, k, all) => c.length > 0 || (k > 0 && k < all.length - 1));

/** Rows written on one line each, cells between bars (`指标 | 2020年 | 2025年 | 属性 |`), blank lines between rows allowed. */
export const barRows = (lines: { line: number; text: string }[]): { rows: CellRow[]; used: number } => {
  const rows: CellRow[] = [];
  let i = 0;
  for (; i < lines.length; i += 1) {
    const t = lines[i]?.text ?? '';
    if (t.trim().length === 0) continue;
    const cells = barCells(t);
    if (!t.includes('|') || cells.length === 0) break;
    rows.push({ line: lines[i]?.line ?? 0, cells });
  }
  return { rows, used: i };
};
