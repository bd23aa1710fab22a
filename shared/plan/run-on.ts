// A page that ran a document's numbered items into one paragraph, cut back into one line per item.
import type { SourceLine } from './body.js';

/**
 * A page that ran its numbered items into one paragraph (`…公示。 1.轨道交通… 牵头领导:… 2.新增…`) is cut
 * back into one line per item: only at numbers that follow one another (n, n+1, …) after a space or a
 * sentence end, so `1.5亿元` and a stray `3.` in prose stay where they are. Numbering may restart under
 * each group (`一、… 1.… 2.… 二、… 1.… 2.…`): every run of two or more counts, and so do the group
 * headings when they too follow one another.
 */
export const splitRunOnItems = (source: SourceLine): SourceLine[] => {
  const arabic = [...source.text.matchAll(/(^|[\s。;])(\d{1,2})[.、](?!\d)/g)].map((m) => ({ at: (m.index ?? 0) + (m[1] ?? '').length, n: Number(m[2]) }));
  const chinese = [...source.text.matchAll(/(^|[\s。;])([一二三四五六七八九十]{1,3})、/g)].map((m) => ({ at: (m.index ?? 0) + (m[1] ?? '').length, n: chineseNumber(m[2] ?? '') }));
  // A run-on list has a handful of items; a line with hundreds of numbers is something else.
  if (arabic.length < 2 || arabic.length > 60) return [source];
  const runs = (marks: { at: number; n: number }[]): number[] => {
    const chains: { at: number; n: number }[][] = [];
    for (const mark of marks) {
      const chain = [...chains].reverse().find((c) => c[c.length - 1]?.n === mark.n - 1);
      if (chain) chain.push(mark);
      else chains.push([mark]);
    }
    return chains.filter((c) => c.length >= 2).flatMap((c) => c.map((m) => m.at));
  };
  const arabicCuts = runs(arabic);
  if (arabicCuts.length < 2 || arabicCuts.every((at) => at === 0)) return [source];
  const at = [...new Set([...arabicCuts, ...runs(chinese)])].filter((a) => a > 0).sort((a, b) => a - b);
  const cuts = [0, ...at, source.text.length];
  return cuts.slice(0, -1).map((from, i) => ({ line: source.line, text: source.text.slice(from, cuts[i + 1]).trim() })).filter((l) => l.text.length > 0);
};

/** 一 … 九十九 as a number (group headings only go that far). */
const chineseNumber = (text: string): number => {
  const digit = (d: string | undefined): number => '一二三四五六七八九'.indexOf(d ?? '') + 1;
  const at = text.indexOf('十');
  if (at < 0) return digit(text);
  return (at === 0 ? 1 : digit(text.slice(0, at))) * 10 + digit(text.slice(at + 1));
};
