// A unit cell that a one-cell-per-line table broke over two lines with a blank line between the halves, so
// the second half reads as a cell of its own and every later cell of the row shifts one column right:
// - broken inside a name (`县卫生健康` / `委员会`): the head starts with a level (省, 市, 区, 县 …) and names no unit
//   by itself, the tail is a unit's name without a level of its own, and the two read together as one unit;
// - broken after a 、 (`县民政局、某某中心、` / `县残联`): the head is a unit list left open, the tail starts with a unit;
// - a list broken inside its last name (`县财政局、县自然` / `资源局`): that piece names no unit, with the tail's first it does.
import { isUnitCell } from './row-align.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

/** The start of a unit's name: its level, never a work verb after it. */
const LEVEL_HEAD = /^(省|市|州|区|县|旗|盟|镇|乡|街道|自治区|国家|中央)[\u4e00-\u9fff]{1,10}$/;
const WORK_WORD = /完成|推进|加强|开展|落实|实施|确保|组织实施|进度|目标|任务|情况/;
/** A tail that carries its own level (`市财政局`) is the next unit, not the end of this one. */
export const OWN_LEVEL = /^(省|市|州|区|县|旗|盟|镇|乡|街道|各|国家|中央)/;

const isNameHead = (text: string): boolean => LEVEL_HEAD.test(text) && !WORK_WORD.test(text) && !isUnitCell(text) && !isDepartmentLike(text);

/** The unit list before the tail, open at its end: every name but (in a long list) one a unit. */
const isOpenList = (text: string): boolean => /、$/.test(text) && text.length <= 150 && isUnitCell(text.replace(/、$/, ''));

/**
 * A unit list whose last piece is no unit (`市财政局、地方`): the list was cut inside that name. (A list of
 * units never ends in a piece that names none.)
 */
const listCutInName = (head: string): string | null => {
  if (!/、/.test(head) || head.length > 150 || /[。;]/.test(head)) return null;
  const names = splitUnitList(head);
  const last = names[names.length - 1] ?? '';
  if (names.length < 2 || last.length > 10 || isDepartmentLike(last) || WORK_WORD.test(last)) return null;
  return isUnitCell(names.slice(0, -1).join('、')) ? last : null;
};

const tailJoins = (head: string, tail: string): string | null => {
  const names = splitUnitList(tail);
  const first = names[0] ?? '';
  if (first.length === 0 || tail.length > 150 || /[。;]$/.test(tail)) return null;
  if (isOpenList(head) && isDepartmentLike(first)) return `${head}${tail}`;
  // The rest of the name: a unit's end with no level of its own, the tail a unit cell.
  const rest = !OWN_LEVEL.test(first) && isDepartmentLike(first) && isUnitCell(tail);
  if (rest && isNameHead(head) && isDepartmentLike(`${head}${first}`)) return `${head}${tail}`;
  const cut = listCutInName(head);
  if (rest && cut !== null && isDepartmentLike(`${cut}${first}`)) return `${head}${tail}`;
  return null;
};

/** Joins each unit cell's broken-off tail back onto it. */
export const joinUnitTails = <C extends { line: number; text: string }>(cells: C[]): C[] => {
  const out: C[] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    const joined = last ? tailJoins(last.text.trim(), cell.text.trim()) : null;
    if (last && joined !== null) out[out.length - 1] = { ...last, text: joined };
    else out.push(cell);
  }
  return out;
};
