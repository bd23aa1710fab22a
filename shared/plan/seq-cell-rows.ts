// A decomposition table flattened one cell per line (`1 |` / `一、主要预期目标 |` / `农村居民收入…。 |` / `法规科 |` /
// `张三 |` / `2024年底前 |` / `2 |` / …) with NO header row: nothing says where a row ends but its 序号 cell,
// 1, 2, 3 … in order. Each row is put back on one line (`1 | 农村居民收入… | 法规科 | 张三 | 2024年底前 |`) for
// headless-bar-rows.ts, which tells the columns from the cells. A group cell merged down over its rows
// (`一、…` right after the 序号, printed in the first row of its group only) becomes the heading line above its row.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { roleOfHeader } from './table-rows.js';
import { tableCell } from './text.js';

/** Rows fewer than this are no table; a row of more cells than this is prose cut at bars. */
const FEWEST_ROWS = 3;
const MOST_CELLS = 12;
/** How far above the first row a header's words would stand. */
const HEADER_REACH = 12;

/** A line that is one cell (`法规科 |`, or `|` for an empty one), not a row of several. */
const cellOf = (text: string): string | null => {
  const cell = tableCell(text);
  return cell !== null && !cell.includes('|') ? cell : null;
};

type Row = { seq: SourceLine; cells: SourceLine[] };

/** `一、主要预期目标`, `(二)…`: a group's heading, merged down over its rows. */
export const isGroupCell = (text: string): boolean => {
  const h = readHeading(text);
  return h !== null && (h.kind === 'cn' || h.kind === 'paren-cn');
};

/** The row each 序号 cell opens, from line `i` on, while 序号 cells count up by one; null when no run starts at `i`. */
const rowsFrom = (lines: SourceLine[], i: number): { rows: Row[]; end: number } | null => {
  const first = cellOf(lines[i]?.text ?? '');
  // A table with no header starts at its first row; a header above it (another cell, or a column's word in the
  // lines just above) is flattened.ts's to read.
  if (first !== '1' || (i > 0 && cellOf(lines[i - 1]?.text ?? '') !== null)) return null;
  if (lines.slice(Math.max(0, i - HEADER_REACH), i).some((l) => l.text.split(/[||\s]+/).some((w) => roleOfHeader(w) !== null))) return null;
  const rows: Row[] = [];
  let expect = Number(first);
  let j = i;
  for (; j < lines.length; j += 1) {
    const line = lines[j];
    const cell = line ? cellOf(line.text) : null;
    // The page cut off inside the last row's task cell, before its bar: the text's last line is that cell.
    const row0 = rows[rows.length - 1];
    if (line && cell === null && row0?.cells.length === 0 && lines.slice(j + 1).every((l) => l.text.trim() === '')) {
      row0.cells.push({ line: line.line, text: line.text.trim() });
      j += 1;
      break;
    }
    if (!line || cell === null) break;
    if (cell === String(expect)) {
      rows.push({ seq: line, cells: [] });
      expect += 1;
      continue;
    }
    const row = rows[rows.length - 1];
    if (!row || row.cells.length >= MOST_CELLS) return null;
    row.cells.push({ line: line.line, text: cell });
  }
  return rows.length >= FEWEST_ROWS ? { rows, end: j } : null;
};

/**
 * The lines with each such table's rows put back on one line each (the row keeps its 序号 cell's line number), and
 * the lines each row absorbed added to `absorbed` so the table accounts for them. Lines elsewhere are left alone.
 */
export const seqCellRows = ({ lines, absorbed }: { lines: SourceLine[]; absorbed: Map<number, number[]> }): { lines: SourceLine[]; absorbed: Map<number, number[]> } => {
  const out: SourceLine[] = [];
  const joined = new Map(absorbed);
  let changed = false;
  for (let i = 0; i < lines.length; i += 1) {
    const run = rowsFrom(lines, i);
    // Rows of about one width: most rows hold as many cells as the widest but one (a group cell, a cut last row).
    const widths = run?.rows.map((r) => r.cells.filter((c, k) => !(k === 0 && isGroupCell(c.text))).length) ?? [];
    const width = Math.max(0, ...widths);
    if (!run || width < 2 || widths.filter((w) => w >= width - 1).length < run.rows.length - 1) {
      const line = lines[i];
      if (line) out.push(line);
      continue;
    }
    for (const row of run.rows) {
      const group = row.cells[0] && isGroupCell(row.cells[0].text) ? row.cells[0] : null;
      if (group) out.push(group);
      const own = group ? row.cells.slice(1) : row.cells;
      out.push({ line: row.seq.line, text: `${row.seq.text.replace(/\s*[||]$/, '')} | ${own.map((c) => c.text).join(' | ')} |` });
      const taken = [...own.map((c) => c.line), ...[row.seq, ...own].flatMap((c) => absorbed.get(c.line) ?? [])];
      joined.set(row.seq.line, taken);
      if (group) joined.set(group.line, absorbed.get(group.line) ?? []);
    }
    changed = true;
    i = run.end - 1;
  }
  return changed ? { lines: out, absorbed: joined } : { lines, absorbed };
};
