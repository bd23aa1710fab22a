// A Word table's rows as the page shows them: merged cells filled in, and a header typed again where a new
// page begins left out. Used by docx-xml.ts once a table's raw cells are read.
import type { TableRow } from './table-rows.js';

export type Cell = { text: string; span: number; merge: 'none' | 'restart' | 'continue' };

/** Repeats a spanned cell across its columns and fills vertically merged cells from the cell above. */
export const expandMerges = (rows: { line: number; cells: Cell[] }[]): TableRow[] => {
  const out: TableRow[] = [];
  let above: { text: string; merge: Cell['merge'] }[] = [];
  for (const r of rows) {
    const cells: { text: string; merge: Cell['merge'] }[] = [];
    for (const c of r.cells) for (let k = 0; k < c.span; k += 1) cells.push({ text: c.text, merge: c.merge });
    const filled = cells.map((c, i) => (c.merge === 'continue' && c.text === '' ? { text: above[i]?.text ?? '', merge: c.merge } : c));
    out.push({ line: r.line, cells: filled.map((c) => c.text) });
    above = filled;
  }
  return out;
};

/**
 * A long table's header typed again where a page begins (not Word's repeat flag, which draws it without a
 * row): the first row again, followed by the second and third again when the header has two or three
 * levels. Those rows are the header, not tasks; only the first row of the table starts such a repeat.
 */
export const dropRepeatedHeader = (rows: TableRow[]): TableRow[] => {
  const key = (r: TableRow): string => r.cells.map((c) => c.trim()).join('\u0001');
  const head = rows.slice(0, 3).map(key);
  const first = rows[0];
  if (!first || new Set(first.cells.map((c) => c.trim()).filter(Boolean)).size < 2) return rows;
  let matched = -1;
  return rows.filter((r, i) => {
    if (i < 3) return true;
    const k = key(r);
    if (k === head[0]) matched = 0;
    else if (matched >= 0 && matched < 2 && k === head[matched + 1]) matched += 1;
    else matched = -1;
    return matched < 0;
  });
};
