// A table row shorter than its header, read from a page that dropped merged and empty cells: `质量指标 |
// 到位率 | 定量 | 100 | % | 说明 | 扣分标准` under 一级指标 | 二级指标 | 三级指标 | 指标值类型 | 指标值 | 计量单位 | 指标解释
// | 评分标准 | 备注 (the 一级指标 cell merged down from the row above, 备注 empty). Filling the columns from the
// left puts the name under 二级指标 and the figure under 指标值类型. The cells keep their order; each goes under
// the column whose kind it fits — a figure under a value column, a unit under 单位, a long sentence under a
// note — and the columns a merged or empty cell stood in stay empty.
import type { IndicatorRole } from './indicator-roles.js';
import { isAttributeCell, looksLikeUnit, looksLikeValue } from './target.js';

const isLong = (c: string): boolean => c.length > 15;

// What kind of value a row holds (定量 / 定性) or which way it counts (正向 / 反向): a note column's word,
// never a name.
const VALUE_KIND = /^(定量|定性|正向|反向|逆向)(指标)?$/;

/** What the rows above hold in a column. */
type Column = { texts: string[] };

const columnOf = (history: string[][], k: number): Column => ({ texts: history.map((r) => (r[k] ?? '').trim()).filter(Boolean) });

/** How well a cell fits a column, given what the rows above hold in it. */
const fit = (cell: string, role: IndicatorRole, column: Column): number => {
  // A text repeated down a column (`未达指标值酌情扣分` under 评分标准) is that column's.
  const bonus = column.texts.includes(cell) ? 5 : 0;
  const value = looksLikeValue(cell);
  const unit = looksLikeUnit(cell);
  const attribute = isAttributeCell(cell);
  if (VALUE_KIND.test(cell)) return bonus + (role === 'note' ? 3 : -4);
  switch (role) {
    case 'seq':
      return bonus + (/^\d{1,3}[.、]?$/.test(cell) ? 3 : -4);
    case 'category':
      return bonus + (value || unit || attribute ? -4 : isLong(cell) ? -1 : 1);
    case 'name':
      return bonus + (value || attribute ? -4 : unit ? -3 : 2);
    case 'unit':
      return bonus + (unit ? 3 : value ? -2 : isLong(cell) ? -4 : -1);
    case 'baseline':
    case 'target':
    case 'achieved':
      return bonus + (value ? 3 : unit || attribute ? -3 : isLong(cell) ? -2 : 0);
    case 'attribute':
      return bonus + (attribute ? 4 : -4);
    case 'owner':
      return bonus + (value ? -3 : 1);
    case 'note':
      return bonus + (value ? -1 : isLong(cell) ? 1 : 0);
  }
};

const scoreOf = (cells: string[], roles: IndicatorRole[], columns: Column[]): number =>
  cells.reduce((sum, c, k) => (c.length === 0 ? sum : sum + fit(c, roles[k] ?? 'note', columns[k] ?? { texts: [] })), 0);

/**
 * The row's cells placed under the header's columns, order kept, empty columns where they fit best;
 * null when filling from the left fits as well (the usual short row keeps its usual reading).
 */
export const fitShortRow = (cells: string[], roles: IndicatorRole[], history: string[][]): string[] | null => {
  const filled = cells.filter((c) => c.trim().length > 0).map((c) => c.trim());
  const n = roles.length;
  const m = filled.length;
  if (m === 0 || m >= n) return null;
  const columns = roles.map((_, k) => columnOf(history, k));
  // Only a row that reads wrongly from the left is placed anew: a figure, unit or 定量 cell where it cannot
  // stand, or a text the rows above hold in another column. A row of a template whose value cells are all
  // empty keeps its usual reading.
  const misplaced = filled.some((c, k) => fit(c, roles[k] ?? 'note', { texts: [] }) <= -3 || columns.some((col, j) => j !== k && col.texts.includes(c)));
  if (!misplaced) return null;
  // best[i][j]: the best score placing the first i cells in the first j columns.
  const best: number[][] = Array.from({ length: m + 1 }, () => Array<number>(n + 1).fill(-Infinity));
  const took: boolean[][] = Array.from({ length: m + 1 }, () => Array<boolean>(n + 1).fill(false));
  for (let j = 0; j <= n; j += 1) (best[0] as number[])[j] = 0;
  for (let i = 1; i <= m; i += 1) {
    for (let j = i; j <= n; j += 1) {
      const skip = best[i]?.[j - 1] ?? -Infinity;
      const cell = filled[i - 1] ?? '';
      const place = (best[i - 1]?.[j - 1] ?? -Infinity) + fit(cell, roles[j - 1] ?? 'note', columns[j - 1] ?? { texts: [] });
      // Ties go to placing the cell as far left as it fits: later columns stay free for later cells. Of two
      // group columns, that is the upper level: which level a lone group cell is, the row does not say, and
      // the upper one is never wrong as a group.
      (best[i] as number[])[j] = Math.max(skip, place);
      (took[i] as boolean[])[j] = place > skip;
    }
  }
  const out = Array<string>(n).fill('');
  for (let i = m, j = n; i > 0 && j > 0; j -= 1) {
    if (took[i]?.[j]) {
      out[j - 1] = filled[i - 1] ?? '';
      i -= 1;
    }
  }
  const leftFill = [...filled, ...Array<string>(n - m).fill('')];
  return scoreOf(out, roles, columns) > scoreOf(leftFill, roles, columns) ? out : null;
};
