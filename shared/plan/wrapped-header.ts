// A `|` table whose header row the page wrapped over two lines (`序号 | 重点任务 | 责任单位 |` then
// `进展情况 | 完成状态 |`), and a row whose last cell it wrapped the same way (`… | 已完成70%。 |` then `正常推进 |`).
import { isUnitCell } from './row-align.js';
import { roleOfHeader } from './table-rows.js';

const cellsOf = (text: string): string[] =>
  text.split(/[||]/).map((c) => c.trim()).filter((c, k, all) => !(c === '' && (k === 0 || k === all.length - 1)));

const closesWithBar = (text: string): boolean => /[||]$/.test(text);
const opensWithBar = (text: string): boolean => /^[||]/.test(text);

/** A header word: short, no sentence, no number, no unit. */
const isHeaderWord = (cell: string): boolean => cell.length >= 2 && cell.length <= 8 && !/[,,。;;::、\d]/.test(cell) && !isUnitCell(cell);

const withoutTrailingEmpty = (cells: string[]): string[] => {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === '') n -= 1;
  return cells.slice(0, n);
};

/**
 * The header's second line when line `header` closes with a bar and the next line (no opening bar, closing one)
 * holds only header words, at least one of them a known column word, and the row under both prints as many
 * cells as the two lines together. Null otherwise.
 */
export const headerSecondLine = (header: string, next: string, firstRow: string): string[] | null => {
  if (!closesWithBar(header) || opensWithBar(next) || !closesWithBar(next)) return null;
  const more = withoutTrailingEmpty(cellsOf(next));
  if (more.length === 0 || !more.every(isHeaderWord) || !more.some((c) => roleOfHeader(c) !== null)) return null;
  const own = cellsOf(header).length;
  const width = own + more.length;
  if (!closesWithBar(firstRow)) return null;
  // Rows printed with empty cells after their last (`… | 80% | ||`) still fit: they print more than the first line
  // names and no more than both lines do.
  const row = cellsOf(firstRow);
  const printed = withoutTrailingEmpty(row).length;
  return row.length === width || (row.length > width && printed > own && printed <= width) ? more : null;
};

/**
 * A row closed by its bar but short of the header's `width`, before a line that opens with no bar and holds the
 * cells it lacks, each short (the status word of a wrapped last cell): one row.
 */
export const rowTailLine = (row: string, next: string, width: number): boolean => {
  if (!closesWithBar(row) || opensWithBar(next) || !closesWithBar(next)) return false;
  const tail = cellsOf(next);
  return tail.length > 0 && tail.every((c) => c.length > 0 && c.length <= 8 && !/[,,。;;、\d]/.test(c) && !isUnitCell(c)) && cellsOf(row).length + tail.length === width;
};
