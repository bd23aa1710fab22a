// A titled item whose body counts its parts `一是…。二是县建设局要…。三是交警部门要…。` with no bracket or role word in
// any part, the parts' units named only as their subjects (`X要…`): ONE task, the titled item, each such unit
// answering for its part (co-leads, as one-unit brackets per sentence read). Items whose parts carry their own
// assignment (`一是…(X牵头,A配合);二是…`, `三是…,X牵头,各乡镇配合`) are still cut into tasks (shi-items.ts).
import type { Clause } from './clause.js';
import { foldPunctuation } from './text.js';
import { isDepartmentLike, isUnitInList, splitUnitList } from './unit-names.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The item's own number, when the line still has it (`(一)`, `3、`, `2.`). */
const NUMBERING = /^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[、..])\s*/;

/** An assignment in so many words: a bracket, a label's colon, a role verb. */
const ASSIGNED = /[()()[\]【】〔〕::]|牵头|负责|配合|参与|参加|协助|协同|协作|会同|主办|承办|协办/;

/** The text's head (before 一是) and its parts, when it counts up from 一是 at clause starts; else null. */
export const shiParts = (text: string): { head: string; parts: string[] } | null => {
  const marks: number[] = [];
  for (const n of NUMERALS) {
    const from = marks[marks.length - 1] ?? -1;
    const next = [...text.matchAll(new RegExp(`(^|[。;;,,::])${n}是`, 'g'))].map((m) => (m.index ?? 0) + (m[1] ?? '').length).find((at) => at > from);
    if (next === undefined) break;
    marks.push(next);
  }
  if (marks.length < 2) return null;
  const ends = [...marks.slice(1), text.length];
  return { head: text.slice(0, marks[0]).trim(), parts: marks.map((at, i) => text.slice(at + 2, ends[i]).trim()) };
};

/** `县建设局要…`, `各乡镇、区城管局要…`: the units a part opens with, before its modal, or null. */
const SUBJECT = /^([\u4e00-\u9fff、()()]{2,80}?)(?:要|应当|应|须|需|必须)(?!求)/;
const written = (part: string): string[] => {
  const m = SUBJECT.exec(part);
  return m?.[1] ? splitUnitList(m[1]) : [];
};

/** Each part's subject units, judged among all the parts' (a town or a group beside named bureaus). */
const subjectsOf = (parts: string[]): string[][] => {
  const all = parts.flatMap(written);
  if (!all.some(isDepartmentLike)) return [];
  return parts.map(written).filter((names) => names.length > 0 && names.every((n) => isDepartmentLike(n) || isUnitInList(n, all)));
};

/**
 * The units of a titled item's 是-parts, or null when it is not that shape: a head holding a title sentence
 * (ended by 。, the item's own words, no unit assigned in it), two or more parts opening with units as their
 * subject, and no part or head assigning anything in so many words.
 */
export const titledShiUnits = (raw: string): string[] | null => {
  const text = foldPunctuation(raw).replace(/\n/g, '').replace(NUMBERING, '');
  const found = shiParts(text);
  if (!found || !/。/.test(found.head) || /[::]$/.test(found.head)) return null;
  const title = found.head.split('。')[0] ?? '';
  if (title.length < 2 || title.length > 40 || ASSIGNED.test(found.head) || found.parts.some((p) => ASSIGNED.test(p))) return null;
  const subjects = subjectsOf(found.parts);
  return subjects.length >= 2 ? [...new Set(subjects.flat())] : null;
};

/** The item's clause: its parts' subjects lead together; nothing is taken out of its text. */
export const titledShiClause = (raw: string, carried: string[]): Clause | null => {
  const leads = titledShiUnits(raw);
  return leads ? { responsibility: { leads, participants: [], isLeadInferred: false }, rest: raw, raw: '', raws: [], carried } : null;
};
