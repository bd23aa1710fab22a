// Heading numbers as Chinese documents print them: 第一章 > 一、 > 第一, > (一) > 1. > (1) > ① > ——.
// The order of kinds is fixed, not learnt from the document, so numbering that restarts in every
// section (1. under each (一)) and numbering that continues across sections both read right.
import { foldPunctuation } from './text.js';

export type HeadingKind = 'chapter' | 'cn' | 'ordinal' | 'paren-cn' | 'num' | 'paren-num' | 'circled' | 'dash';

/** The numberings of sections (第一章, 一、, 第一, (一)), above the items a plan's tasks are numbered with. */
export const SECTION_KINDS: ReadonlySet<string> = new Set<HeadingKind>(['chapter', 'cn', 'ordinal', 'paren-cn']);

export const KIND_ORDER: Record<HeadingKind, number> = {
  chapter: 0,
  cn: 1,
  ordinal: 2,
  'paren-cn': 3,
  num: 4,
  'paren-num': 5,
  circled: 6,
  dash: 7,
};

export type Heading = { kind: HeadingKind; number: number; code: string; rest: string };

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十四 → 24, 十 → 10, 一百零五 → 105; NaN when it is not a numeral. */
export const chineseNumber = (text: string): number => {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return Number.NaN;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = DIGITS[ch] ?? 0;
  }
  return total + current;
};

/** The circled numbers ①–⑳, in order: readers that write items as circled lines take the i-th. */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN = '[零〇一二两三四五六七八九十百]+';
// Single characters some offices number with: ⑴–⒇ read as (1)–(20), ⒈–⒛ as 1.–20.
const PAREN_DIGITS = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const DOT_DIGITS = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';

/** A line made an item of the lowest level (a bullet the `dash` pattern below reads), for a reader that found it by its shape. */
export const asBulletItem = (text: string): string => `● ${text}`;

const PATTERNS: { kind: HeadingKind; re: RegExp; number: (m: RegExpExecArray) => number }[] = [
  { kind: 'chapter', re: new RegExp(`^第(${CN}|\\d+)(章|部分|篇)\\s*(.*)$`), number: (m) => toNumber(m[1]) },
  { kind: 'cn', re: new RegExp(`^(${CN})\\s*[、,.．]\\s*(.*)$`), number: (m) => toNumber(m[1]) },
  { kind: 'ordinal', re: new RegExp(`^第(${CN})\\s*[,、:]\\s*(.*)$`), number: (m) => toNumber(m[1]) },
  // Articles (`第一条 推进…`) number items of the same rank.
  { kind: 'ordinal', re: new RegExp(`^第(${CN}|\\d+)条\\s*[,、:]?\\s*(.+)$`), number: (m) => toNumber(m[1]) },
  { kind: 'paren-cn', re: new RegExp(`^[((]\\s*(${CN})\\s*[))]\\s*[、.]?\\s*(.*)$`), number: (m) => toNumber(m[1]) },
  // 1. 1、 1。 1． — but not a decimal such as "1.5亿元" at the start of a sentence. A 、 is never a
  // decimal point, so `6、98年元旦…` (a year written short) is item 6.
  // `2.5倍` is a number, not item 2; `6.2024年…` is item 6 about a year.
  { kind: 'num', re: /^(\d{1,3})\s*(?:[.．。](?!\d)|[.．](?=(?:19|20)\d{2}\s*年)|、)\s*(.*)$/, number: (m) => Number(m[1]) },
  { kind: 'paren-num', re: /^(?:[((]\s*(\d{1,3})\s*[))]|(\d{1,3})\s*[))])\s*[、.]?\s*(.*)$/, number: (m) => Number(m[1] ?? m[2]) },
  { kind: 'circled', re: new RegExp(`^([${CIRCLED}])\\s*(.*)$`), number: (m) => CIRCLED.indexOf(m[1] ?? '') + 1 },
  { kind: 'paren-num', re: new RegExp(`^([${PAREN_DIGITS}])\\s*[、.]?\\s*(.*)$`), number: (m) => PAREN_DIGITS.indexOf(m[1] ?? '') + 1 },
  { kind: 'num', re: new RegExp(`^([${DOT_DIGITS}])\\s*(.*)$`), number: (m) => DOT_DIGITS.indexOf(m[1] ?? '') + 1 },
  { kind: 'dash', re: /^(?:——|--|—|-{1,2}|●|■|◆|▲|•)\s*(.+)$/, number: () => 0 },
];

const toNumber = (text: string | undefined): number => {
  const t = text ?? '';
  return /^\d+$/.test(t) ? Number(t) : chineseNumber(t);
};

/** Reads the heading number at the start of a line; null when the line does not start with one. */
export const readHeading = (line: string): Heading | null => {
  const text = foldPunctuation(line);
  for (const { kind, re, number } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = (m[m.length - 1] ?? '').trim();
    const n = number(m);
    if (kind !== 'dash' && (!Number.isFinite(n) || n <= 0)) continue;
    // A lone number with nothing after it is a table cell or a page number, not a heading.
    if (rest.length === 0 && kind !== 'cn' && kind !== 'paren-cn') continue;
    const code = text.slice(0, text.length - rest.length).trim();
    return { kind, number: n, code, rest };
  }
  return null;
};

/** Splits a heading's text into a short title and the content that follows it on the same line. */
export const splitTitle = (rest: string): { title: string; content: string } => {
  const text = rest.trim();
  const stop = /[。;!?]/.exec(text);
  if (stop && stop.index > 0 && stop.index <= 60) {
    return { title: text.slice(0, stop.index).trim(), content: text.slice(stop.index + 1).trim() };
  }
  if (!stop && text.length <= 60) return { title: text.replace(/[。.]$/, ''), content: '' };
  const clause = /[,:]/.exec(text);
  if (clause && clause.index > 0 && clause.index <= 40) return { title: text.slice(0, clause.index), content: text };
  return { title: `${text.slice(0, 30)}…`, content: text };
};

/** `二、持续改善民生福祉`: a short line numbered as a chapter, a group printed across a table (not a row's cell). */
export const isGroupHeading = (text: string): boolean => {
  const h = readHeading(text.trim());
  return h !== null && (h.kind === 'cn' || h.kind === 'chapter') && text.trim().length <= 40;
};
