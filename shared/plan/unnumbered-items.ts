// A digest's items printed without numbers: each item a line of its own, then its field lines
// (`主管领导:…` / `责任单位:…` / `进度安排:…`). Nothing but the fields tells where an item is, so the line just
// above each block of fields that names a responsible unit is the item, and it is given a number for the
// body reader to read it as one. Only when no block has a numbered heading above it: in a numbered plan the
// line above a label may be the item's second paragraph, not an item.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { startsWithResponsibility } from './responsibility.js';

/** A field line: a short label and its colon (`主管领导:张三`, `完成时限:6月底`). */
const FIELD = /^\s*[\u4e00-\u9fff]{2,8}\s*[::]/;
const isField = (text: string): boolean => FIELD.test(text) || startsWithResponsibility(text);

const isItemNumber = (text: string): boolean => ['num', 'paren-num'].includes(readHeading(text)?.kind ?? '');

/**
 * `五、市容工程` / a paragraph or two / its fields / `六、…`: the paragraphs are the only text under a heading, so
 * the heading is the item and the paragraphs what it asks; the last is given no number of its own.
 */
const isHeadingsOwnBlock = (lines: SourceLine[], paragraph: number, field: number): boolean => {
  let end = field;
  while (end + 1 < lines.length && isField(lines[end + 1]?.text ?? '')) end += 1;
  const next = lines[end + 1];
  if (next && readHeading(next.text.trim()) === null) return false;
  let top = paragraph;
  while (top > 0 && paragraph - top < 3 && !isField(lines[top - 1]?.text ?? '') && readHeading((lines[top - 1]?.text ?? '').trim()) === null) top -= 1;
  return top > 0 && readHeading((lines[top - 1]?.text ?? '').trim()) !== null;
};

/**
 * The page cut off inside the next item (`…进度安排:12月底前完成。` / `新建社区食堂20个,` and nothing after): the
 * text's last line, right after a block of fields, that stops mid-sentence is that item's start.
 */
const cutLastItem = (lines: SourceLine[], items: number[]): number | null => {
  const last = lines.length - 1;
  const text = (lines[last]?.text ?? '').trim();
  if (last <= (items[items.length - 1] ?? last) || isField(text) || !isField(lines[last - 1]?.text ?? '')) return null;
  // Stopped at a comma or a 、 (a signature or a date never ends so).
  return text.length >= 6 && /[,,、]$/.test(text) && readHeading(text) === null ? last : null;
};

/**
 * A page that is one item and nothing more: a paragraph, its fields to the end of the text, no heading or number
 * anywhere (`通过新建水厂…,提高农村自来水普及率。` / `责任单位:市水务局`). The paragraph is the task.
 */
const isLoneItem = (lines: SourceLine[], item: number): boolean => {
  const text = (lines[item]?.text ?? '').trim();
  if (text.length < 15 || !/[。;;]$/.test(text) || lines.some((l) => readHeading(l.text.trim()) !== null)) return false;
  return lines.slice(item + 1).every((l) => isField(l.text));
};

/** The label of a block's first field line (`存在问题:…` → `存在问题`). */
const firstField = (lines: SourceLine[], item: number): string => FIELD.exec(lines[item + 1]?.text ?? '')?.[0].replace(/[\s::]/g, '') ?? '';

/**
 * A 督查通报's points: a place's short name (`某某园小区`), `存在问题:…`, `责任单位:…`. A line under six characters
 * above a block is taken only when two items read by length at least open their blocks with the same field
 * label as its own, and it is a bare name (no mark, no colon): the points' shape says it is one of them.
 */
const shortPointNames = (lines: SourceLine[], items: number[], short: number[]): number[] =>
  short.filter((at) => {
    const text = (lines[at]?.text ?? '').trim();
    const label = firstField(lines, at);
    if (!/^[\u4e00-\u9fffA-Za-z0-9]{2,5}$/.test(text) || label === '' || startsWithResponsibility(lines[at + 1]?.text ?? '')) return false;
    return items.filter((i) => firstField(lines, i) === label).length >= 2;
  });

export const numberItemsAboveFields = (lines: SourceLine[]): SourceLine[] => {
  if (lines.some((l) => isItemNumber(l.text.trim()))) return lines;
  const items: number[] = [];
  const short: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    if (!startsWithResponsibility(lines[i]?.text ?? '')) continue;
    let k = i;
    while (k > 0 && isField(lines[k - 1]?.text ?? '')) k -= 1;
    const above = (lines[k - 1]?.text ?? '').trim();
    if (k === 0 || items.includes(k - 1)) continue;
    if (isHeadingsOwnBlock(lines, k - 1, i)) continue;
    // A numbered item above a block: the document numbers its items, this reading is not needed.
    if (readHeading(above) !== null) return lines;
    if (above.length >= 6) items.push(k - 1);
    else short.push(k - 1);
  }
  items.push(...shortPointNames(lines, items, short));
  items.sort((a, b) => a - b);
  if (items.length === 1 && isLoneItem(lines, items[0] ?? 0)) return lines.map((l, i) => (i === items[0] ? { line: l.line, text: `1.${l.text.trim()}` } : l));
  if (items.length < 2) return lines;
  const cut = cutLastItem(lines, items);
  if (cut !== null) items.push(cut);
  let n = 0;
  return lines.map((l, i) => {
    if (!items.includes(i)) return l;
    n += 1;
    // The cut item's dangling comma is no part of its title.
    return { line: l.line, text: `${n}.${i === cut ? l.text.trim().replace(/[,,、]$/, '') : l.text.trim()}` };
  });
};
