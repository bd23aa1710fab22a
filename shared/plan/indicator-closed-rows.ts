// Indicator tables written `cell |` whose rows are marked: a lone `|` opens each row (the page's empty
// first column) and the row's last cell carries the empty cells that pad it to the table's width
// (`市发改委 | ||`). Inside a row a lone `|` is an empty cell (a blank 年均增速). The rows are explicit, so
// they are read as rows (tableFromRows), not one cell per line, where a row whose 类别 cell was merged
// from above would take its name for the 类别.
import type { CellRow } from './indicator-shapes.js';
import { tableCell } from './text.js';
import { isAttributeCell } from './target.js';

const LONE = /^\s*\|\s*$/;
/** `市发改委 | ||`, `| |||`: a cell (maybe empty) and more bars after it, the end of a row. */
const CLOSING = /^(.*?)\|(\s*\|)+\s*$/;

/** Does a table of such rows start here: a lone `|`, a `cell |` line, and a closed row soon after? */
export const opensClosedRows = (lines: { text: string }[], at: number): boolean => {
  if (!LONE.test(lines[at]?.text ?? '') || LONE.test(lines[at + 1]?.text ?? '') || tableCell(lines[at + 1]?.text ?? '') === null) return false;
  for (let k = at + 1; k < Math.min(lines.length, at + 40); k += 1) {
    const m = CLOSING.exec((lines[k]?.text ?? '').trim());
    if (m && (m[1] ?? '').trim().length > 0) return true;
  }
  return false;
};

/** The rows from a lone `|` on, each up to its closing line; empty cells at a row's end are padding. */
export const closedBarRows = (lines: { line: number; text: string }[]): { rows: CellRow[]; used: number } => {
  const rows: CellRow[] = [];
  let cur: CellRow | null = null;
  let i = 0;
  const close = (): void => {
    if (!cur) return;
    while (cur.cells.length > 0 && (cur.cells[cur.cells.length - 1] ?? '').trim() === '') cur.cells.pop();
    if (cur.cells.length > 0) rows.push(cur);
    cur = null;
  };
  for (; i < lines.length; i += 1) {
    const text = (lines[i]?.text ?? '').trim();
    const line = lines[i]?.line ?? 0;
    if (text.length === 0) continue;
    if (LONE.test(text)) {
      if (cur) cur.cells.push('');
      else cur = { line, cells: [] };
      continue;
    }
    const closing = CLOSING.exec(text);
    if (closing) {
      cur ??= { line, cells: [] };
      cur.cells.push((closing[1] ?? '').trim());
      close();
      continue;
    }
    const cell = tableCell(text);
    if (cell === null) break;
    cur ??= { line, cells: [] };
    cur.cells.push(cell);
  }
  close();
  return { rows, used: i };
};

type Line = { line: number; text: string };

/**
 * A one-cell-per-line table written `cell |` prints an empty cell as a lone `|`: kept in place, or the
 * cells after it slide one column left (a row with no 2013 figure would take its 2015 figure as the
 * baseline). A header closed by a lone `|` (or by extra bars on its last line) marks its rows' ends that
 * way instead: there a lone `|` ends a row and is no cell.
 */
export const lonesAreCells = (input: Line[], lastHeader: number): boolean => {
  const at = input.findIndex((l) => l.line === lastHeader);
  const header = input[at]?.text ?? '';
  const rowEnds = LONE.test(input[at + 1]?.text ?? '') || /\|\s*\|+\s*$/.test(header);
  return !rowEnds && /\S\s*\|\s*$/.test(header);
};

/**
 * The cells after the header, an empty one kept unless it stands with others (the table's end, empty
 * rows) or follows a row's closing 属性 cell (`约束性 |` / `|`: the bar ends that row).
 */
export const withEmptyCells = (cells: Line[], after: number, attributeLast: boolean): Line[] => {
  const rest = cells.filter((l) => l.line > after);
  const filled = (k: number): boolean => (rest[k]?.text.trim().length ?? 0) > 0;
  return rest.filter((l, k) => filled(k) || (filled(k - 1) && filled(k + 1) && !(attributeLast && isAttributeCell(rest[k - 1]?.text.trim() ?? ''))));
};
