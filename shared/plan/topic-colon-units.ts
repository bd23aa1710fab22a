// A division written `事项:单位`, the work first and who does it after the colon (`1.宣传报道:县委宣传部`,
// `(1)风灾、震灾、重大火灾:消防局。`, an activity plan's or a 应急预案's shares): the text after the colon, whole, is a list
// of units, and the text before it is the work. A label (`责任单位:X`, `牵头:X`) is the label readers'; a field
// (`时间:`, `地点:`, `联系人:`) holds no unit, so it never reads here.
import type { Clause } from './clause.js';
import { bareList } from './responsibility.js';
import { foldPunctuation } from './text.js';
import { isUnitInList, splitUnitList } from './unit-names.js';

const TOPIC_COLON_UNITS = /^([^:;。]{2,40}?)\s*:\s*([^:;。,\s]{2,60})[。;]?$/;
/**
 * The topic may not be a role or unit word (then the line is a label, read elsewhere), nor a field whose value may be
 * places or units that do nothing (`督办对象:各镇区`, `范围:新城区、龙门镇`).
 */
const LABEL_WORDS = /单位|部门|科室|处室|牵头|负责|责任|配合|参与|协办|主办|承办|联系|主体|对象|人员|范围|区域|地点|地区/;
/** `卫星业务:各类地球站`: a kind of thing, not a body. */
const KIND_OF = /^(?:各类|各种|各型|所有)/;

export const topicColonUnits = (raw: string, carried: string[]): Clause | null => {
  const first = foldPunctuation(raw).trim().split('\n')[0] ?? '';
  const m = TOPIC_COLON_UNITS.exec(first);
  if (!m?.[1] || !m[2] || LABEL_WORDS.test(m[1])) return null;
  const names = splitUnitList(m[2]);
  if (names.length === 0 || !names.every((n) => isUnitInList(n, names) && !KIND_OF.test(n))) return null;
  const responsibility = { ...bareList(names), isLeadInferred: names.length > 1 };
  // The colon goes with the units, so the title keeps the work alone.
  const tail = first.slice(m[1].length).trim();
  return { responsibility, rest: `${m[1]}${raw.trim().slice(first.length)}`.trim(), raw: tail, raws: [tail], carried };
};
