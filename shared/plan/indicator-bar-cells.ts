// Tables a law database reposts with a bar in front of every cell and nothing marking the rows:
//   指 标 / | 权重 / | 单位 / | 2015年 / 目 标 / | 牵头部门 / | 一、核心指标 / | 50 / | / | / | | 1 / | 城镇居民… / …
// Each `| ` opens a cell, a lone `|` is an empty cell, `| | 1` is an empty cell and then `1`, and a line
// without a bar continues the cell above (`2015年` / `目 标`). Unlike the rows marked by leading bars that
// indicator-shapes.ts reads (the first cell of every row without a bar, a lone `|` closing the row), only
// the first line and a few wrapped ones lack a bar here. The run is given back one cell per line, so the
// one-cell-per-line readers (header words, 序号 rows) read it.

type Line = { line: number; text: string };

const BAR_LED = /^\s*\|/;
// `第 [1] [2] [3] 页 共[5]页`: the site's page links after the table.
const PAGE_LINKS = /^第\s*(\[\d+\]\s*)+页|共\s*\[?\d+\]?\s*页$/;

/** Cells of one bar-led line: `| 权重` → [权重], `|` → [''], `| | 1` → ['', 1]. */
const cellsOf = (text: string): string[] => text.replace(BAR_LED, '').split('|').map((c) => c.trim());

/**
 * The run starting at `at` when it is bar-led cells without row marks: at least 12 bar-led lines, and no
 * more than one line in ten without a bar. Returns its length in lines, or 0.
 */
const runLength = (lines: Line[], at: number): number => {
  let bars = 0;
  let plain = 0;
  let k = at;
  for (; k < lines.length; k += 1) {
    const t = lines[k]?.text.trim() ?? '';
    if (t.length === 0) continue;
    if (PAGE_LINKS.test(t)) break;
    if (BAR_LED.test(t)) bars += 1;
    else if (k > at && t.replace(/\s+/g, '').length > 30) break;
    else plain += 1;
  }
  return bars >= 12 && plain * 10 <= bars ? k - at : 0;
};

/** The input with every bar-led run without row marks rewritten one cell per line (same line numbers). */
export const unbarCellRuns = (lines: Line[]): Line[] => {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const first = lines[i];
    const next = lines[i + 1]?.text ?? '';
    const length = first && !BAR_LED.test(first.text) && BAR_LED.test(next) ? runLength(lines, i) : 0;
    if (!first || length === 0) {
      if (first) out.push(first);
      continue;
    }
    const cells: Line[] = [];
    for (const l of lines.slice(i, i + length)) {
      const t = l.text.trim();
      if (t.length === 0) continue;
      const previous = cells[cells.length - 1];
      if (!BAR_LED.test(t) && previous) previous.text = `${previous.text}${t}`;
      else if (!BAR_LED.test(t)) cells.push({ line: l.line, text: t });
      else cells.push(...cellsOf(t).map((text) => ({ line: l.line, text })));
    }
    out.push(...cells);
    i += length - 1;
  }
  return out;
};
