// A work item done by two units, printed as two rows of a merged-cell table: the second unit comes on a row of its
// own that keeps only the cells after the merged ones, its own time and its unit (`2022.9 | 区城投公司 | ||` under
// `新建公交站台30个; | 2022.6 | 区交通运输局 |`). That row is no task: its unit is the item's second lead.
import type { Role } from './header-roles.js';
import type { TableRow } from './table-rows.js';
import { isUnitCell } from './row-align.js';

const UNIT_ROLES = new Set<Role | undefined>(['lead', 'responsibility']);

/**
 * A time cell's text: a bare date (`2022.9`, `2022年10月`, `11月底前`) or a plan's time (`计划9月底完成验收`). A task's
 * text that starts with its date (`6月底前完成改造`) is not one: the row may be a task under a merged time cell.
 */
const isTimeText = (t: string): boolean =>
  t.length <= 20 &&
  !/[。;;]/.test(t) &&
  (/^(19|20)\d{2}(年|[.\-/]\d{1,2}([.\-/]\d{1,2})?|年\d{1,2}月(\d{1,2}日)?)(底|末)?(前|以前)?$/.test(t) ||
    /^\d{1,2}月(份)?(底|末|中旬|上旬|下旬)?(前|以前)?$/.test(t) ||
    /^(计划|预计|力争|拟)(于|在)?((19|20)\d{2}年)?\d{1,2}月/.test(t));

const filledOf = (cells: string[]): string[] => cells.map((c) => c.trim()).filter((c) => c !== '');

/**
 * `rows` without such second-lead rows, each unit added to the unit cell of the row above. Only in a table whose
 * header ends with a time column then a unit column, where every row that prints three cells or more has its own
 * time (so no time cell is merged down, and a two-cell row's first cell is its time, not a task's text).
 */
export const foldSecondLeadRows = (rows: TableRow[], short: Map<number, string[]>, roles: Role[]): TableRow[] => {
  const unitAt = roles.length - 1 - [...roles].reverse().findIndex((r) => r !== 'other');
  const timeAt = unitAt - 1;
  if (unitAt < 2 || !UNIT_ROLES.has(roles[unitAt]) || roles[timeAt] !== 'deadline') return rows;
  const isPair = (at: number): boolean => {
    const printed = short.get(at);
    if (!printed) return false;
    const filled = filledOf(printed);
    const [time, unit] = [filled[0] ?? '', filled[1] ?? ''];
    return filled.length === 2 && isTimeText(time) && isUnitCell(unit) && !/[。;;]$/.test(unit);
  };
  const pairs = rows.map((_, at) => isPair(at));
  if (!pairs.some(Boolean)) return rows;
  const others = rows.filter((r, at) => !pairs[at] && filledOf(r.cells).length >= 3);
  if (others.length < 2 || others.some((r) => (r.cells[timeAt] ?? '').trim() === '')) return rows;
  const out: TableRow[] = [];
  rows.forEach((row, at) => {
    const above = out[out.length - 1];
    const unit = filledOf(short.get(at) ?? [])[1] ?? '';
    const aboveUnits = (above?.cells[unitAt] ?? '').trim();
    if (!pairs[at] || !above || aboveUnits === '' || filledOf(above.cells).length < 3) {
      out.push(row);
      return;
    }
    const cells = [...above.cells];
    cells[unitAt] = aboveUnits.split('、').includes(unit) ? aboveUnits : `${aboveUnits}、${unit}`;
    out[out.length - 1] = { ...above, cells };
  });
  return out;
};
