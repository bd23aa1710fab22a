// Items whose number lost its dot: `1加快…`, `3提升…` between siblings printed `5.…`, `6.…`. A line opening with
// digits glued to its text is an item only when it continues a run of numbered lines: the line next to it
// (no other line between) is an item numbered one less or one more, and the run reaches a line printed with its
// separator (`N.`/`N、`). The digits must open with the number the run expects (`212完成…` as item 2 keeps `12` in
// its text only when the lines on both sides are items 1 and 3); a figure (`20个…`, `2021年…`, `5万元…`) is no item.
import type { SourceLine } from './body.js';

const EXPLICIT = /^(\s*)(\d{1,2})\s*[.、.．](?!\d)\s*\S/;
const GLUED = /^(\s*)(\d{1,3})(?=[\u4e00-\u9fff“‘"《])/;
// Words that make the digits a figure, a date or a count, not an item number.
const MEASURE = /^[年月日号个项家万亿千百元角分点时秒次人名户座所条件台辆套米亩吨岁届期批轮级类种天周处栋间宗起例倍份封本部册篇门辆艘架头只株棵平公里余多]/;

type Numbered = { at: number; digits: string; explicit: boolean; indent: string; rest: string };

const numbered = (l: SourceLine, at: number): Numbered | null => {
  const e = EXPLICIT.exec(l.text);
  if (e) return { at, digits: e[2] ?? '', explicit: true, indent: e[1] ?? '', rest: '' };
  const g = GLUED.exec(l.text);
  if (!g) return null;
  const rest = l.text.slice(g[0].length);
  if (MEASURE.test(rest)) return null;
  return { at, digits: g[2] ?? '', explicit: false, indent: g[1] ?? '', rest };
};

const opensWith = (n: Numbered | null | undefined, k: number): boolean => k >= 1 && !!n && n.digits.startsWith(String(k));

export const restoreGluedItemNumbers = (lines: SourceLine[]): SourceLine[] => {
  const items = lines.map(numbered);
  if (!items.some((n) => n && !n.explicit) || !items.some((n) => n?.explicit)) return lines;
  // The number each line is read as: explicit lines at once, glued ones as the run reaches them.
  const value = items.map((n) => (n?.explicit ? Number(n.digits) : null));
  const anchor = items.map((n) => (n?.explicit ? n.indent : null));
  for (let changed = true; changed; ) {
    changed = false;
    items.forEach((n, k) => {
      if (!n || n.explicit || value[k] !== null) return;
      const before = k > 0 ? value[k - 1] : null;
      const after = k + 1 < items.length ? value[k + 1] : null;
      let v: number | null = null;
      let indent: string | null = null;
      if (before != null && opensWith(n, before + 1)) [v, indent] = [before + 1, anchor[k - 1] ?? ''];
      else if (after != null && opensWith(n, after - 1)) [v, indent] = [after - 1, anchor[k + 1] ?? ''];
      if (v === null) return;
      // A known number on either side that does not follow on (`3.…` ⏎ `4大…` ⏎ `4.…`): no item.
      if ((before != null && before !== v - 1) || (after != null && after !== v + 1)) return;
      // Digits beyond the number (`212` as item 2): both neighbours must be the run's items.
      if (n.digits !== String(v) && !(opensWith(items[k - 1], v - 1) && opensWith(items[k + 1], v + 1))) return;
      value[k] = v;
      anchor[k] = indent;
      changed = true;
    });
  }
  return lines.map((l, k) => {
    const n = items[k];
    const v = value[k];
    if (!n || n.explicit || v == null) return l;
    // `2、12完成…`, not `2.12…` (a figure).
    const extra = n.digits.slice(String(v).length);
    return { ...l, text: `${anchor[k] ?? ''}${v}${extra ? '、' : '.'}${extra}${n.rest}` };
  });
};
