// Group rows inside a spaced table (spaced-table.ts): `一、主要预期目标`, `(一)…` printed across the table on a
// line of their own between the rows `N 任务。 单位 进展。`. Before this, the first one (right under the header)
// ended the table before any row, and later ones ended it or ran into the last row's last cell.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';

const ROW = /^(\d{1,3})\s+\S/;

/** A short heading line of the kinds that group a table's rows (`一、`, `(一)`, `第一部分`), no sentence inside. */
const isGroupLine = (text: string): boolean => {
  const kind = readHeading(text)?.kind;
  return (kind === 'cn' || kind === 'paren-cn' || kind === 'chapter') && text.length <= 40 && !/[。;;]/.test(text.replace(/[。.]$/, ''));
};

/**
 * Is line `at` a group row of the table? It is a group heading, and past it (and any group headings right
 * after it, `二、重点工作` / `(一)…`) the next line opens a numbered row that goes on from `lastSeq` (the
 * next number, or 1 when each group counts again).
 */
export const isSpacedGroupRow = (lines: SourceLine[], at: number, lastSeq: number): boolean => {
  if (!isGroupLine(lines[at]?.text.trim() ?? '')) return false;
  for (let j = at + 1; j < lines.length && j <= at + 4; j += 1) {
    const t = lines[j]?.text.trim() ?? '';
    if (t.length === 0 || isGroupLine(t)) continue;
    const n = Number(ROW.exec(t)?.[1] ?? '0');
    return n === lastSeq + 1 || n === 1;
  }
  return false;
};
