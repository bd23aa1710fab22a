// A table's last row cut off by the page: the stored text ends inside one of its cells, so the last line
// carries no bar, no box border and no second cell (`11.提前做好重大政策发布前和发布后的解读`). Every table reader
// that ends its rows at the first line not shaped like a row asks here before setting that line aside.
import type { SourceLine } from './body.js';
import { isImprintLine } from './imprint.js';
import { readHeading } from './numbering.js';

const DATE = /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/;

/**
 * Is line `j` the text's last line and the start of a cell the page cut: a text long enough to be a task's,
 * not closed by a full stop (a closing remark), no date or 印发 line (the document's imprint) and no chapter
 * heading (`三、保障措施` starts the body again)? With `numbered`, only a numbered item (`11.…`, `(4)…`) opens
 * a row: an unnumbered line may be the cut sub-row of a merged cell (`新增学位…` under the row above).
 */
export const isPageCutRow = (lines: SourceLine[], j: number, numbered = false): boolean => {
  const text = lines[j]?.text.trim() ?? '';
  if (text.length < 6 || lines.slice(j + 1).some((l) => l.text.trim().length > 0)) return false;
  if (/[。!?!?::]$/.test(text) || DATE.test(text) || isImprintLine(text)) return false;
  const heading = readHeading(text);
  if (numbered) return heading !== null && (heading.kind === 'num' || heading.kind === 'paren-num') && heading.rest.length >= 6;
  return !(heading && (heading.kind === 'cn' || heading.kind === 'chapter'));
};
