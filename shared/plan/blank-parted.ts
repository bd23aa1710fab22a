// A one-cell-per-line table whose page parts every cell by a blank line (the header's words each on a line
// with a blank line after it): there, lines that follow each other with no blank line between are one cell —
// a cell's paragraphs (`甲项目:…` / `乙项目:…`) or a unit cell printed one unit a line (`区卫健局` / `区财政局`).
import { isUnitCell } from './row-align.js';
import type { Cell } from './flattened.js';

export const joinAdjacentLines = (header: Cell[], body: Cell[]): Cell[] => {
  // Every header word with a blank line after it, the last one too.
  const parted = header.length >= 3 && [...header, ...body.slice(0, 1)].every((c, k) => k === 0 || c.line - (header[k - 1]?.line ?? 0) >= 2);
  if (!parted) return body;
  const isNumber = (t: string): boolean => /^\d{1,3}[.、]?$/.test(t);
  const out: Cell[] = [];
  let end = -1;
  for (const cell of body) {
    const last = out[out.length - 1];
    // A row's number is a cell of its own wherever it stands.
    if (last && cell.line === end + 1 && !isNumber(cell.text) && !isNumber(last.text)) {
      const units = isUnitCell(last.text) && isUnitCell(cell.text);
      out[out.length - 1] = { line: last.line, text: units ? `${last.text}、${cell.text}` : `${last.text}\n${cell.text}` };
    } else out.push(cell);
    end = cell.line;
  }
  return out;
};
