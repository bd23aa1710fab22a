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

const isFigure = (cell: string): boolean => looksLikeValue(cell) || looksLikeUnit(cell);

/**
 * A numbered group whose sub-items follow one row each (`11 / 居民 / 收入水平 / 城镇居民人均可支配收入 /
 * 75000 / 70000 / 6 / 调查总队 / 农村居民人均纯收入 / 38000 / 32000 / …`): the text cells before the first
 * figure name the group (over one line or two), then each name opens its row. A text cell right after a
 * row's figures is that row's last cell (a 数据提供部门), unless the row is already full. Null when the row
 * is not so laid out (its name is followed by a figure).
 */
export const expandRowSubItems = (cells: string[], roles: IndicatorRole[], fill: (values: string[]) => string[]): { group: string; rows: string[][] } | null => {
  const nameAt = roles.indexOf('name');
  const width = roles.length - nameAt - 1;
  const rest = cells.slice(nameAt).map((c) => c.trim()).filter((c) => c.length > 0);
  if (nameAt < 0 || rest.length < 3 || isFigure(rest[0] ?? '') || isFigure(rest[1] ?? '')) return null;
  let g = 0;
  while (g + 1 < rest.length && !isFigure(rest[g] ?? '') && !isFigure(rest[g + 1] ?? '')) g += 1;
  if (g === 0 || g > 3) return null;
  const group = rest.slice(0, g).join('');
  const blocks: { name: string; cells: string[] }[] = [];
  const cellsAfter = rest.slice(g);
  cellsAfter.forEach((cell, k) => {
    const last = blocks[blocks.length - 1];
    const opens =
      !last || (!isFigure(cell) && last.cells.some(isFigure) && (fill(last.cells).length >= width || isFigure(cellsAfter[k + 1] ?? '')));
    if (opens) blocks.push({ name: cell, cells: [] });
    else last.cells.push(cell);
  });
  if (blocks.length < 2 || !blocks.some((b) => b.cells.some(isFigure))) return null;
  const lead = cells.slice(0, nameAt);
  const targetAt = roles.indexOf('target') - nameAt - 1;
  const rows = blocks.map((b) => {
    // A row with no figure at all keeps its text for the last columns (its 部门), not for the unit.
    let placed = b.cells.some(isFigure) ? fill(b.cells) : [...Array<string>(Math.max(0, width - b.cells.length)).fill(''), ...b.cells];
    // One value and text after it (`% / 99 / 住建`, the other value cells empty and dropped): the value is
    // the target and the text keeps to the last columns.
    const values = b.cells.filter((c) => looksLikeValue(c));
    const texts = b.cells.filter((c) => !isFigure(c));
    if (targetAt >= 0 && values.length === 1 && texts.length > 0 && b.cells.indexOf(texts[0] ?? '') > b.cells.indexOf(values[0] ?? '')) {
      const unit = b.cells.find((c) => looksLikeUnit(c) && !looksLikeValue(c)) ?? '';
      placed = Array<string>(width).fill('');
      if (roles[nameAt + 1] === 'unit') placed[0] = unit;
      placed[targetAt] = values[0] ?? '';
      texts.forEach((t, k) => (placed[width - texts.length + k] = t));
    }
    return [...lead, b.name, ...placed.slice(0, width), ...Array<string>(Math.max(0, width - placed.length)).fill('')];
  });
  return { group, rows };
};
