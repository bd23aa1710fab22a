// A unit's duties in a table printed one row per line, its cells parted by spaces and its unit column FIRST (a
// 职责边界 page: `序号 涉及部门 职责分工` / `1 市公安局 负责…` / `2 市应急管理局 负责…`): each row is that unit's
// share of the work. The table reader (spaced-table.ts) wants a task column, which such a table has none of.
// Rewritten as `N、单位:职责` items for the duty reader (unit-first.ts), while the rows count up from 1 and their
// unit cell is a unit's name; a row whose first cell names no unit (`7 其他 …主要负责人…`) is left as printed.
import type { SourceLine } from './body.js';
import { DUTY_HEADER, UNIT_HEADER } from './unit-duty-table.js';
import { isUnitCellText } from './unnumbered-rows.js';

const isHeader = (text: string): boolean => {
  const words = text.trim().split(/\s+/).filter((w) => w !== '序号');
  return words.length === 2 && UNIT_HEADER.test(words[0] ?? '') && DUTY_HEADER.test(words[1] ?? '');
};

const ROW = /^(\d{1,3})\s+([\u4e00-\u9fff()()、]{2,30})\s+(\S.*)$/;

/** A unit column's cell: short, and nothing but units' names. */
const isUnit = (text: string): boolean => text.length <= 30 && isUnitCellText(text);

/**
 * The rows after the header, counting up from 1: on one line (`1 市公安局 负责…`), or one cell per line (`1` /
 * `市教育局` / `负责…`, the same page's other tables). A row's later lines (its duty's next paragraphs) stay as printed.
 */
export const numberUnitFirstRows = (lines: SourceLine[]): SourceLine[] => {
  const header = lines.findIndex((l) => isHeader(l.text));
  if (header < 0) return lines;
  const out: SourceLine[] = lines.slice(0, header + 1);
  let next = 1;
  let k = header + 1;
  for (; k < lines.length; k += 1) {
    const source = lines[k];
    const text = source?.text.trim() ?? '';
    if (!source) break;
    const m = ROW.exec(text);
    const unitLine = lines[k + 1]?.text.trim() ?? '';
    const dutyLine = lines[k + 2]?.text.trim() ?? '';
    if (m && Number(m[1]) === next) {
      out.push(isUnit(m[2] ?? '') ? { line: source.line, text: `${m[1]}、${m[2] ?? ''}:${m[3] ?? ''}` } : source);
    } else if (text === String(next) && isUnit(unitLine) && dutyLine.length > 0 && !/^\d{1,3}$/.test(dutyLine)) {
      out.push({ line: source.line, text: `${next}、${unitLine}:${dutyLine}` });
      k += 2;
    } else if (next > 1 && !/^\d{1,3}(?:\s|$)/.test(text)) {
      out.push(source);
      continue;
    } else break;
    next += 1;
  }
  return next > 2 ? [...out, ...lines.slice(k)] : lines;
};
