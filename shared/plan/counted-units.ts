// A sentence after a group of items that names their unit for all of them by count (`4项目标的责任单位均为市发展
// 改革委。`, `以上两项任务的牵头单位为X`) or for the one item above it (`该目标责任单位:市经委。`): a plan of targets
// that states responsibility once per group. The sentence was kept as the last item's content and no item of
// the group had a unit.
import { bareList } from './responsibility.js';
import type { ParsedTask } from './types.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

const CN_COUNT: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ROLE = '(?:的)?(?:责任单位|牵头单位|责任部门|牵头部门)(?:均|都)?(?:为|是|[::])';
const FOR_COUNT = new RegExp(`^(?:以上|上述|前)?(\\d{1,2}|[一二两三四五六七八九十])项(?:目标|任务|工作|指标)?${ROLE}(.{2,60}?)[。;;]?$`);
const FOR_THIS = new RegExp(`^(?:该|本|此)项?(?:目标|任务|工作|指标)${ROLE}(.{2,60}?)[。;;]?$`);

type Found = { count: number; names: string[]; line: number };

const countOf = (word: string): number => (/^\d+$/.test(word) ? Number(word) : (CN_COUNT[word] ?? 0));

/** The task's content line that names units for it (and maybe the items before it), if any. */
const findCounted = (content: string): Found | null => {
  const lines = content.split('\n');
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const text = (lines[i] ?? '').trim();
    const counted = FOR_COUNT.exec(text);
    const own = counted ? null : FOR_THIS.exec(text);
    const written = counted?.[2] ?? own?.[1];
    if (!written) continue;
    const names = splitUnitList(written);
    if (!isUnitNameList(names)) continue;
    return { count: counted ? countOf(counted[1] ?? '') : 1, names, line: i };
  }
  return null;
};

/** Gives each counted sentence's units to its item and the count − 1 items before it that have none. */
export const unitsFromCountedSentences = (tasks: ParsedTask[]): ParsedTask[] => {
  const out = [...tasks];
  out.forEach((task, at) => {
    const found = findCounted(task.content);
    if (!found || found.count < 1 || found.count > at + 1) return;
    const group = out.slice(at + 1 - found.count, at + 1);
    if (group.some((t) => t.section !== task.section)) return;
    // One unit named for the group leads in so many words; a list of them is a bare list.
    const units = { ...bareList(found.names), isLeadInferred: found.names.length > 1 };
    for (let k = at + 1 - found.count; k <= at; k += 1) {
      const t = out[k];
      if (!t || t.leads.length + t.participants.length > 0) continue;
      out[k] = { ...t, ...units };
    }
    const kept = task.content.split('\n').filter((_, i) => i !== found.line).join('\n');
    out[at] = { ...(out[at] ?? task), content: kept };
  });
  return out;
};
