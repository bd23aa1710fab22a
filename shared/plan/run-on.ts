// A page that ran a document's numbered items into one paragraph, cut back into one line per item.
import type { SourceLine } from './body.js';
import { loneGroupHeads } from './lone-group-heading.js';

/**
 * A page that ran its numbered items into one paragraph (`…公示。 1.轨道交通… 牵头领导:… 2.新增…`) is cut
 * back into one line per item: only at numbers that follow one another (n, n+1, …) after a space or a
 * sentence end, so `1.5亿元` and a stray `3.` in prose stay where they are. Numbering may restart under
 * each group (`一、… 1.… 2.… 二、… 1.… 2.…`): every run of two or more counts, and so do the group
 * headings when they too follow one another. A number right after the closing bracket of the item
 * before it (`…(A、B)2.…`) is at a boundary too; items numbered in brackets (`(一)`, `(1)`) are cut the same way.
 * An item whose text opens with a year (`3.2024年农村公路…`) is numbered all the same: a year and its 年 make
 * no decimal.
 */
export const splitRunOnItems = (line: SourceLine): SourceLine[] => {
  // A PDF's page footer run into the text (`…开展。第1页共6页(二)举办…`) is where a page ended, not part of an item.
  const source = { ...line, text: line.text.replace(PAGE_FOOTER, ' ') };
  const arabic = withGluedHeads(...arabicMarks(source.text));
  // `…快速复苏,一、持续承办好…(责任单位:…)二、…`: a group's first heading after a comma counts as the head of a run whose
  // next headings sit at a boundary (withGluedHeads), so a `,一、二、三产业…` in prose never does.
  const chinese = withGluedHeads(
    [...source.text.matchAll(/(^|[\s。;::))])([一二三四五六七八九十]{1,3})、/g)].map((m) => ({ at: (m.index ?? 0) + (m[1] ?? '').length, n: chineseNumber(m[2] ?? '') })),
    [...source.text.matchAll(/(?<=[,,])([一二三四五六七八九十]{1,3})、(?=[\u4e00-\u9fff]{4})/g)].map((m) => ({ at: m.index ?? 0, n: chineseNumber(m[1] ?? '') })),
  );
  // `…。(一)…(市发改委)(二)…`: items numbered in brackets, run together the same way.
  const bracketNumber = (n: string): number => (/\d/.test(n) ? Number(n) : chineseNumber(n));
  const bracketed = withGluedHeads(
    [...source.text.matchAll(/(^|[\s。;)\]〕】])[((]([一二三四五六七八九十]{1,3}|\d{1,2})[))]/g)].map((m) => ({ at: (m.index ?? 0) + (m[1] ?? '').length, n: bracketNumber(m[2] ?? '') })),
    [...source.text.matchAll(/(?<=[\u4e00-\u9fff])[((]([一二三四五六七八九十]{1,3}|\d{1,2})[))]/g)].map((m) => ({ at: m.index ?? 0, n: bracketNumber(m[1] ?? '') })),
  );
  // A run-on list has a handful of items; a line with hundreds of numbers is something else.
  if (arabic.length > 60 || bracketed.length > 60) return [source];
  const runs = (marks: Mark[]): number[] => chainsOf(marks).filter((c) => c.length >= 2).flatMap((c) => c.map((m) => m.at));
  const inside = (cuts: number[]): number[] => (cuts.length >= 2 && cuts.some((at) => at > 0) ? cuts : []);
  const found = [...inside(runs(arabic)), ...inside(runs(bracketed))];
  // A whole page run into one paragraph with every `(一)` glued to the text before it (`…组成。实施专项整治
  // 工作(一)…质监站(二)…`): runs of three or more in order are its items. Only on such a page, when nothing
  // sits at a boundary, so a `(一)…(二)…` list inside a sentence of an ordinary item stays whole.
  const gluedOnly = [...source.text.matchAll(/(?<=[\u4e00-\u9fff])[((]([一二三四五六七八九十]{1,3})[))]/g)].map((m) => ({ at: m.index ?? 0, n: chineseNumber(m[1] ?? '') }));
  const isWholePage = source.text.length >= 200;
  // On such a page a group's first item may be glued to its heading with only one item after it (the page was
  // cut): `(一)社会宣传1、制作…。2、户外…`. And the groups alone (`。一、…。二、…`) are cut too.
  const pageCuts = isWholePage ? [...longRuns(gluedOnly, 3), ...inside(runs(withGluedNext(arabicMarks(source.text, true))))] : [];
  const itemCuts = found.length > 0 ? found : pageCuts;
  // And a lone `二、具体要求` between one list's last item and the next list's `(一)` (lone-group-heading.ts).
  const groupCuts = [...(isWholePage || itemCuts.length > 0 ? runs(chinese) : []), ...loneGroupHeads(source.text, chinese, itemCuts)];
  if (itemCuts.length === 0 && groupCuts.length === 0) return [source];
  const at = [...new Set([...itemCuts, ...groupCuts])].filter((a) => a > 0).sort((a, b) => a - b);
  if (at.length === 0) return [source];
  const cuts = [0, ...at, source.text.length];
  return cuts.slice(0, -1).map((from, i) => ({ line: source.line, text: source.text.slice(from, cuts[i + 1]).trim() })).filter((l) => l.text.length > 0);
};

const PAGE_FOOTER = /第\s*\d{1,3}\s*页\s*[,,]?\s*共\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页\s*[,,]?\s*第\s*\d{1,3}\s*页/g;

/**
 * An item glued to the heading before it (`…普及水平1.完善…。(财政厅…)2.制订…`): a page that ran the
 * text together leaves no space before the first number of a group, while the later ones follow a
 * sentence end or the closing bracket of their predecessor's units. A number glued to a character counts
 * only as the head of such a run: it is n-1 of a mark that does sit at a boundary, and comes before it
 * with no mark in between, so a `2、3` in prose never joins.
 */
const withGluedHeads = (marks: { at: number; n: number }[], glued: { at: number; n: number }[]): { at: number; n: number }[] => {
  const heads = glued.filter((g) => {
    const next = marks.filter((m) => m.at > g.at).sort((a, b) => a.at - b.at)[0];
    return next !== undefined && next.n === g.n + 1 && marks.some((m) => m.at > next.at && m.n === next.n + 1);
  });
  return [...marks, ...heads].sort((a, b) => a.at - b.at);
};

type Mark = { at: number; n: number };

/** Arabic item numbers: those at a boundary, and those glued to a character (`水平1.`; `社会宣传1、` when `comma`). */
const arabicMarks = (text: string, comma = false): [Mark[], Mark[]] => [
  [...text.matchAll(/(^|[\s。;)\]〕】])(\d{1,2})[.、](?:(?!\d)|(?=(?:19|20)\d{2}年))/g)].map((m) => ({ at: (m.index ?? 0) + (m[1] ?? '').length, n: Number(m[2]) })),
  [...text.matchAll(comma ? /(?<=[\u4e00-\u9fff])(\d{1,2})[.、](?![\d、])/g : /(?<=[\u4e00-\u9fff])(\d{1,2})[.](?!\d)/g)].map((m) => ({ at: m.index ?? 0, n: Number(m[1]) })),
];

/** A glued `1、` counts when the mark right after it is a boundary `2、`: a run of two on a whole page. */
const withGluedNext = ([marks, glued]: [Mark[], Mark[]]): Mark[] => {
  const heads = glued.filter((g) => g.n === 1 && marks.filter((m) => m.at > g.at).sort((a, b) => a.at - b.at)[0]?.n === 2);
  return [...marks, ...heads].sort((a, b) => a.at - b.at);
};

/** The places of marks in runs of at least `least` numbers that follow one another (n, n+1, …). */
const longRuns = (marks: Mark[], least: number): number[] =>
  chainsOf(marks)
    .filter((c) => c.length >= least && c[0]?.n === 1)
    .flatMap((c) => c.map((m) => m.at));

/** Marks in chains of numbers that follow one another (n, n+1, …), in the order they stand. */
const chainsOf = (marks: Mark[]): Mark[][] => {
  const chains: Mark[][] = [];
  for (const mark of marks) {
    const chain = [...chains].reverse().find((c) => c[c.length - 1]?.n === mark.n - 1);
    if (chain) chain.push(mark);
    else chains.push([mark]);
  }
  return chains;
};

/** 一 … 九十九 as a number (group headings only go that far). */
const chineseNumber = (text: string): number => {
  const digit = (d: string | undefined): number => '一二三四五六七八九'.indexOf(d ?? '') + 1;
  const at = text.indexOf('十');
  if (at < 0) return digit(text);
  return (at === 0 ? 1 : digit(text.slice(0, at))) * 10 + digit(text.slice(at + 1));
};
