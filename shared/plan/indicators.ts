// Indicator tables (指标表): category, name, unit, baseline, target, attribute, owner. They arrive as
// real tables (.docx/.xlsx), one cell per line (seed 003), or one row per line with space-separated
// columns (seed 000).
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { looksLikeUnit, looksLikeValue, parseAttribute, parseTarget } from './target.js';
import { foldPunctuation, tableCell } from './text.js';
import type { ParsedIndicator, ParsedTarget, UnplacedLine } from './types.js';

export type IndicatorRole = 'seq' | 'category' | 'name' | 'unit' | 'baseline' | 'target' | 'achieved' | 'attribute' | 'owner' | 'note';

const word = (text: string): string => foldPunctuation(text).replace(/\s+/g, '');

const roleOfWord = (text: string): IndicatorRole | 'year' | null => {
  const t = word(text);
  if (t.length === 0 || t.length > 12) return null;
  if (/^(序号|编号)$/.test(t)) return 'seq';
  if (/^(类别|类型|分类|领域|指标类别|一级指标)$/.test(t)) return 'category';
  if (/^(指标|指标名称|主要指标|目标名称|具体指标|二级指标|指标内容)$/.test(t)) return 'name';
  if (/^(单位|计量单位)$/.test(t)) return 'unit';
  if (/^(属性|指标属性|性质|指标性质)$/.test(t)) return 'attribute';
  if (/完成情况|实际完成|完成值|实现值/.test(t)) return 'achieved';
  if (/基期|基准|现状|基数|基础值/.test(t)) return 'baseline';
  if (/^(?:19|20)\d{2}年?$/.test(t)) return 'year';
  if (/目标|预期值|指标值/.test(t)) return 'target';
  if (/责任单位|牵头单位|责任部门/.test(t)) return 'owner';
  if (/^备注$/.test(t)) return 'note';
  // A growth-rate or cumulative column beside the year columns: kept, not a target.
  if (/^(年均增长|年均增速|年均增幅|增速|年均|〔?累计〕?)(\(%\)|%)?\d?$/.test(t)) return 'note';
  return null;
};

/** Maps header cells to roles; null unless it is an indicator header (a name column and a value column). */
export const indicatorRoles = (cells: string[]): IndicatorRole[] | null => {
  const raw = cells.map(roleOfWord);
  if (raw.some((r) => r === null)) return null;
  const years = raw.flatMap((r, i) => (r === 'year' ? [i] : []));
  const roles = raw.map((r, i): IndicatorRole => {
    if (r !== 'year') return r ?? 'note';
    // Two year columns: the first is the baseline, the last the target.
    return years.length > 1 && i === years[0] ? 'baseline' : 'target';
  });
  if (!roles.includes('name')) return null;
  if (!roles.some((r) => r === 'target' || r === 'baseline' || r === 'achieved')) return null;
  return roles;
};

type Row = { line: number; cells: string[]; /** Set on a category row of a table without a category column. */ category?: string };

export type IndicatorTable = { title: string; roles: IndicatorRole[]; rows: Row[]; lines: number[] };

const isEnd = (text: string): boolean => {
  const h = readHeading(text);
  if (h && h.kind !== 'dash' && h.kind !== 'num') return true;
  if (/^表\s*[一二三四五六七八九十\d]/.test(text)) return true;
  return text.length > 60;
};

const titleBefore = (lines: SourceLine[], index: number): string => captionBefore(lines, index).text;

/**
 * The table's caption: the nearest short line above its header. `line` is set only when that line reads
 * as a caption (names 指标/目标/表, is not a numbered heading), so the table takes it along and it does
 * not end up in the text of the task above the table.
 */
const captionBefore = (lines: SourceLine[], index: number): { text: string; line: number | null } => {
  for (let i = index - 1; i >= Math.max(0, index - 3); i -= 1) {
    const t = lines[i]?.text.trim() ?? '';
    if (t.length > 0 && t.length <= 60) {
      const isCaption = /指标|目标|^表/.test(t) && !readHeading(t) && i === index - 1;
      return { text: t, line: isCaption ? (lines[i]?.line ?? null) : null };
    }
  }
  return { text: '', line: null };
};

const withCaption = (lines: SourceLine[], index: number, used: number[]): number[] => {
  const caption = captionBefore(lines, index).line;
  return caption === null ? used : [caption, ...used];
};

/** A value-ish cell: a value, a unit, or a short attribute word. */
const isValueCell = (text: string): boolean => looksLikeValue(text) || looksLikeUnit(text) || parseAttribute(text) !== null;

/** `一、发展水平` inside a table: a category row whose other cells are empty. */
const categoryHeading = (text: string, next: string): string | null => {
  const h = readHeading(text);
  if (!h || (h.kind !== 'cn' && h.kind !== 'paren-cn') || text.length > 30 || isValueCell(next)) return null;
  return h.rest;
};

const VALUE_ROLES: IndicatorRole[] = ['baseline', 'target', 'achieved'];

/**
 * `4.义务教育标准班额比例(%)` / `其中:小学` / `初中` / 34.52% / 77.34% / 80%以上 / 85%以上 / 预期性: a row
 * with sub-rows whose values come column by column. Returns the rows and the cells used, or null.
 */
const readSubRows = (cells: SourceLine[], at: number, roles: IndicatorRole[]): { rows: Row[]; used: number } | null => {
  if (!/^其中/.test(cells[at + 1]?.text.trim() ?? '')) return null;
  const names = [cells[at]?.text.trim() ?? ''];
  let j = at + 1;
  while (j < cells.length && !isValueCell(cells[j]?.text.trim() ?? '') && names.length < 8) names.push((cells[j++]?.text ?? '').trim().replace(/^其中[::]?/, ''));
  const values: string[] = [];
  while (j < cells.length && isValueCell(cells[j]?.text.trim() ?? '') && values.length < 40) values.push((cells[j++]?.text ?? '').trim());
  const nameAt = roles.indexOf('name');
  const after = roles.slice(nameAt + 1);
  const perName = after.filter((r) => VALUE_ROLES.includes(r)).length;
  const shared = after.length - perName;
  // Either every name has its values, or the parent line is only a heading for its sub-rows.
  const withValues = [names.length, names.length - 1].find((m) => m > 0 && perName * m + shared === values.length);
  if (withValues === undefined) return null;
  const parent = names[0] ?? '';
  const valued = withValues === names.length ? names : names.slice(1);
  // Cells come column by column: each value column has one cell per valued name, others one cell.
  let p = 0;
  const columns = after.map((role) => {
    const take = VALUE_ROLES.includes(role) ? valued.length : 1;
    const col = values.slice(p, p + take);
    p += take;
    return take === 1 ? Array<string>(valued.length).fill(col[0] ?? '') : col;
  });
  const parentUnit = /[((]([^()()]{1,6})[))]$/.exec(parent)?.[0] ?? '';
  const parentBase = parent.slice(0, parent.length - parentUnit.length);
  const rows = valued.map((name, k) => {
    const full = name === parent ? name : `${parentBase}:${name}${/[))]$/.test(name) ? '' : parentUnit}`;
    return { line: cells[at]?.line ?? 0, cells: [...roles.slice(0, nameAt).map(() => ''), full, ...columns.map((c) => c[k] ?? '')] };
  });
  return { rows, used: j - at };
};

/** One cell per line: rows have the header's width, or one less when the category cell was merged. */
const readCellRows = (cells: SourceLine[], roles: IndicatorRole[]): { rows: Row[]; used: number } => {
  const rows: Row[] = [];
  const nameAt = roles.indexOf('name');
  const after = roles.length - nameAt - 1;
  const hasCategory = roles[0] === 'category' && nameAt === 1;
  const categoryAt = roles.indexOf('category');
  let category = '';
  let i = 0;
  while (i < cells.length) {
    const cell = cells[i];
    const next = cells[i + 1]?.text.trim() ?? '';
    const heading = cell ? categoryHeading(cell.text.trim(), next) : null;
    if (heading !== null && !hasCategory) {
      // A category row of a table without a category column: it names the rows below it.
      rows.push({ line: cell?.line ?? 0, cells: roles.map((r) => (r === 'category' ? heading : '')), category: heading });
      i += 1;
      continue;
    }
    if (!cell || isEnd(cell.text.trim())) break;
    const sub = readSubRows(cells, i, roles);
    if (sub) {
      rows.push(...sub.rows.map((r) => ({ ...r, cells: categoryAt >= 0 ? r.cells.map((c, k) => (k === categoryAt ? category : c)) : r.cells })));
      i += sub.used;
      continue;
    }
    if (hasCategory && !isValueCell(next) && next.length > 0 && !isEnd(next)) {
      category = cell.text.trim();
      i += 1;
      continue;
    }
    const values = cells.slice(i + 1, i + 1 + after).map((c) => c.text.trim());
    if (values.some((v) => isEnd(v))) break;
    const rowCells = [...(hasCategory ? [category] : []), cell.text.trim(), ...values];
    rows.push({ line: cell.line, cells: rowCells });
    i += 1 + after;
  }
  return { rows, used: i };
};

/** One row per line, columns split by spaces: the last columns are values, the rest is the name. */
const readSpacedRows = (lines: SourceLine[], roles: IndicatorRole[]): { rows: Row[]; used: number } => {
  const rows: Row[] = [];
  const nameAt = roles.indexOf('name');
  const after = roles.length - nameAt - 1;
  let i = 0;
  for (; i < lines.length; i += 1) {
    const raw = lines[i]?.text.trim() ?? '';
    if (raw.length === 0) continue;
    if (isEnd(raw)) break;
    const tokens = raw.replace(/(\d)\s+(?=[家个项件处%])/g, '$1').split(/\s+/);
    const values = tokens.length > after ? tokens.slice(tokens.length - after) : [];
    const name = tokens.slice(0, tokens.length - values.length).join('');
    const before = roles.slice(0, nameAt).map(() => '');
    rows.push({ line: lines[i]?.line ?? 0, cells: [...before, name, ...values, ...Array<string>(after - values.length).fill('')] });
  }
  return { rows, used: i };
};

export const findTextIndicatorTables = (input: SourceLine[]): IndicatorTable[] => {
  // A table flattened as `cell |` lines reads like one cell per line once the bars are off; a line of
  // bars alone (`||||`, an empty row) is nothing.
  const lines = input
    .map((l) => ({ line: l.line, text: tableCell(l.text) ?? l.text }))
    .filter((l) => !/^[|\s]*$/.test(l.text));
  const tables: IndicatorTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]?.text.trim() ?? '';
    const tokens = text.split(/\s+/).filter(Boolean);
    // Space-separated header on one line.
    const spaced = tokens.length >= 2 ? indicatorRoles(tokens) : null;
    if (spaced) {
      const rest = lines.slice(i + 1);
      const { rows, used } = readSpacedRows(rest, spaced);
      tables.push({ title: titleBefore(lines, i), roles: spaced, rows, lines: withCaption(lines, i, [lines[i], ...rest.slice(0, used)].map((l) => l?.line ?? 0)) });
      i += used + 1;
      continue;
    }
    // Header one cell per line.
    const header: SourceLine[] = [];
    for (let j = i; j < lines.length && header.length < 10; j += 1) {
      const t = lines[j]?.text.trim() ?? '';
      if (t.length === 0) continue;
      if (roleOfWord(t) === null) break;
      header.push({ line: lines[j]?.line ?? 0, text: t });
    }
    const roles = header.length >= 2 ? indicatorRoles(header.map((h) => h.text)) : null;
    if (roles) {
      const lastHeader = header[header.length - 1]?.line ?? 0;
      const rest = lines.filter((l) => l.line > lastHeader && l.text.trim().length > 0);
      const { rows, used } = readCellRows(rest, roles);
      tables.push({ title: titleBefore(lines, i), roles, rows, lines: withCaption(lines, i, [...header, ...rest.slice(0, used)].map((l) => l.line)) });
      const last = rest[used - 1]?.line ?? lastHeader;
      while (i < lines.length && (lines[i]?.line ?? 0) <= last) i += 1;
      continue;
    }
    i += 1;
  }
  return tables;
};

/** Turns table rows into indicators; rows whose values cannot be read are listed. */
export const indicatorsFromTable = (table: IndicatorTable, startSeq: number): { indicators: ParsedIndicator[]; unplaced: UnplacedLine[] } => {
  const indicators: ParsedIndicator[] = [];
  const unplaced: UnplacedLine[] = [];
  let category = '';
  for (const row of table.rows) {
    if (row.category !== undefined) {
      category = row.category;
      continue;
    }
    const get = (role: IndicatorRole): string => {
      const at = table.roles.indexOf(role);
      return at < 0 ? '' : (row.cells[at] ?? '').trim();
    };
    // `1.学前教育毛入园率(%)`: the number restarts in each category; the unit may sit in the name.
    const printed = get('name').replace(/^\d{1,3}\s*[.、](?!\d)\s*/, '');
    const unitInName = /^(.+?)[((]([^()()]{1,6})[))]$/.exec(printed);
    const ownUnit = get('unit');
    const name = unitInName && !ownUnit && looksLikeUnit(unitInName[2] ?? '') ? (unitInName[1] ?? '') : printed;
    if (!name) continue;
    category = get('category') || category;
    const target = parseTarget(get('target'));
    const baseline = parseTarget(get('baseline'));
    const achievedText = get('achieved');
    const indicator: ParsedIndicator = {
      seq: startSeq + indicators.length,
      table: table.title,
      category,
      name: name.replace(/\s+/g, ' '),
      unit: ownUnit || (unitInName && looksLikeUnit(unitInName[2] ?? '') ? (unitInName[2] ?? '') : ''),
      baseline,
      target,
      achieved: table.roles.includes('achieved') ? parseTarget(achievedText) : null,
      attribute: parseAttribute(get('attribute')),
      owner: get('owner'),
      line: row.line,
    };
    indicators.push(indicator);
    const labelled: [string, ParsedTarget][] = [
      ['目标值', target],
      ['基期值', baseline],
    ];
    for (const [label, v] of labelled) {
      if (v.isNone || v.comparator !== null || v.text === '' || /完成/.test(v.text)) continue;
      unplaced.push({ line: row.line, text: `${name}:${v.text}`, reason: `${label}“${v.text}”无法识别为数值,已保留原文`, kind: 'unplaced' });
    }
    if (table.roles.includes('target') && get('target') === '') {
      unplaced.push({ line: row.line, text: name, reason: '这一行没有目标值', kind: 'unplaced' });
    }
  }
  return { indicators, unplaced };
};
