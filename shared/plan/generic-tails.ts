// A generic tail after the last named unit of a list (`A、B等部门、单位`, `C等区级有关部门`, `D等有关单位`): the list's own
// words for "and others", no part of D's name. Some table readers keep such a tail on the last name, or leave the bare
// second kind (`单位` of `部门、单位`) as a name of its own; this pass, run on every task, cuts the tail off and drops that
// bare kind. A name whose head is no unit (`铁路、教育等部门`, a list of kinds) is left as it is.
import { ETC_TAIL } from './list-words.js';
import { isDepartmentLike, isTownName } from './unit-names.js';

/** `等部门`, `等区级有关部门`, `等市直相关单位`, `等有关部门、单位`: 等, a level, 有关/相关, one or two kinds. */
const TAIL = new RegExp(`^(.{2,}?)${ETC_TAIL}(?:、(?:部门|单位|机构))?$`);
/** The tail alone, parted from its last unit by the list's mark (`A、B、等区政府有关部门`). */
const TAIL_ALONE = new RegExp(`^${ETC_TAIL}$`);
const BARE_KIND = /^(?:部门|单位|机构|部門|單位)$/;

const cutTails = (names: readonly string[]): string[] => {
  const out: string[] = [];
  let afterTail = false;
  for (const name of names) {
    if ((afterTail && BARE_KIND.test(name)) || TAIL_ALONE.test(name)) continue;
    afterTail = false;
    const head = TAIL.exec(name)?.[1];
    if (head && (isDepartmentLike(head) || isTownName(head)) && !/^[各全本该有相]/.test(head)) {
      out.push(head);
      afterTail = true;
      continue;
    }
    out.push(name);
  }
  return out;
};

type UnitHolder = { leads: string[]; participants: string[] };

export const cutGenericTails = <T extends UnitHolder>(tasks: T[]): T[] =>
  tasks.map((t) => {
    const leads = cutTails(t.leads);
    const participants = cutTails(t.participants);
    return leads.join('|') === t.leads.join('|') && participants.join('|') === t.participants.join('|') ? t : { ...t, leads, participants };
  });
