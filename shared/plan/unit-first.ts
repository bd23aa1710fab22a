// Work listed by department: the unit first, a colon, then its work (`1.区园林局:新建口袋公园5个。`,
// `(二)县发改局、县财政局:做好项目申报。`, `1.【区发改局】推进…`, `(九)工商部门职责:…`). The units before the colon lead the item; the text after it is
// the item's own. A label word (`牵头单位:`), a field (`工作目标:`) or anything that is not a list of
// units before the colon is not this shape.
import { bareList, type Responsibility } from './responsibility.js';
import { isDepartmentLike, isUnitInList, splitUnitList } from './unit-names.js';
import { isSectorDepartment } from './sector-departments.js';

// `领导小组办公室` is a unit's name; `责任领导:` is a field.
const LABEL_WORD = /牵头|配合|参与|协办|主办|责任|落实|承办|领导(?!小组)|时限|时间|目标|任务|措施|要求|内容/;
// A field word ends in 单位/部门 (`主管部门:`, `实施单位:`); a unit named with a place and a trade before its
// 部门 (`某某市发展改革部门:`) is longer than a field word and is a unit.
const FIELD_WORD = /^[\u4e00-\u9fff]{0,3}(单位|部门)$/;

// `职责分工 区住建局:…`: a section's heading word run onto its first unit's line, parted by a space: the unit is
// what follows the space when the word before it names no unit.
const afterHeadingWord = (head: string): string => {
  const m = /^([\u4e00-\u9fff]{2,8})\s+([^\s].*)$/.exec(head);
  return m?.[1] !== undefined && m[2] !== undefined && !isDepartmentLike(m[1]) && !/\s/.test(m[2]) ? m[2] : head;
};

/** The units and the `X:` opening they were read from, or null. */
export const unitFirstClause = (text: string): { responsibility: Responsibility; raw: string } | null => {
  // A list of several units (six departments' full names) runs past 40 characters; every name is checked below.
  // The units may stand in a bracket instead of before a colon (`1.【区发改局】推进重大项目建设。`).
  const m = /^([^::。;,\n]{2,90})[::]\s*(?=\S)/.exec(text.trim()) ?? /^[【\[〔]([^【】[\]〔〕\n]{2,40})[】\]〕]\s*(?=\S)/.exec(text.trim());
  // `(九)工商部门职责:…`: the units whose duties follow; a field word never takes 职责, so `X部门` is a unit here.
  const duties = /^(.{2,})?(?:的)?(?:主要|工作)?职责$/.exec(m?.[1]?.trim() ?? '');
  const head = afterHeadingWord(duties?.[1] ?? m?.[1]?.trim() ?? '');
  // One name is short; a list of six units (`省两型试验区管委会、省人力资源社会保障厅、…:`) runs longer.
  if (head.length > 40 && !head.includes('、')) return null;
  // A group of units (`市直各有关单位:`, `区直各部门:`) ends like a label word but names who does the work.
  const isUnitGroup = /^([省市区县]直)?各?(有关|相关)?(单位|部门)$/.test(head) && head.length >= 3;
  if (!m || ((LABEL_WORD.test(head) || (FIELD_WORD.test(head) && !duties && !isSectorDepartment(head))) && !isUnitGroup)) return null;
  const names = splitUnitList(head);
  if (names.length === 0 || !(isUnitGroup || names.every((n) => isUnitInList(n, names) || /^各[\u4e00-\u9fff]{1,8}$/.test(n)))) return null;
  // `(十三)A、B职责:…`: a duty heading that names several units says no more than a bare list — the first leads, inferred.
  if (duties && names.length > 1) return { responsibility: bareList(names), raw: m[0].trim() };
  return { responsibility: { leads: names, participants: [], isLeadInferred: false }, raw: m[0].trim() };
};

/** `X:` (or `A、B:`) opening `text`, every unit of it a department's name: a duty list's label, not a field's. */
export const opensWithDepartmentLabel = (text: string): boolean => {
  const units = unitFirstClause(text)?.responsibility.leads ?? [];
  return units.length > 0 && units.every(isDepartmentLike);
};
