// Indicator tables (指标表): category, name, unit, baseline, target, attribute, owner. They arrive as
// real tables (.docx/.xlsx), one cell per line (seed 003, `cell |` lines), one row per line with columns
// split by spaces (seed 000, PDF pages with wide gaps), or in the shapes with explicit rows that
// indicator-shapes.ts reads (HTML pasted as text, leading bars, 序号 rows, tables printed sideways).
import type { SourceLine } from './body.js';
import { isAttributeCell } from './target.js';
import { tableCell } from './text.js';
import { indicatorRoles, isQualifierOver, joinSpacedWords, mergeHeaderCells, roleOfWord, spreadSpanningHeader, type IndicatorRole } from './indicator-roles.js';
import { htmlRows } from './indicator-html.js';
import { barCells, barRows, isTableEnd as isEnd, leadingBarRows, tableFromRows } from './indicator-shapes.js';
import { transposedTable } from './indicator-transposed.js';
import { readSpacedRows, spacedCells } from './indicator-spaced.js';
import { splitRunOnTable } from './indicator-runon.js';
import { splitGluedTable } from './indicator-glued.js';
import { categoryHeading, isValueCell, numberedGroup } from './indicator-cells.js';
import { readSeqTable } from './indicator-seq-table.js';
import { captionCellsInHeader, titleBefore, withCaption } from './indicator-caption.js';
import { continuesNumbering, fillShortRow, rowCellCount } from './indicator-short-rows.js';
import { unbarCellRuns } from './indicator-bar-cells.js';
import { readRunOnRows } from './indicator-runon-rows.js';
import { closedBarRows, lonesAreCells, opensClosedRows, withEmptyCells } from './indicator-closed-rows.js';
import { impliedSeqRoles } from './indicator-seq-table.js';
import { readSubRows } from './indicator-sub-rows.js';

export { indicatorRoles, type IndicatorRole } from './indicator-roles.js';

type Row = { line: number; cells: string[]; /** Set on a category row of a table without a category column. */ category?: string };

export type IndicatorTable = { title: string; roles: IndicatorRole[]; rows: Row[]; lines: number[] };

/** One cell per line: rows have the header's width, or one less when the category cell was merged. */
const readCellRows = (cells: SourceLine[], roles: IndicatorRole[]): { rows: Row[]; used: number } => {
  const rows: Row[] = [];
  const nameAt = roles.indexOf('name');
  const after = roles.length - nameAt - 1;
  const hasCategory = roles[0] === 'category' && nameAt === 1;
  const categoryAt = roles.indexOf('category');
  let category = '';
  let numberedGroups = false;
  const texts = cells.map((c) => c.text.trim());
  const afterRoles = roles.slice(nameAt + 1);
  let above: string[] | null = null;
  const groups = new Set<string>();
  let i = 0;
  while (i < cells.length) {
    const cell = cells[i];
    const next = cells[i + 1]?.text.trim() ?? '';
    const heading = cell ? (categoryHeading(cell.text.trim(), next) ?? (hasCategory ? null : numberedGroup(cell.text.trim(), next, cells[i + 2]?.text.trim() ?? ''))) : null;
    if (heading !== null && !hasCategory) {
      // A category row of a table without a category column: it names the rows below it.
      numberedGroups = true;
      rows.push({ line: cell?.line ?? 0, cells: roles.map((r) => (r === 'category' ? heading : '')), category: heading });
      i += 1;
      continue;
    }
    if (heading !== null && isValueCell(cells[i + 2]?.text.trim() ?? '')) {
      // `一、经济增长` in the 类别 column, a row right under it: the group of the rows below, not a heading
      // that ends the table (a chapter heading after the table is followed by text, not by a row).
      category = heading;
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
    // An unnumbered 类别 row (`经济发展`) in a table with a 属性 column: the row read from the next cell ends
    // on an attribute, the row read from this one does not.
    const attrLast = roles[roles.length - 1] === 'attribute' && !hasCategory && nameAt === 0;
    const at = (k: number): string => cells[k]?.text.trim() ?? '';
    if (attrLast && at(i).length <= 10 && !isValueCell(at(i)) && !isValueCell(next) && isAttributeCell(at(i + 1 + after)) && !isAttributeCell(at(i + after))) {
      const name = at(i);
      if (numberedGroups) {
        // Under numbered groups (`四、绿色发展`) an unnumbered cell in front of a row is that row's merged
        // group cell (`空气质量 | 城市PM2.5下降 | …`): it names the row, the numbered group stays.
        const values = cells.slice(i + 2, i + 2 + after).map((c) => c.text.trim());
        rows.push({ line: cell.line, cells: [`${name}:${at(i + 1)}`, ...values] });
        i += 2 + after;
        continue;
      }
      rows.push({ line: cell.line, cells: roles.map(() => ''), category: name });
      i += 1;
      continue;
    }
    // Merged or empty cells the flattening dropped (indicator-short-rows.ts): a row may be shorter than
    // the header, and a cell with no row of its own is the group cell of the rows under it.
    const short = hasCategory ? after : rowCellCount(texts, i, afterRoles, groups);
    if (short === 0 && !isValueCell(texts[i] ?? '') && !isEnd(texts[i + 1] ?? '') && rowCellCount(texts, i + 1, afterRoles, groups) > 0) {
      groups.add(texts[i] ?? '');
      rows.push({ line: cell.line, cells: roles.map(() => ''), category: texts[i] ?? '' });
      i += 1;
      continue;
    }
    const shortValues = texts.slice(i + 1, i + 1 + short);
    if (short > 0 && short < after && i + 1 + short < texts.length && ![...shortValues, texts[i + 1 + short] ?? ''].some(isEnd)) {
      const filled = fillShortRow(shortValues, afterRoles, above);
      rows.push({ line: cell.line, cells: [cell.text.trim(), ...filled] });
      above = filled;
      i += 1 + short;
      continue;
    }
    const values = cells.slice(i + 1, i + 1 + after).map((c) => c.text.trim());
    const endAt = values.findIndex((v) => isEnd(v));
    if (endAt >= 0 || values.length < after) {
      // The table's last row, short of a cell the text lost (an empty 属性 cell): it keeps the cells it
      // has when they read as values; page furniture after a table (`相关文章`) has none and is left out.
      const kept = endAt >= 0 ? values.slice(0, endAt) : values;
      if (kept.some(isValueCell) && !isValueCell(cell.text.trim())) {
        rows.push({ line: cell.line, cells: [...(hasCategory ? [category] : []), cell.text.trim(), ...kept, ...Array<string>(after - kept.length).fill('')] });
        i += 1 + kept.length;
      } else if (kept.length === 0 && endAt < 0 && continuesNumbering([...rows].reverse().find((r) => r.category === undefined)?.cells ?? [], cell.text.trim())) {
        // `5.实际利用外资` after row 4, and the text ends: the row the page cut off, a name with no values,
        // not a task of the body.
        rows.push({ line: cell.line, cells: [...(hasCategory ? [category] : []), cell.text.trim(), ...Array<string>(after).fill('')] });
        i += 1;
      }
      break;
    }
    const rowCells = [...(hasCategory ? [category] : []), cell.text.trim(), ...values];
    rows.push({ line: cell.line, cells: rowCells });
    above = values;
    i += 1 + after;
  }
  return { rows, used: i };
};

type Line = { line: number; text: string };

/** Tables whose rows are explicit (HTML, leading bars, sideways); read on the lines as they came. */
const findRowTables = (input: Line[]): IndicatorTable[] => {
  const tables: IndicatorTable[] = [];
  for (let i = 0; i < input.length; i += 1) {
    const text = input[i]?.text ?? '';
    const line = input[i]?.line ?? 0;
    if (/<t[dr][\s>]/i.test(text)) {
      const found = tableFromRows(htmlRows(line, text));
      const caption = /<p[^>]*>\s*([^<]*(?:指标|目标)[^<]*)<\/p>\s*(?:<[^>]*>\s*)*<table/i.exec(text)?.[1]?.trim() ?? '';
      if (found) tables.push({ title: caption || titleBefore(input, i), roles: found.roles, rows: found.rows, lines: [line] });
      continue;
    }
    if (opensClosedRows(input, i)) {
      const { rows, used } = closedBarRows(input.slice(i));
      const found = rows.length >= 2 ? tableFromRows(rows) : null;
      if (found) {
        tables.push({ title: titleBefore(input, i), roles: found.roles, rows: found.rows, lines: withCaption(input, i, input.slice(i, i + used).map((l) => l.line)) });
        i += used - 1;
        continue;
      }
    }
    if (!text.trim().startsWith('|') && /^\s*\|\s*\S/.test(input[i + 1]?.text ?? '')) {
      const { rows, used } = leadingBarRows(input.slice(i));
      const found = rows.length >= 2 ? tableFromRows(rows) : null;
      if (found) {
        tables.push({ title: titleBefore(input, i), roles: found.roles, rows: found.rows, lines: withCaption(input, i, input.slice(i, i + used).map((l) => l.line)) });
        i += used - 1;
        continue;
      }
    }
    if (barCells(text).length >= 2) {
      const { rows, used } = barRows(input.slice(i));
      const found = tableFromRows(rows);
      if (found) {
        tables.push({ title: titleBefore(input, i), roles: found.roles, rows: found.rows, lines: withCaption(input, i, input.slice(i, i + used).map((l) => l.line)) });
        i += used - 1;
        continue;
      }
    }
    if (text.includes('|')) {
      const sideways = transposedTable(input.slice(i));
      if (sideways) {
        tables.push({ title: titleBefore(input, i), roles: sideways.roles, rows: sideways.rows, lines: withCaption(input, i, input.slice(i, i + sideways.used).map((l) => l.line)) });
        i += sideways.used - 1;
      }
    }
  }
  return tables;
};

export const findTextIndicatorTables = (lines0: SourceLine[]): IndicatorTable[] => {
  // A table run into one line is read as the lines it was written in (same line number for each).
  // A run of bar-led cells without row marks (indicator-bar-cells.ts) is read one cell per line.
  const input = unbarCellRuns(lines0.flatMap((l) => (splitRunOnTable(l.text) ?? splitGluedTable(l.text) ?? [l.text]).map((text) => ({ line: l.line, text }))));
  const inputLines = new Set(input.map((l) => l.line));
  const tables = findRowTables(input);
  const taken = new Set(tables.flatMap((t) => t.lines));
  // A table flattened as `cell |` lines reads like one cell per line once the bars are off; a line of
  // bars alone (`||||`, an empty row) is nothing; a lone `|` is an empty cell, kept for 序号 tables.
  const withEmpty = input
    .filter((l) => !taken.has(l.line) && !/^\s*\|{2,}\s*$/.test(l.text))
    .map((l) => ({ line: l.line, text: /^\s*\|\s*$/.test(l.text) ? '' : (tableCell(l.text) ?? l.text) }));
  const lines = withEmpty.filter((l) => !/^[|\s]*$/.test(l.text));
  const found = tables.length;
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]?.text.trim() ?? '';
    const tokens = joinSpacedWords(spacedCells(text));
    // Space-separated header on one line, or its name cell on the line above (`指 标` / `单位 2015年 2020年`).
    const nextTokens = joinSpacedWords(spacedCells(lines[i + 1]?.text ?? ''));
    const whole = tokens.length >= 2 ? indicatorRoles(tokens) : null;
    // A caption naming the table (`“十四五”主要指标`) above a whole header line is no name cell of it.
    const nextHasName = nextTokens.some((t) => roleOfWord(t) === 'name');
    const split = !whole && !nextHasName && roleOfWord(text) === 'name' && nextTokens.length >= 2 ? indicatorRoles([text, ...nextTokens]) : null;
    const spaced = whole ?? split;
    if (spaced) {
      const skip = split ? 2 : 1;
      const rest = lines.slice(i + skip);
      const { rows, used } = readSpacedRows(rest, spaced);
      tables.push({ title: titleBefore(lines, i), roles: spaced, rows, lines: withCaption(lines, i, [...lines.slice(i, i + skip), ...rest.slice(0, used)].map((l) => l?.line ?? 0)) });
      i += used + skip;
      continue;
    }
    // Caption, header and rows run into a few lines with no row numbers (indicator-runon-rows.ts).
    const runOn = readRunOnRows(lines, i);
    if (runOn) {
      tables.push(runOn);
      const last = Math.max(...runOn.lines);
      while (i < lines.length && (lines[i]?.line ?? 0) <= last) i += 1;
      continue;
    }
    // Header one cell per line (a header cell may be broken over two lines: `2015` / `基期值`).
    const header: SourceLine[] = [];
    for (let j = i; j < lines.length && header.length < 12; j += 1) {
      const t = lines[j]?.text.trim() ?? '';
      if (t.length === 0) continue;
      if (roleOfWord(t) === null && !isQualifierOver(t, lines[j + 1]?.text.trim() ?? '')) break;
      header.push({ line: lines[j]?.line ?? 0, text: t });
    }
    const at = i + captionCellsInHeader(header.map((h) => h.text));
    header.splice(0, at - i);
    const headerRoles = header.length >= 2 ? indicatorRoles(spreadSpanningHeader(mergeHeaderCells(header.map((h) => h.text)))) : null;
    const lastHeaderLine = header[header.length - 1]?.line ?? 0;
    const roles = headerRoles && impliedSeqRoles(withEmpty.filter((l) => l.line > lastHeaderLine).map((l) => l.text.trim()), headerRoles);
    if (roles) {
      const lastHeader = lastHeaderLine;
      if (roles.includes('seq')) {
        const { rows, last } = readSeqTable(withEmpty, lastHeader, roles);
        const used = withEmpty.filter((l) => l.line >= (header[0]?.line ?? 0) && l.line <= last).map((l) => l.line);
        tables.push({ title: titleBefore(lines, at), roles, rows, lines: withCaption(lines, at, used) });
        while (i < lines.length && (lines[i]?.line ?? 0) <= last) i += 1;
        continue;
      }
      // Written `cell |` with a lone `|` for an empty cell (indicator-closed-rows.ts), the empty cells stay.
      const rest = lonesAreCells(input, lastHeader) ? withEmptyCells(withEmpty, lastHeader, roles[roles.length - 1] === 'attribute') : lines.filter((l) => l.line > lastHeader && l.text.trim().length > 0);
      const { rows, used } = readCellRows(rest, roles);
      tables.push({ title: titleBefore(lines, at), roles, rows, lines: withCaption(lines, at, [...header, ...rest.slice(0, used)].map((l) => l.line)) });
      const last = rest[used - 1]?.line ?? lastHeader;
      while (i < lines.length && (lines[i]?.line ?? 0) <= last) i += 1;
      continue;
    }
    i += 1;
  }
  // Lines of bars alone (`|`, `|||||`) between a table's first and last cell are its empty cells and rows.
  for (const t of tables.slice(found)) {
    const from = Math.min(...t.lines);
    const to = Math.max(...t.lines);
    const bars = input.filter((l) => l.line > from && l.line < to && /^[|\s]*$/.test(l.text)).map((l) => l.line);
    // So are the wrapped lines a bar-led run joined to the cell above (`2015年` / `目 标`).
    const joined = lines0.filter((l) => l.line > from && l.line < to && !inputLines.has(l.line)).map((l) => l.line);
    t.lines = [...t.lines, ...bars, ...joined];
  }
  return tables;
};

export { indicatorsFromTable } from './indicator-values.js';
