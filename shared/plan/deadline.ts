// Deadlines arrive as text (2020年底前, 到2025年, 每年12月底, 长期坚持, 明年7月). Keep the text and
// add a date or a recurrence where the text names one; never invent one where it does not.
import { chineseNumber } from './numbering.js';
import { normaliseText } from './text.js';
import type { ParsedDeadline, Recurrence } from './types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const iso = (year: number, month: number, day?: number): string =>
  `${year}-${pad(month)}-${pad(Math.min(day ?? lastDayOf(year, month), lastDayOf(year, month)))}`;

const monthOf = (text: string): number => {
  const n = /^\d+$/.test(text) ? Number(text) : chineseNumber(text);
  return n >= 1 && n <= 12 ? n : Number.NaN;
};

const ONGOING = /长期坚持|长期推进|持续推进|持续开展|长期|持续|常态化|常年|逐年推进/;

/** Normalises digits and separators so the patterns below stay simple. */
const normalise = (text: string): string =>
  normaliseText(text)
    .replace(/\s+/g, '')
    .replace(/[—~~–-]+/g, '-');

type Hit = { date: string; index: number };

const yearOf = (raw: string, reference: number | undefined): number | null => {
  if (raw === '今') return reference ?? null;
  if (raw === '明') return reference === undefined ? null : reference + 1;
  if (raw === '后') return reference === undefined ? null : reference + 2;
  const n = Number(raw);
  return n >= 1990 && n <= 2100 ? n : null;
};

const findDates = (text: string, reference: number | undefined): Hit[] => {
  const hits: Hit[] = [];
  const add = (date: string | null, index: number): void => {
    if (date) hits.push({ date, index });
  };
  const Y = '(\\d{4}|今|明|后)年';
  const patterns: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [new RegExp(`${Y}(\\d{1,2}|[一二三四五六七八九十]{1,2})月(\\d{1,2})日`, 'g'), (m) => {
      const y = yearOf(m[1] ?? '', reference);
      const mo = monthOf(m[2] ?? '');
      return y && mo ? iso(y, mo, Number(m[3])) : null;
    }],
    [new RegExp(`${Y}(\\d{1,2}|[一二三四五六七八九十]{1,2})月(?!\\d{1,2}日)`, 'g'), (m) => {
      const y = yearOf(m[1] ?? '', reference);
      const mo = monthOf(m[2] ?? '');
      return y && mo ? iso(y, mo) : null;
    }],
    [new RegExp(`${Y}(上半年|年中)`, 'g'), (m) => {
      const y = yearOf(m[1] ?? '', reference);
      return y ? iso(y, 6) : null;
    }],
    [new RegExp(`${Y}第?([一二三四1-4])季度`, 'g'), (m) => {
      const y = yearOf(m[1] ?? '', reference);
      const q = monthOf(m[2] ?? '');
      return y && q ? iso(y, q * 3) : null;
    }],
    // 2020年, 2020年底, 到2025年, 2021-2025年: the end of the (last) year named.
    [new RegExp(`${Y}(?!\\d{1,2}月|[一二三四五六七八九十]{1,2}月|上半年|年中|第?[一二三四1-4]季度)`, 'g'), (m) => {
      const y = yearOf(m[1] ?? '', reference);
      return y ? iso(y, 12, 31) : null;
    }],
    [/(\d{4})-(\d{4})(?!年)/g, (m) => iso(Number(m[2]), 12, 31)],
  ];
  for (const [re, toDate] of patterns) {
    for (const m of text.matchAll(re)) add(toDate(m as RegExpExecArray), m.index ?? 0);
  }
  return hits;
};

const findRecurrence = (text: string): Recurrence | null => {
  const yearly = /每年(?:的)?(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:(\d{1,2})日|(底|末))?/.exec(text);
  if (yearly) {
    const month = monthOf(yearly[1] ?? '');
    if (Number.isFinite(month)) {
      const day = yearly[2] ? Number(yearly[2]) : yearly[3] ? 31 : undefined;
      return day === undefined ? { every: 'year', month } : { every: 'year', month, day };
    }
  }
  if (/每年(底|末|年底)/.test(text)) return { every: 'year', month: 12, day: 31 };
  if (/每半年|半年一/.test(text)) return { every: 'half' };
  const quarterly = /每季度?(?:末月?|结束后)?(?:(\d{1,2})日)?/.exec(text);
  if (quarterly && /每季/.test(text)) return quarterly[1] ? { every: 'quarter', day: Number(quarterly[1]) } : { every: 'quarter' };
  const monthly = /每月(\d{1,2})日|次月(\d{1,2})日/.exec(text);
  if (monthly) return { every: 'month', day: Number(monthly[1] ?? monthly[2]) };
  if (/每月|按月/.test(text)) return { every: 'month' };
  if (/每年|年度/.test(text) && !/\d{4}年/.test(text)) return { every: 'year' };
  return null;
};

/**
 * Parses a deadline text. `referenceYear` (the year the plan was issued) resolves 今年/明年;
 * without it such deadlines keep their text only.
 */
export const parseDeadline = (raw: string, referenceYear?: number): ParsedDeadline => {
  const text = raw.trim();
  const folded = normalise(text);
  const recurrence = findRecurrence(folded);
  const hits = recurrence ? [] : findDates(folded, referenceYear);
  const latest = hits.reduce<string | null>((max, h) => (max === null || h.date > max ? h.date : max), null);
  const isOngoing = latest === null && recurrence === null && ONGOING.test(folded);
  return { text, date: latest, recurrence, isOngoing };
};

/** Does a short cell read as a deadline (for telling a 完成时限 column from others)? */
export const looksLikeDeadline = (text: string): boolean => {
  const t = text.trim();
  if (t.length === 0 || t.length > 40) return false;
  const d = parseDeadline(t);
  return d.date !== null || d.recurrence !== null || d.isOngoing;
};

// The value ends at its line's end: the next line (a page's 印发 line, the next field) is not part of it.
const LABELLED = /(?:完成时限|完成时间|完成期限|时间节点|时限要求|时间要求|完成时限要求)\s*[::]\s*([^;;。)\])\n]+)/;

/** A deadline written inside a task's text: 完成时限:2020年底前 / (2019年6月底前完成). */
export const findDeadlineInText = (text: string): string => {
  const labelled = LABELLED.exec(text);
  if (labelled?.[1]) return labelled[1].trim();
  // Alone in a bracket, or after the units in one: `(X牵头,Y配合;2024年底前完成)`.
  const bracketed = /[((;;]\s*((?:\d{4}|今|明)年[^()();;]{0,12}?(?:前|底|末)?完成|长期坚持|持续推进)\s*[))]/.exec(text);
  if (bracketed?.[1]) return bracketed[1].trim();
  return timedClauses(text);
};

// `2021年2月底前,基本建成…` / `…,2022年底前完成改造`: a clause that opens with a date ending in 前, or a
// 前 date right before the verb that finishes the work, is the task's own deadline. A bare year (`到2025年,
// 覆盖率达到90%`) is a target's horizon, not a deadline, so 前 is required.
const TIMED_CLAUSE = /(?:^|[。;;,,\n])\s*(?:(?:力争|确保|争取)?\s*(?:到|至|于|在)?\s*)(\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?(?:底|末|上旬|中旬|下旬)?\s*(?:以前|前))\s*(?=[,,]|(?:全面|基本|全部|率先)?(?:完成|建成|实现|出台|制定|印发|启动|开工|落实|达到|形成|覆盖|建立|推开|推广|竣工|投用|投入使用|上线|运行))/g;

/** Every such clause's date, joined so parseDeadline takes the latest (`2021年底前…;2023年底前全面推开`). */
const timedClauses = (text: string): string =>
  [...normaliseText(text).matchAll(TIMED_CLAUSE)].map((m) => (m[1] ?? '').replace(/\s+/g, '')).filter(Boolean).join('、');
