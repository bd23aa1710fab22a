// Tables drawn with box characters (┌─┬─┐ │cell│cell│ ├─┼─┤ └─┴─┘), as law databases and old Word
// files repost them. Cells wrap over several text lines between rule lines and the spaces were
// collapsed, so character offsets say nothing; what holds is that every line has one segment per
// column. A rule segment ends that column's current cell, text segments add to it, and a rule may run
// across only some columns (merged cells span rows). The reader turns such a run of lines into a
// table block of rows for the ordinary table reader.
import type { DocBlock, PlanDocument } from './document.js';
import { headerRoles, type TableRow } from './table-rows.js';
import { indicatorRoles } from './indicator-roles.js';
import type { UnplacedLine } from './types.js';

export type BoxLine = { line: number; text: string };

/** Verticals and junctions that separate segments in a text line. */
const VERTICALS = /[│┃║├┤┼┬┴┌┐└┘╋┣┫┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝|｜]/;
/** In a rule line `+` is a junction too (`+----+----+`). */
const RULE_EDGES = /[│┃║├┤┼┬┴┌┐└┘╋┣┫┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝|｜+]/;
const RULE_LINE = /^[\s│┃║├┤┼┬┴┌┐└┘╋┣┫┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝|｜+─━═\-=]+$/;
const RULE_SEGMENT = /^\s*[─━═\-=]+\s*$/;
/** A box run needs a drawn character, or an ASCII `+---+` rule, to be told apart from `a | b |` rows. */
const DRAWN = /[│┃║├┤┼┬┴┌┐└┘╋┣┫┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝─━═]/;
const ASCII_RULE = /^\s*\+[-=]+\+/;
/** Marks that open a sub-item inside one cell (△ item, ◆ item, · item). */
const MARKER = /^[△▲◆◇●○■□•·]\s*/;

type Segment = { rule: boolean; text: string };

const splitLine = (text: string): Segment[] => {
  const trimmed = text.trim();
  const parts = trimmed.split(RULE_LINE.test(trimmed) ? RULE_EDGES : VERTICALS);
  // The leading edge leaves an empty first part; a trailing edge an empty last one.
  if (parts.length > 0 && (parts[0] ?? '').trim() === '') parts.shift();
  if (parts.length > 0 && (parts[parts.length - 1] ?? '') === '') parts.pop();
  return parts.map((p) => (RULE_SEGMENT.test(p) ? { rule: true, text: '' } : { rule: false, text: p.trim() }));
};

const isBoxLine = (text: string): boolean => {
  const t = text.trim();
  if (t.length === 0 || !RULE_EDGES.test(t[0] ?? '')) return false;
  const edges = RULE_LINE.test(t) ? RULE_EDGES : VERTICALS;
  return (t.match(new RegExp(edges.source, 'g'))?.length ?? 0) >= 2;
};

/** A cell: its text lines, and the run of line indices (within the table) it covers. */
type Cell = { texts: string[]; first: number; last: number };

/** Reads one box table (its lines) into per-column cells. */
const columnCells = (lines: BoxLine[]): Cell[][] | null => {
  const split = lines.map((l) => splitLine(l.text));
  const counts = new Map<number, number>();
  for (const s of split) counts.set(s.length, (counts.get(s.length) ?? 0) + 1);
  const width = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  if (width < 2) return null;
  const columns: Cell[][] = Array.from({ length: width }, () => []);
  const open: (Cell | null)[] = Array.from({ length: width }, () => null);
  // The page cut the table inside its last row (`│ │ │7.节日期间在公园、游园、重点地`, no closing edge): the
  // columns it reached go on, the others are left as they were.
  const lastText = lines[lines.length - 1]?.text.trim() ?? '';
  const cut = split[split.length - 1];
  if (cut && cut.length < width && !RULE_LINE.test(lastText) && !VERTICALS.test(lastText.slice(-1))) {
    split[split.length - 1] = [...cut, ...Array.from({ length: width - cut.length }, () => ({ rule: false, text: '' }))];
  }
  split.forEach((segments, index) => {
    if (segments.length !== width) return;
    segments.forEach((seg, c) => {
      if (seg.rule) {
        open[c] = null;
        return;
      }
      let cell = open[c];
      if (!cell) {
        cell = { texts: [], first: index, last: index };
        open[c] = cell;
        columns[c]?.push(cell);
      }
      cell.last = index;
      if (seg.text) cell.texts.push(seg.text);
    });
  });
  return columns.map((cells) => cells.filter((c) => c.texts.length > 0));
};

/** Wrapped text rejoins without spaces: the wrap fell wherever the cell's width ran out. */
const joined = (cell: Cell | undefined): string => (cell ? cell.texts.join('') : '');

type Item = { text: string; at: number; marked: boolean };

/** A task cell's items: one per marked line (with its wrapped continuation), or the whole cell. */
const itemsOf = (cell: Cell, lineTexts: Map<number, string>): Item[] => {
  const items: Item[] = [];
  for (let i = cell.first; i <= cell.last; i += 1) {
    const text = lineTexts.get(i);
    if (!text) continue;
    const last = items[items.length - 1];
    if (MARKER.test(text) || !last) items.push({ text: text.replace(MARKER, ''), at: i, marked: MARKER.test(text) });
    else last.text += text;
  }
  return items;
};

/** Turns one box table into rows: the header (each column's first cell), then one row per task item (none when cut off). */
export const boxTableRows = (lines: BoxLine[]): TableRow[] | null => {
  const columns = columnCells(lines);
  if (!columns) return null;
  const header = columns.map((cells) => joined(cells[0]).replace(/\s+/g, ''));
  const lineOf = (index: number): number => lines[index]?.line ?? lines[0]?.line ?? 0;
  const headerLine = lineOf(Math.min(...columns.map((cells) => cells[0]?.first ?? 0)));
  const rows: TableRow[] = [{ line: headerLine, cells: header }];
  const roles = headerRoles(header);
  const taskColumn = roles ? roles.findIndex((r) => r === 'task' || r === 'content') : 0;
  const body = (c: number): Cell[] => (columns[c] ?? []).slice(1);
  // The cell beside an item's first line; when a rule is drawn on that very line, the cell below it.
  const cellAt = (c: number, index: number): Cell | undefined =>
    body(c).find((cell) => cell.first <= index && index <= cell.last) ?? body(c).find((cell) => cell.first > index);
  // Each line of the task column, so a cell can be cut into its marked items.
  const taskLines = new Map<number, string>();
  lines.forEach((l, index) => {
    const seg = splitLine(l.text)[taskColumn];
    if (seg && !seg.rule && seg.text) taskLines.set(index, seg.text);
  });
  // An indicator table (指标名称 | 单位 | 2005年现值 | 2010年目标值): a row per cell of its finest value column,
  // each other column giving the cell beside it (a 项目 or a name spanning sub-rows repeats).
  const indicator = roles ? null : indicatorRoles(header);
  if (indicator) {
    const values = indicator.flatMap((r, c) => (r === 'target' || r === 'baseline' ? [c] : []));
    const key = values.reduce((best, c) => (body(c).length > body(best).length ? c : best), values[0] ?? 0);
    for (const cell of body(key)) rows.push({ line: lineOf(cell.first), cells: header.map((_, c) => (c === key ? joined(cell) : joined(cellAt(c, cell.first)))) });
    return rows;
  }
  const taskCells = body(taskColumn);
  const items = taskCells.map((cell) => itemsOf(cell, taskLines));
  const usesMarkers = items.some((its) => its.some((i) => i.marked));
  items.forEach((its, k) => {
    // In a table that lists its tasks as marked items, a cell with no mark is the heading over them.
    if (usesMarkers && its.every((i) => !i.marked)) {
      const text = joined(taskCells[k]);
      rows.push({ line: lineOf(taskCells[k]?.first ?? 0), cells: header.map(() => text) });
      return;
    }
    for (const item of its) {
      const cells = header.map((_, c) => (c === taskColumn ? item.text : joined(cellAt(c, item.at))));
      rows.push({ line: lineOf(item.at), cells });
    }
  });
  return rows;
};

/** Finds runs of box-drawn lines; each run (split where a new table opens with ┌ or +) is one table. */
export const findBoxTables = (lines: BoxLine[]): BoxLine[][] => {
  const runs: BoxLine[][] = [];
  let run: BoxLine[] = [];
  const flush = (): void => {
    if (run.some((l) => DRAWN.test(l.text) || ASCII_RULE.test(l.text)) && run.some((l) => RULE_LINE.test(l.text.trim())) && run.some((l) => !RULE_LINE.test(l.text.trim()))) runs.push(run);
    run = [];
  };
  for (const l of lines) {
    // A page saved with a blank line after every line keeps its table: a blank line does not end a run.
    if (l.text.trim() === '' && run.length > 0) continue;
    if (!isBoxLine(l.text)) {
      flush();
      continue;
    }
    if (/^\s*[┌┏╔]/.test(l.text) && run.length > 0) flush();
    run.push(l);
  }
  flush();
  return runs;
};

/**
 * Box-drawn tables (┌─┬─┐ │…│) written as text become table blocks before anything else reads them.
 * One with only its header (the page cut it off) is set aside and listed, not read as lines.
 */
export const liftBoxTables = (doc: PlanDocument): { doc: PlanDocument; headerOnly: UnplacedLine[] } => {
  const lines = doc.blocks.flatMap((b) => (b.kind === 'line' ? [{ line: b.line, text: b.text }] : []));
  const headerOnly: UnplacedLine[] = [];
  const tables = findBoxTables(lines).flatMap((run) => {
    const found = boxTableRows(run);
    // A lone row that is not a plan table's header (a boxed title, a note) stays as lines.
    const rows = found && (found.length > 1 || headerRoles(found[0]?.cells ?? [])) ? found : null;
    if (rows && rows.length === 1) {
      const header = rows[0]?.cells.filter(Boolean).join(' ') ?? '';
      headerOnly.push({ line: rows[0]?.line ?? 0, text: header, reason: '表格只有表头,没有任何行(原文可能在此截断)', kind: 'unplaced' });
    }
    return rows ? [{ lines: new Set(run.map((l) => l.line)), first: run[0]?.line ?? 0, rows: rows.length > 1 ? rows : null }] : [];
  });
  if (tables.length === 0) return { doc, headerOnly };
  const blocks: DocBlock[] = [];
  for (const b of doc.blocks) {
    const table = b.kind === 'line' ? tables.find((t) => t.lines.has(b.line)) : undefined;
    if (!table) blocks.push(b);
    else if (table.rows && table.first === (b.kind === 'line' ? b.line : -1)) blocks.push({ kind: 'table', line: table.first, rows: table.rows });
  }
  return { doc: { format: doc.format, blocks }, headerOnly };
};
