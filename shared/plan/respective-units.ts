// Units named once after a list, in order: `1、…反映… 2、… 3、…` then a line `以上反映,某办已分别转交A、B、C,要求办理回复`.
// 分别 (respectively) gives the first unit to the first item, the second to the second, and so on. Read only when the
// line opens with 以上 (all of the above), the list after the verb is a list of units, its count equals the items'
// (the siblings of the last item, up to it), and none of those items names a unit of its own. Each unit leads its
// item, as inferred (no 牵头 word). The reader keeps that line in the last item's content; it stays there.
import type { ParsedTask } from './types.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';
import { foldPunctuation } from './text.js';

const RESPECTIVELY = /^以上[^。\n]{0,40}?分别(?:转交|转办|交办|交由|移交|批转|转送|转给|交给)([^,;。]+)/;

const parentOf = (path: string): string => path.split('/').slice(0, -1).join('/');

const respectiveUnits = (content: string): string[] | null => {
  for (const line of content.split('\n')) {
    const m = RESPECTIVELY.exec(foldPunctuation(line).trim());
    if (!m) continue;
    const units = splitUnitList((m[1] ?? '').trim());
    return units.length >= 2 && isUnitNameList(units) ? units : null;
  }
  return null;
};

export const unitsNamedRespectively = (tasks: ParsedTask[]): ParsedTask[] => {
  const out = [...tasks];
  tasks.forEach((task, k) => {
    const units = respectiveUnits(task.content);
    if (!units) return;
    let first = k;
    while (first > 0 && tasks[first - 1]?.level === task.level && parentOf(tasks[first - 1]?.path ?? '') === parentOf(task.path)) first -= 1;
    const items = tasks.slice(first, k + 1);
    if (items.length !== units.length || items.some((t) => t.leads.length + t.participants.length > 0)) return;
    items.forEach((t, j) => {
      out[first + j] = { ...t, leads: [units[j] ?? ''], participants: [], isLeadInferred: true };
    });
  });
  return out;
};
