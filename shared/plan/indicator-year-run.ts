// Rows of an explicit-row indicator table (indicator-shapes.ts) measured against the header's run of year
// columns: a row printing one figure for the whole run (a merged cell), and the 序号 of a group row.
import type { IndicatorRole } from './indicator-roles.js';
import { roleOfWord } from './indicator-roles.js';
import { isAttributeCell, looksLikeValue } from './target.js';

/** `一`, `二、`, `(三)`: the number of a group row in a 序号 column. */
export const GROUP_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.]?|[((][一二三四五六七八九十]{1,3}[))])$/;

/** The header's run of year columns (2012年 | 2013年 | 2014年 under 工作进度): where it starts and how long. */
export const yearRun = (header: string[], roles: IndicatorRole[]): { at: number; length: number } | null => {
  if (header.length !== roles.length) return null;
  const isYear = (k: number): boolean => roleOfWord(header[k] ?? '') === 'year';
  const at = header.findIndex((_, k) => isYear(k) && isYear(k + 1));
  if (at < 0) return null;
  let length = 0;
  while (isYear(at + length)) length += 1;
  return { at, length };
};

/**
 * `3 | 食品安全宣传率(%) | … | -- | >80 | 市食品药品监管局 | 相关部门`: a row as many cells short as its year
 * columns less one, with a figure where the run starts: the years were merged into one cell, the same
 * figure for each. Other rows are returned as they are.
 */
export const spreadMergedRun = (cells: string[], roles: IndicatorRole[], run: { at: number; length: number } | null): string[] => {
  if (!run || cells.length !== roles.length - run.length + 1 || !looksLikeValue(cells[run.at] ?? '')) return cells;
  // The cells before the run must stand in their own columns: a figure under the name column means the
  // row lost a cell before it (a merged 类别), and a 属性 cell anchors the row another way (alignRow).
  if (looksLikeValue(cells[roles.indexOf('name')] ?? '') || cells.some((c) => isAttributeCell(c))) return cells;
  if (cells.slice(run.at + 1).some((c) => looksLikeValue(c))) return cells;
  return [...cells.slice(0, run.at), ...Array<string>(run.length).fill(cells[run.at] ?? ''), ...cells.slice(run.at + 1)];
};
