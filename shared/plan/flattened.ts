// Tables that reached us as text: one cell per line ending in `|` (seed 004), one cell per line with
// no marker, or one row per line with cells split by `|` or tabs (bar-rows.ts). Rebuilt into rows for table-rows.ts.
import { isImprintLine } from './imprint.js';
import { isGroupHeading, readHeading } from './numbering.js';
import { headlessBarTable } from './headless-bar-rows.js';
import { barRowsTable } from './bar-rows.js';
import { columnMemory, fitRow, isUnitCell, repeatedColumnValues, type ColumnMemory } from './row-align.js';
import { headerRun, headerStartsAt, unglueHeaders, unknownHeadStart, withoutRepeatedHeader } from './flat-header.js';
import { headerRoles, roleOfHeader, type Role, type TableRow } from './table-rows.js';
import { tableCell } from './text.js';
import { rowsWithInnerSeq } from './seq-inside.js';
import { rowsFromUnitLines } from './unit-line-rows.js';
import { joinBrokenCells, titleBefore } from './flattened-forms.js';
import { joinUnitTails } from './unit-tails.js';
import { spacedTable } from './spaced-table.js';
import { spacedTableByContent } from './spaced-by-content.js';
import { oneLineTable } from './one-line-table.js';
import { sentenceRowsTable } from './sentence-rows.js';
import { rowsAtTaskCells, unitRowFollows } from './unnumbered-rows.js';
import { unitDutyTable } from './unit-duty-table.js';
import { scoringTable } from './scoring-table.js';
import { rowsAtGroupColumn } from './group-column-rows.js';
import { joinAdjacentLines } from './blank-parted.js';
import { isCutLastCell, rowsEndedByBars, rowsOfCountedBars } from './bar-end-rows.js';
import { rowsAtTaskNumbers } from './task-number-rows.js';
import type { SourceLine } from './body.js';
import { rowsFollow, SIGNATURE_DATE, startTest, withoutEmptySeq } from './row-starts.js';
import { foldProgressTail } from './progress-tail.js';

export type FoundTable = { title: string; roles: Role[]; rows: TableRow[]; lines: number[]; headerLine: number; stray: Cell[]; headers?: string[] };

export type Cell = { line: number; text: string };

/**
 * Groups flat cells into rows of the header's width; rows that miss their leading (merged) cells are
 * right-aligned. Short rows are fitted a second time with what the full rows showed of each column.
 */
export const cellsToRows = (cells: Cell[], roles: Role[]): TableRow[] => {
  const first = groupRows(cells, roles);
  const exact = columnMemory(first.exact, roles);
  const memory = exact.size > 0 ? exact : repeatedColumnValues(first.rows.map((r) => r.cells), roles);
  // A last progress cell run over several paragraphs (progress-tail.ts).
  return foldProgressTail(memory.size === 0 ? first.rows : groupRows(cells, roles, memory).rows, roles);
};

const groupRows = (cells: Cell[], roles: Role[], memory?: ColumnMemory): { rows: TableRow[]; exact: string[][] } => {
  const width = roles.length;
  /** Rows whose cells matched the header one for one: what each column holds. */
  const exact: string[][] = [];
  const isStart = startTest(roles[0]);
  const hasStarts = cells.some((c) => isStart(c.text));
  const rows: TableRow[] = [];
  let current: Cell[] = [];
  let isStartRow = false;
  /** Has a numbered row come since the table's start or its last group row? */
  let startSeen = false;
  /**
   * The last row's 序号. While a row still lacks cells, a number that does not follow it (an amount such
   * as `300` in a 投资 column) is that row's cell, not the next row's number; numbering may restart at 1
   * in each group, and an excerpt keeps the full table's numbers (3, 68, 69) between complete rows.
   */
  let lastSeq: number | null = null;
  const plausibleStart = (text: string): boolean => {
    const m = /^(\d{1,3})[*＊※]?[.、]?$/.exec(text);
    if (!m || roles[0] !== 'seq') return true;
    const n = Number(m[1]);
    if (isStartRow && current.length < width && lastSeq !== null && n !== 1 && (n <= lastSeq || n > lastSeq + 2)) return false;
    lastSeq = n;
    return true;
  };
  const flush = (): void => {
    if (current.length === 0) return;
    const texts = current.map((c) => c.text);
    const line = current[0]?.line ?? 0;
    if (isStartRow && hasStarts && texts.length <= 4 * width) {
      // A numbered row: fit its cells to the header (missing merged cells, a cell over two lines).
      if (texts.length === width) exact.push(texts);
      const fitted = fitRow(texts, roles, memory);
      rows.push({ line, cells: fitted.cells });
      if (fitted.next) rows.push({ line: current[width]?.line ?? line, cells: fitted.next });
      current = [];
      return;
    }
    if (isStartRow || !hasStarts) {
      // A short row (a merged cell simply missing, two cells glued) is fitted to the header by content.
      if (texts.length === width) exact.push(texts);
      const padded = texts.length < width || (!hasStarts && texts.length > width) ? fitRow(texts, roles, memory).cells : [...texts.slice(0, width)];
      rows.push({ line, cells: padded });
      const overflow = hasStarts ? current.slice(width) : [];
      current = [];
      if (overflow.length > 0) {
        current = overflow;
        isStartRow = false;
        flush();
      }
      return;
    }
    if (!startSeen && texts.every((t) => t.length <= 40)) {
      // Before the first numbered row under a group: group headings printed across the table
      // (`强化科技创新支撑能力。`, `(一)` / `加强战略科技力量建设。`), not a row's cells.
      for (let i = 0; i < texts.length; i += 1) {
        const bareCode = /^[((][一二三四五六七八九十]+[))]$/.test(texts[i] ?? '') && i + 1 < texts.length;
        const text = bareCode ? `${texts[i]}${texts[i + 1]}` : (texts[i] ?? '');
        rows.push({ line: current[i]?.line ?? line, cells: Array<string>(width).fill(text) });
        if (bareCode) i += 1;
      }
      current = [];
      return;
    }
    for (let i = 0; i < texts.length; i += width - 1) {
      const chunk = texts.slice(i, i + width - 1);
      rows.push({ line: current[i]?.line ?? line, cells: [...Array<string>(width - chunk.length).fill(''), ...chunk] });
    }
    current = [];
  };
  /**
   * A number inside a numbered row that has not got all its cells yet (an amount `300` in row 1) is the
   * row's value, not the next row's 序号: that would be the row's own number plus one.
   */
  const isValueInRow = (text: string): boolean => {
    if (roles[0] !== 'seq' || !isStartRow || current.length >= width) return false;
    const own = Number.parseInt(current[0]?.text ?? '', 10);
    const next = Number.parseInt(text, 10);
    return /^\d+$/.test(text) && Number.isFinite(own) && next !== own + 1;
  };
  for (const cell of cells) {
    // With the task first, a `一、…` cell is a task of its own unless the rows are numbered `1.`: then it is
    // a group row between them.
    // So is a `(二)…` cell among rows numbered `1.`: the 主要任务 cell merged down over the rows that follow.
    if ((isGroupHeading(cell.text) && (roles[0] !== 'task' || hasStarts)) || (hasStarts && roles[0] === 'task' && isParenGroup(cell.text))) {
      flush();
      rows.push({ line: cell.line, cells: Array<string>(width).fill(cell.text) });
      isStartRow = false;
      startSeen = false;
      continue;
    }
    if (hasStarts && isStart(cell.text) && !isValueInRow(cell.text) && plausibleStart(cell.text)) {
      flush();
      startSeen = true;
      isStartRow = true;
      current = [cell];
      continue;
    }
    if (!hasStarts && current.length >= width && !unitCellLate(current, roles)) flush();
    current.push(cell);
  }
  flush();
  return { rows, exact };
};

/**
 * In a table whose rows carry no number, a row ends with the cells after its units: a row whose unit cell
 * came later than the unit column (a text cell printed as two paragraphs) still waits for those cells.
 */
const unitCellLate = (current: Cell[], roles: Role[]): boolean => {
  const lastUnit = roles.reduce((at, r, k) => (r === 'lead' || r === 'participant' || r === 'responsibility' ? k : at), -1);
  if (lastUnit < 0 || current.length >= 2 * roles.length || isUnitCell(current[lastUnit]?.text ?? '')) return false;
  const late = current.findIndex((c, k) => k > lastUnit && isUnitCell(c.text));
  return late > lastUnit && current.length < late + roles.length - lastUnit;
};

/** `(二)召开安全生产工作会议。`: a short heading one level above the `1.` items that open the rows. */
const isParenGroup = (text: string): boolean => readHeading(text.trim())?.kind === 'paren-cn' && text.trim().length <= 40;

/** Finds decomposition tables written as text; returns them with the lines they consumed. */
export const findTextTables = (source: SourceLine[]): FoundTable[] => {
  const lines = unglueHeaders(source);
  const tables: FoundTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]?.text.trim() ?? '';
    // A header of known words split by spaces (`序号 目标任务 三季度 推进情况`), rows `131 任务。 措施。 进展。`.
    // Its header words naming neither the task nor the units, the rows' cells tell them (spaced-by-content.ts).
    // A whole table run onto one line (one-line-table.ts) is read as such a table cut back into its rows.
    // A two-column duty table whose unit column comes first (`相关部门 / 职责分工`, unit-duty-table.ts).
    // A scoring table, items then numbered scoring sentences then the unit (scoring-table.ts).
    const spaced = oneLineTable(lines, i) ?? spacedTable(lines, i) ?? spacedTableByContent(lines, i) ?? unitDutyTable(lines, i) ?? scoringTable(lines, i);
    if (spaced) {
      tables.push(spaced);
      const last = spaced.lines[spaced.lines.length - 1] ?? 0;
      while (i < lines.length && (lines[i]?.line ?? 0) <= last) i += 1;
      continue;
    }
    // Header words ending a line, rows `1、任务。 牵头单位 配合单位` parted by spaces (sentence-rows.ts).
    const sentences = sentenceRowsTable(lines, i);
    if (sentences) {
      tables.push(sentences);
      const last = sentences.lines[sentences.lines.length - 1] ?? 0;
      while (i < lines.length && (lines[i]?.line ?? 0) <= last) i += 1;
      continue;
    }
    // One row per line, cells split by | or tabs.
    const barTable = barRowsTable(lines, i);
    if (barTable) {
      tables.push(barTable.table);
      i = barTable.next;
      continue;
    }
    // Numbered bar rows with no header row at all (headless-bar-rows.ts).
    const headless = headlessBarTable(lines, i);
    if (headless) {
      tables.push(headless);
      const last = headless.lines[headless.lines.length - 1] ?? 0;
      while (i < lines.length && (lines[i]?.line ?? 0) <= last) i += 1;
      continue;
    }
    // One cell per line, with or without a trailing |.
    const marked = tableCell(text) !== null;
    const cellText = marked ? (tableCell(text) ?? '') : text;
    if (cellText && roleOfHeader(cellText) !== null) {
      // Words the reader does not know may open the header (flat-header.ts).
      const from = unknownHeadStart(lines, i, marked);
      const cells: Cell[] = [];
      const stray: Cell[] = [];
      const index: number[] = [];
      for (let j = from; j < lines.length; j += 1) {
        const t = lines[j]?.text.trim() ?? '';
        if (t.length === 0) continue;
        const c = tableCell(t);
        if (marked && c === null) {
          // A stray line inside a marked table (a page header spliced in) when the table goes on after it.
          const next = lines.slice(j + 1).find((l) => l.text.trim().length > 0);
          if (next && tableCell(next.text.trim()) !== null) {
            stray.push({ line: lines[j]?.line ?? 0, text: t });
            continue;
          }
          if (!next && isCutLastCell(t, cells, isImprintLine(t) || SIGNATURE_DATE.test(t))) {
            cells.push({ line: lines[j]?.line ?? 0, text: t });
            index.push(j);
          }
          break;
        }
        cells.push({ line: lines[j]?.line ?? 0, text: marked ? (c ?? '').replace(/^\|+$/, '') : t });
        index.push(j);
        if (!marked && cells.length > 12) break;
      }
      const { header, used: headerCells } = headerRun(cells, 0, from < i);
      const headerRolesFound = headerRoles(header.map((c) => c.text));
      // The unknown word over the rows' 1, 2 (`任务项`) heads the number column.
      // Unknown words before a 序号 word head group columns (group-column-rows.ts).
      const seqAt = headerRolesFound?.indexOf('seq') ?? -1;
      if (headerRolesFound && from < i && seqAt > 0) headerRolesFound.fill('other', 0, seqAt);
      else if (headerRolesFound && from < i && headerRolesFound[0] === 'other') headerRolesFound[0] = 'seq';
      if (headerRolesFound) {
        let body = cells.slice(headerCells);
        if (!marked) {
          // Without markers the table runs until a chapter heading or a long paragraph after the last row.
          body = [];
          for (let j = (index[headerCells - 1] ?? i) + 1; j < lines.length; j += 1) {
            const t = lines[j]?.text.trim() ?? '';
            if (t.length === 0) continue;
            // The next table's header (附件2 …), or its 附件 line, ends this one.
            if (/^附件\s*\d*\s*$/.test(t) || (roleOfHeader(t) !== null && headerStartsAt(lines, j))) break;
            // The signature after the table (an issuer above a date) is the document's, not a row's.
            if (isImprintLine(t) || SIGNATURE_DATE.test(t) || (t.length <= 20 && SIGNATURE_DATE.test(lines.slice(j + 1).find((l) => l.text.trim().length > 0)?.text.trim() ?? ''))) break;
            const h = readHeading(t);
            // A chapter heading ends the table, unless numbered rows follow it: then it is a group
            // row inside the table (`一、经济发展类`), printed across the columns.
            // So does a row of a task and its unit cells in a table whose rows carry no number (unnumbered-rows.ts).
            const unitRow = headerRolesFound[0] === 'seq' && unitRowFollows(lines, j, headerRolesFound.length - 1);
            // (Group columns before 序号, `一级指标 / 二级指标`: rows open at the 序号 cell.)
            const opening = headerRolesFound.find((r) => r !== 'other') ?? headerRolesFound[0];
            if (h && (h.kind === 'cn' || h.kind === 'chapter') && !startTest(opening)(t) && !rowsFollow(lines, j, opening, opening ? headerRolesFound.indexOf(opening) : 0) && !unitRow) break;
            body.push({ line: lines[j]?.line ?? 0, text: t });
          }
        }
        if (!marked) body = joinAdjacentLines(cells.slice(0, headerCells), body);
        body = withoutRepeatedHeader(joinUnitTails(joinBrokenCells(body)), cells.slice(0, headerCells).map((c) => c.text));
        const roles = withoutEmptySeq(body, headerRolesFound, marked);
        const inner = marked ? rowsWithInnerSeq(body, roles) : rowsFromUnitLines(body, roles);
        // (Rows after a numbered one that open at their task's own number: task-number-rows.ts.)
        const barEnded = marked && !inner ? (rowsEndedByBars(body, roles) ?? rowsOfCountedBars(body, roles) ?? rowsAtTaskNumbers(body, roles)) : null;
        const rows = inner?.rows ?? barEnded ?? rowsAtGroupColumn(body, roles) ?? (marked ? null : rowsAtTaskCells(body, roles)) ?? cellsToRows(body, roles);
        const used = [...cells.slice(0, headerCells), ...body, ...stray].map((c) => c.line).sort((a, b) => a - b);
        tables.push({ title: titleBefore(lines, from), roles: inner?.roles ?? roles, rows, lines: used, headerLine: lines[from]?.line ?? 0, stray, headers: header.map((c) => c.text) });
        const last = used[used.length - 1] ?? 0;
        while (i < lines.length && (lines[i]?.line ?? 0) <= last) i += 1;
        continue;
      }
    }
    i += 1;
  }
  return tables;
};
