// Group cells of a 序号 table one cell per line (read by seqRows in indicator-shapes.ts): a `一、` group row
// with cells of its own, and a group printed over more cells than the table has group columns.
import { looksLikeValue, parseAttribute } from './target.js';

/**
 * Where the next row starts after a `一、…` group row whose other cells are figures or empty (`一、核心指标
 * (2项)(权重占50%)` / `50` / `` / ``): the index of the next number (this row's or 1), or -1.
 */
export const groupRowEnd = (cells: { text: string }[], at: number, width: number, expect: number, categoryOf: (text: string, next: string) => string | null): number => {
  if (categoryOf((cells[at]?.text ?? '').trim(), '') === null) return -1;
  for (let k = at + 1; k < cells.length && k <= at + width; k += 1) {
    const t = (cells[k]?.text ?? '').trim();
    if (t === String(expect) || (k > at + 1 && /^1[.、]?$/.test(t))) return k > at + 1 ? k : -1;
    if (t.length > 0 && !looksLikeValue(t)) return -1;
  }
  return -1;
};

/**
 * Group cells printed over more lines than the table has group columns (`(一)` / `健康知识普及行动` /
 * `结果性指标` for one 领域 column): one group, its numbering left out (`健康知识普及行动 / 结果性指标`).
 */
export const mergeGroupCells = (cells: string[], seqAt: number): string[] => {
  if (cells.length <= seqAt || seqAt === 0) return cells;
  const extra = cells.length - seqAt + 1;
  const parts = cells.slice(0, extra).filter((c) => !/^[((]?[一二三四五六七八九十]+[))、.]?$/.test(c.trim()));
  return [parts.join(' / '), ...cells.slice(extra)];
};

/**
 * True when the cells from `from` on are a few text cells (at most `seqAt` + 3, no figure among them) and
 * then the number of the next row: they are group cells, however many lines the group was printed over.
 */
export const groupRunBefore = (cells: { text: string }[], from: number, seqAt: number, isNumber: (t: string) => boolean): boolean => {
  for (let k = from; k < cells.length && k < from + seqAt + 3; k += 1) {
    const t = (cells[k]?.text ?? '').trim();
    if (isNumber(t)) return true;
    if (looksLikeValue(t) || parseAttribute(t) !== null) return false;
  }
  return false;
};
