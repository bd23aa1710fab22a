// An item whose sentence says who hosts the work (`运动会由某厅工会主办,某馆负责场地,其他单位提供会务保障。`):
// 主办/承办 after 由 is the lead's verb, as 负责 is, and the comma clauses after it that open with a unit and a
// helper's verb (`Y负责…`, `其他单位…提供…`) name the units that take part. No clause reader took 由X主办 for a
// lead (主办 is read as a role label elsewhere, `主办单位:X`). Only for items that name no units, only when every
// name read is a unit's; the hosting clause is a comma clause of its own (`由X主办的…` is no such clause).
import type { ParsedTask } from './types.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

const HOSTED = /^[\u4e00-\u9fff“”"]{0,12}?由([^,,。;;::()()由]{2,40}?)(?:主办|承办|牵头主办|牵头承办)(?=[,,]|$)/;
/** A helper clause: a unit (or the others, `其他单位`) then the verb of its share of the work. */
const HELPER = /^((?:其他|其余|其它)(?:各)?(?:单位|部门)|[^,,。;;::]{2,30}?)(?=负责|配合|协助|协办|参与|提供|承担|做好|按照|根据)/;

const unitsOf = (text: string): string[] | null => {
  const names = splitUnitList(text.trim());
  return names.length > 0 && isUnitNameList(names) ? names : null;
};

/** The hosting clause's units and its helpers', or null when the sentence is not this shape. */
const hostedSentence = (sentence: string): { leads: string[]; participants: string[] } | null => {
  const clauses = sentence.trim().split(/[,,]/);
  const at = clauses.findIndex((c) => HOSTED.test(c.trim()));
  const lead = at < 0 ? null : HOSTED.exec(clauses[at]?.trim() ?? '');
  const leads = lead?.[1] ? unitsOf(lead[1]) : null;
  if (!leads) return null;
  const participants: string[] = [];
  for (const clause of clauses.slice(at + 1)) {
    const names = unitsOf(HELPER.exec(clause.trim())?.[1] ?? '');
    if (names) participants.push(...names.filter((n) => !leads.includes(n) && !participants.includes(n)));
  }
  return { leads, participants };
};

export const leadsFromHostingSentences = (tasks: ParsedTask[]): ParsedTask[] =>
  tasks.map((t) => {
    if (t.leads.length + t.participants.length > 0) return t;
    for (const sentence of `${t.title}。${t.content}`.split(/[。;;\n]/)) {
      const found = hostedSentence(sentence);
      if (found) return { ...t, ...found, isLeadInferred: false };
    }
    return t;
  });
