// A speech or report with no outline whose paragraphs open with their count (`二是要强化全链条监管。区农业农村、
// 市场监管、城管等部门要继续加强联合执法…` / `三是要…。区交通、公安等部门要…`), often a page that starts inside its
// first part (the paragraph before `二是` has lost its `一是`). Each such paragraph is a task: its title the first
// sentence, its units the subject of its first sentence that has one (`X要…`, `A、B等部门要…`, `X负责…`), all of
// them leading (each does the part's work). A list closed by `等部门` / `等单位` names its members as units, even by
// short names (`市场监管`, `公安`). Only on a page with no outline at all (no numbered heading anywhere), and only
// when two or more such paragraphs name their units: anywhere else 一是/二是 paragraphs are an item's own text.
// Written as circled items with a `(牵头单位:…)` bracket after the title, for the body reader.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { isDepartmentLike, isUnitNameList, namesNobody, splitUnitList } from './unit-names.js';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
const NUMERALS = '一二三四五六七八九十';
const OPENS = new RegExp(`^([${NUMERALS}])是`);

const SUBJECT = /^([\u4e00-\u9fff、()()]{2,80}?)(等(?:[\u4e00-\u9fff]{0,6}?)(?:部门|单位))?(?:要(?!求)|负责|牵头)/;
/** A short name in a list the text calls 部门/单位 (`公安`, `市场监管`, `区农业农村`). */
const SHORT_NAME = /^[\u4e00-\u9fff]{2,10}$/;
const NOT_A_NAME = /[的了在对把将从和与及是要]|同时|进一步/;

/** The units a sentence opens with, or null. */
export const subjectUnits = (sentence: string): string[] | null => {
  const m = SUBJECT.exec(sentence.trim());
  if (!m?.[1]) return null;
  const names = splitUnitList(m[1]).filter((n) => !namesNobody(n));
  if (names.length === 0) return null;
  if (isUnitNameList(names) && names.some(isDepartmentLike)) return names;
  // `A、B、C等部门要`: the list says what its members are.
  return m[2] && names.every((n) => SHORT_NAME.test(n) && !NOT_A_NAME.test(n)) ? names : null;
};

const unitsOf = (text: string): string[] | null => {
  const sentences = text.split(/(?<=。)/).map((s) => s.trim()).filter(Boolean);
  for (const s of sentences.slice(0, 2)) {
    const found = subjectUnits(s);
    if (found) return found;
  }
  return null;
};

const written = (mark: string, text: string, units: string[] | null): string => {
  const stop = text.indexOf('。');
  if (!units) return `${mark}${text}`;
  const bracket = `(牵头单位:${units.join('、')})`;
  return stop < 0 ? `${mark}${text}${bracket}` : `${mark}${text.slice(0, stop)}${bracket}${text.slice(stop)}`;
};

export const numberShiParagraphs = (lines: SourceLine[]): SourceLine[] => {
  if (lines.some((l) => readHeading(l.text.trim()) !== null)) return lines;
  const opened = lines.map((l) => OPENS.exec(l.text.trim())?.[1] ?? null);
  const first = opened.findIndex((n) => n !== null);
  if (first < 0) return lines;
  // The paragraphs count up one by one from the first mark.
  const run: number[] = [];
  for (let i = first, n = NUMERALS.indexOf(opened[first] ?? ''); i < lines.length; i += 1) {
    if (opened[i] === null) continue;
    if (NUMERALS.indexOf(opened[i] ?? '') !== n) break;
    run.push(i);
    n += 1;
  }
  if (run.length < 2) return lines;
  const start = NUMERALS.indexOf(opened[first] ?? '');
  // `二是` first, a paragraph right before it with no mark: the first part, its `一是` lost with the page's start.
  const lost = start === 1 && first > 0 && !OPENS.test(lines[first - 1]?.text.trim() ?? '') && unitsOf(lines[first - 1]?.text.trim() ?? '') !== null ? first - 1 : -1;
  const texts = run.map((i) => (lines[i]?.text.trim() ?? '').replace(OPENS, ''));
  const units = texts.map(unitsOf);
  if (units.filter(Boolean).length < 2) return lines;
  const out = lines.map((l) => l);
  run.forEach((i, k) => {
    out[i] = { line: lines[i]?.line ?? 0, text: written(CIRCLED[start + k] ?? '', texts[k] ?? '', units[k] ?? null) };
  });
  if (lost >= 0) {
    const text = lines[lost]?.text.trim() ?? '';
    out[lost] = { line: lines[lost]?.line ?? 0, text: written(CIRCLED[0] ?? '', text, unitsOf(text)) };
  }
  return out;
};
