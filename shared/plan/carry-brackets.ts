// A closing bracket that holds one unit, a comma and a carry-forward sentence
// (`〔市X局,此项及以下任务均需各县(市、区)落实,不再列出。各责任单位按职责分工落实〕`): the carry-forward part is read by
// body.ts (its units join this task and the ones after it); the unit before the comma leads this task. Read only for a
// task still without a lead whose text ends in such a bracket.
import { isDepartmentLike, looksLikePersonName, splitUnitList } from './unit-names.js';

/** `〔X,…以下…〕` / `(X,…下同)` at the very end of a task's text. */
const CARRY_BRACKET = /[〔(([【]([^,,〔〕()()[\]【】。;;]{2,40})[,,]([^〔〕[\]【】]*)[〕))\]】]\s*[。;;]?\s*$/;
const CARRY_WORDS = /以下|下同|不再列出|不再重复|均需|均由/;

const leadOf = (text: string): string[] | null => {
  const m = CARRY_BRACKET.exec(text.trim());
  if (!m?.[1] || !CARRY_WORDS.test(m[2] ?? '')) return null;
  const names = splitUnitList(m[1]);
  return names.length > 0 && names.every((n) => isDepartmentLike(n) && !looksLikePersonName(n) && !/^各/.test(n)) ? names : null;
};

type UnitHolder = { title: string; content: string; leads: string[]; participants: string[] };

export const leadsOfCarryBrackets = <T extends UnitHolder>(tasks: T[]): T[] =>
  tasks.map((t) => {
    if (t.leads.length > 0) return t;
    const leads = leadOf(t.content) ?? leadOf(t.title);
    return leads ? { ...t, leads, participants: t.participants.filter((p) => !leads.includes(p)) } : t;
  });
