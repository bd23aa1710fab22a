// An indicator table run into one line of text (a PDF or Word file pasted into a web page): the caption,
// the header words and every row follow each other on one line, rows starting at their number
// (`监测指标 单位 权重 目标值 1.贫困人口补助比例 % 4 ≥50 2.…`). Split back into a header line and one
// line per row, the spaced-row reader takes them from there.
import { indicatorRoles, roleOfWord } from './indicator-roles.js';
import { isAttributeCell, looksLikeValue } from './target.js';

/** Characters that are a unit on their own (个, 元, 台); 公 or 平 alone are only the start of one. */
const ONE_CHARACTER_UNIT = /^[个项家处件分元万亿吨人次批米克亩倍度张辆套间册场床栋幢株棵头只艘架台座所条户名年月日天]$/;

/** A page number printed into the text (`- 5 -`). */
const PAGE_MARK = /(^|\s)[-—]\s?\d{1,3}\s?[-—](?=\s|$)/g;

/** Where a row starts: its number (`3.`, `3、`), not the decimal point of a figure (`≥2.5`). */
const ROW_START = /\s+(?=\d{1,2}[.、](?!\d))/;

/**
 * A one-character word after a row's last value is a letter of a category name printed down a merged
 * cell (`社` / `会` / `保` / `障` between the rows of 社会保障): not part of the row.
 */
const dropDownPrintedLetter = (row: string): string => {
  const tokens = row.split(/\s+/);
  const last = tokens[tokens.length - 1] ?? '';
  const before = tokens[tokens.length - 2] ?? '';
  return tokens.length > 2 && /^[\u4e00-\u9fa5]$/.test(last) && !ONE_CHARACTER_UNIT.test(last) && looksLikeValue(before) ? tokens.slice(0, -1).join(' ') : row;
};

/** The header and rows of an indicator table run into one line, or null when the line is not one. */
export const splitRunOnTable = (text: string): string[] | null => {
  if (text.length < 40 || !(ROW_START.test(text) || /\s1\s/.test(text))) return null;
  const tokens = text.replace(PAGE_MARK, ' ').trim().split(/\s+/);
  for (let from = 0; from < tokens.length - 2; from += 1) {
    if (roleOfWord(tokens[from] ?? '') === null) continue;
    let to = from;
    while (to < tokens.length && roleOfWord(tokens[to] ?? '') !== null) to += 1;
    const header = tokens.slice(from, to);
    const first = tokens[to] ?? '';
    const roles = header.length >= 2 ? indicatorRoles(header) : null;
    // Under a 序号 column a row starts at its bare number (`1 人均GDP 元 …`).
    const bySeq = roles?.[0] === 'seq' && first === '1';
    if (!roles || (!/^1[.、](?!\d)/.test(first) && !bySeq)) {
      from = to;
      continue;
    }
    const rows = (bySeq ? seqRows(tokens.slice(to)) : tokens.slice(to).join(' ').split(ROW_START)).map(dropDownPrintedLetter);
    if (rows.length < 2) return null;
    const caption = tokens.slice(0, from).join(' ');
    return [...(caption ? [caption] : []), header.join(' '), ...rows];
  }
  return null;
};

/**
 * Rows cut at their bare 序号 tokens: the number one more than the last row's, followed by a word that is no
 * figure nor a 属性 (the name), so a value `3` inside a row does not open one.
 */
const seqRows = (tokens: string[]): string[] => {
  const rows: string[][] = [];
  let next = 1;
  tokens.forEach((t, k) => {
    const after = tokens[k + 1] ?? '';
    if (t === String(next) && !looksLikeValue(after) && !isAttributeCell(after)) {
      rows.push([t]);
      next += 1;
    } else rows[rows.length - 1]?.push(t);
  });
  return rows.map((r) => r.join(' '));
};
