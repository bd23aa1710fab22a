// A numbered item whose units stand alone on the line after it, with no label, verb or bracket
// (`2.对困难企业缓缴社会保险费。` / `市人社局、市财政局等,各县、市、区政府`): a table's 措施 and 责任单位 cells
// printed one per line, or a list whose office wrote each item's units under it. The line was kept as the
// item's content and the item had no units.
import { bareList } from './responsibility.js';
import type { ParsedTask } from './types.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

/** A line that is nothing but a list of units: no sentence, no label, every name a unit's. */
const unitsOfLine = (line: string): string[] | null => {
  const text = line.trim();
  if (text.length === 0 || text.length > 80 || /[。;;::!?!?]/.test(text)) return null;
  const names = splitUnitList(text);
  return isUnitNameList(names) ? names : null;
};

/**
 * Items with no units of their own whose last content line is a bare list of units: those are its units,
 * the first leading by inference (as a bare 责任单位 list), and the line leaves its content.
 */
export const unitsFromBareLines = (tasks: ParsedTask[]): ParsedTask[] =>
  tasks.map((t) => {
    if (t.leads.length + t.participants.length > 0) return t;
    const lines = t.content.split('\n');
    const names = unitsOfLine(lines[lines.length - 1] ?? '');
    if (!names || names.length === 0) return t;
    return { ...t, ...bareList(names), content: lines.slice(0, -1).join('\n') };
  });
