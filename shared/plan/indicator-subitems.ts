// A row of a 建设指标 table that lists its sub-items one cell per line before its values:
// `12 / 森林覆盖率 / 山区 / 丘陵区 / 平原地区 / % / ≥60 / ≥40 / ≥18 / 参考性`. The values come column by
// column after the sub-item names; one value shared by all sub-items (`环境空气质量 / 优良天数比例提高幅度 /
// 重污染天数比例下降幅度 / - / 基本消除 / 约束性`) makes one row.
import type { IndicatorRole } from './indicator-roles.js';
import { isAttributeCell, looksLikeUnit, looksLikeValue } from './target.js';

const VALUE_ROLES: IndicatorRole[] = ['baseline', 'target', 'achieved'];

/** A sub-item's name: short text, not a unit, a value, a dash, or a sentence (a value written in words). */
export const isSubName = (cell: string): boolean =>
  cell.length > 0 && cell.length <= 20 && !/^[-—/]$/.test(cell) && !looksLikeUnit(cell) && !looksLikeValue(cell) && !isAttributeCell(cell) && !/[,,。;;]/.test(cell);

/**
 * Rows for a cell list longer than the header (`cells` placed from the 序号 column on, `roles` likewise),
 * or null when the extra cells are not sub-items. The 属性 cell must close the row.
 */
export const expandSubItems = (cells: string[], roles: IndicatorRole[]): string[][] | null => {
  const nameAt = roles.indexOf('name');
  const attrAt = roles.indexOf('attribute');
  if (nameAt < 0 || attrAt !== roles.length - 1 || cells.length <= roles.length) return null;
  if (!isAttributeCell(cells[cells.length - 1] ?? '')) return null;
  const slots = roles.slice(nameAt + 1, attrAt);
  const mid = cells.slice(nameAt + 1, -1);
  let k = 0;
  while (k < mid.length && isSubName(mid[k] ?? '')) k += 1;
  if (k === 0) return null;
  const subs = mid.slice(0, k);
  const rest = mid.slice(k);
  const parent = (cells[nameAt] ?? '').replace(/[::]$/, '');
  const lead = cells.slice(0, nameAt);
  const attr = cells[cells.length - 1] ?? '';
  const valueSlots = slots.filter((r) => VALUE_ROLES.includes(r)).length;
  const otherSlots = slots.length - valueSlots;
  // One value for all the sub-items (its unit cell perhaps lost as an empty line): one row.
  if (rest.length === slots.length || rest.length === valueSlots) {
    const values = rest.length === slots.length ? rest : slots.map((r, j) => (VALUE_ROLES.includes(r) ? (rest[j - otherSlots] ?? '') : ''));
    return [[...lead, `${parent}:${subs.join('、')}`, ...values, attr]];
  }
  // Values column by column, each value column one cell per sub-item; the other columns shared or per item.
  const perItem = rest.length === otherSlots * k + valueSlots * k;
  if (!perItem && rest.length !== otherSlots + valueSlots * k) return null;
  let p = 0;
  const columns = slots.map((role) => {
    const take = VALUE_ROLES.includes(role) || perItem ? k : 1;
    const col = rest.slice(p, p + take);
    p += take;
    return take === 1 ? Array<string>(k).fill(col[0] ?? '') : col;
  });
  return subs.map((sub, j) => [...lead, `${parent}:${sub}`, ...columns.map((c) => c[j] ?? ''), attr]);
};
