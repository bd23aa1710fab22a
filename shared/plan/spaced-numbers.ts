// `6 加强猪肉市场监测和调控。` among `5. …` and `7. …` (or `1优化…` / `2加快…`): an item whose number lost its dot (a preview or an OCR
// copy). Read as `6.` only when it sits in the run, the item before it numbered n-1 and the one after n+1
// in the same style; a line opening with a figure (`6 个乡镇完成…`, `2020 年…`) stays text.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';

const SPACED = /^(\d{1,2})\s+(?=[\u4e00-\u9fff])(?![个项条家所座名人万亿元年月日%])/;

/** `1优化就业创业服务` / `2加快…`: a number glued to its title; a figure's words (`1个`, `2020年`) are no title. */
const GLUED = /^(\d{1,2})(?=[\u4e00-\u9fff])(?![个项条家所座名人万亿元年月日号届次倍期批户台辆套])/;

/** Lines numbered so only when they run 1, 2, 3… (two at least), each alone in its style. */
const gluedRun = (lines: SourceLine[]): Set<number> => {
  const at = lines.flatMap((l, i) => {
    const m = GLUED.exec(l.text.trim());
    return m && l.text.trim().length <= 60 ? [{ i, n: Number(m[1]) }] : [];
  });
  const run = new Set<number>();
  let expected = 1;
  let current: number[] = [];
  for (const { i, n } of at) {
    if (n === expected) {
      current.push(i);
      expected += 1;
    } else {
      if (current.length >= 2) current.forEach((k) => run.add(k));
      current = n === 1 ? [i] : [];
      expected = n === 1 ? 2 : 1;
    }
  }
  if (current.length >= 2) current.forEach((k) => run.add(k));
  return run;
};

export const numberSpacedItems = (lines: SourceLine[]): SourceLine[] => {
  const glued = gluedRun(lines);
  const numbered = lines.map((l) => {
    const h = readHeading(l.text.trim());
    return h?.kind === 'num' ? h.number : null;
  });
  const around = (i: number, step: 1 | -1): number | null => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step) if (numbered[k] !== null && numbered[k] !== undefined) return numbered[k] ?? null;
    return null;
  };
  return lines.map((l, i) => {
    if (glued.has(i)) return { line: l.line, text: l.text.trim().replace(GLUED, '$1.') };
    const m = SPACED.exec(l.text.trim());
    if (!m) return l;
    const n = Number(m[1]);
    const isInRun = around(i, -1) === n - 1 && (around(i, 1) === n + 1 || around(i, 1) === null);
    return isInRun ? { line: l.line, text: l.text.trim().replace(SPACED, `${n}.`) } : l;
  });
};
