// A table row printed as a form: each column's header word alone on its line with the cell's text on
// the next (`具体任务` / `…` / `责任单位` / `卫健局、文旅局` / `配合单位` / `各乡镇`), as pages that show one
// row of a 分解表 at a time print it. Put back in table order (the header words, then the rows' cells)
// so that flattened.ts reads it like any table flattened one cell per line.
import type { SourceLine } from './body.js';
import { roleOfHeader } from './table-rows.js';
import { recordHeadLines } from './record-items.js';

/** A header word alone on its line, a colon after it allowed (`责任单位:`). */
const headerOf = (text: string): string | null => {
  const word = text.trim().replace(/[::]$/, '');
  return word.length > 0 && roleOfHeader(word) !== null ? word : null;
};

/** Label/value pairs from `at` while the labels are header words and the values are not. */
const pairsAt = (lines: SourceLine[], at: number): [SourceLine, SourceLine][] => {
  const pairs: [SourceLine, SourceLine][] = [];
  for (let i = at; i + 1 < lines.length; i += 2) {
    const label = lines[i];
    const value = lines[i + 1];
    // A bar (`|`, `类别 |`) marks a table's cells, which flattened.ts and bar-lines.ts read as such.
    if (!label || !value || /\|/.test(label.text) || /\|/.test(value.text)) break;
    if (headerOf(label.text) === null || headerOf(value.text) !== null) break;
    pairs.push([label, value]);
  }
  return pairs;
};

export const unfoldFieldForms = (lines: SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  // Fields under a numbered record's name (`01 项目名称:X`) are that record's, read as an item (record-items.ts).
  const recordHead = recordHeadLines(lines);
  for (let i = 0; i < lines.length; ) {
    const pairs = pairsAt(lines, i);
    // One row: up to the first label that comes round again (the next row's form).
    const words = pairs.map(([label]) => headerOf(label.text) ?? '');
    const again = words.indexOf(words[0] ?? '', 1);
    const row = again > 0 ? pairs.slice(0, again) : pairs;
    const roles = row.map(([label]) => roleOfHeader(headerOf(label.text) ?? ''));
    // A form names the work and who does it (责任科室 / 责任股室 too: helpers beside a 牵头 column, else the
    // responsible units, as table-rows.ts headerRoles reads them).
    const names = (r: ReturnType<typeof roleOfHeader>, word: string): boolean => r === 'lead' || r === 'responsibility' || (r === 'participant' && /^责任/.test(word));
    const isForm = !recordHead.has(i) && !recordHead.has(i - 1) && row.length >= 3 && roles.some((r) => r === 'task' || r === 'content') && roles.some((r, n) => names(r, words[n] ?? ''));
    if (!isForm) {
      const line = lines[i];
      if (line) out.push(line);
      i += 1;
      continue;
    }
    out.push(...row.map(([label]) => ({ line: label.line, text: headerOf(label.text) ?? label.text })), ...row.map(([, value]) => value));
    i += row.length * 2;
  }
  return out;
};
