// A table some sites flatten with the cell's bar on a line of its own: `类别` / `|` / `序号` / `|`, and a
// cell over several lines keeps them all before its bar (`区农业农村委*、` / `区规划资源局、` / `|`). The
// lines of each cell are joined into the usual `cell |` line, so flattened.ts reads the table as any
// other one-cell-per-line table.
import type { SourceLine } from './body.js';
import { isDepartmentLike } from './unit-names.js';
import { seqCellRows } from './seq-cell-rows.js';

const BAR = /^\|+$/;
/** A cell printed over more lines than this is prose that happens to precede a bar, not one cell. */
const MAX_CELL_LINES = 12;

/**
 * A cell's lines joined back: a name wrapped over two lines is one text again, but a cell that lists one
 * unit a line (`地震局` / `财政局`) lists them, so they keep a separator between them.
 */
const joinCellLines = (texts: string[]): string =>
  texts.length > 1 && texts.every((t) => isDepartmentLike(t) && !/[、,,;;]$/.test(t)) ? texts.join('、') : texts.join('');

/**
 * Lines with each bar-only line folded into the cell above it. Only a text with at least four bar-only
 * lines and few `cell |` lines is read this way (one stray `|` is left alone); a joined cell keeps its first line's number,
 * and the line numbers it absorbed are returned so the table can account for them.
 */
const joinCells = (lines: SourceLine[]): { lines: SourceLine[]; absorbed: Map<number, number[]> } => {
  const absorbed = new Map<number, number[]>();
  const bars = lines.filter((l) => BAR.test(l.text.trim())).length;
  // A table already written `cell |` (or `| cell`) uses a bare `|` for its row ends and empty cells.
  const barred = lines.filter((l) => /^\|\s*[^|\s]|[^|\s]\s*\|$/.test(l.text.trim())).length;
  if (bars < 4 || barred * 4 >= bars) return { lines, absorbed };
  const out: SourceLine[] = [];
  let pending: SourceLine[] = [];
  let seenBar = false;
  for (const l of lines) {
    const text = l.text.trim();
    if (!BAR.test(text)) {
      pending.push(l);
      continue;
    }
    // Before the first bar only the line just above it is a cell; anything earlier is the document's text.
    const cell = !seenBar ? pending.slice(-1) : pending.length > MAX_CELL_LINES ? pending.slice(-1) : pending;
    out.push(...pending.slice(0, pending.length - cell.length));
    const first = cell[0];
    if (first) {
      out.push({ line: first.line, text: `${joinCellLines(cell.map((c) => c.text.trim()))} |` });
      absorbed.set(first.line, [...cell.slice(1).map((c) => c.line), l.line]);
    } else {
      // Two bars in a row: an empty cell.
      out.push({ line: l.line, text: '|' });
    }
    pending = [];
    seenBar = true;
  }
  out.push(...pending);
  return { lines: out, absorbed };
};

/** The lines with cells joined, then a header-less table's cells put back into rows by their 序号 (seq-cell-rows.ts). */
export const joinBarLines = (lines: SourceLine[]): { lines: SourceLine[]; absorbed: Map<number, number[]> } => seqCellRows(joinCells(lines));
