// Responsibility-grouped documents name the lead once, in the heading over its tasks:
// `(一)省审计厅牵头的工作` / `1.全面加强审计工作。` / `协同单位:…`. Every task under such a heading
// (or the heading itself, when its text follows it unnumbered) is led by that unit unless it names its own lead.
import { isDepartmentLike, looksLikePersonName } from './unit-names.js';
import type { ParsedTask } from './types.js';

/** `省审计厅牵头的工作`, `区发改局牵头负责的任务`, `市住建局牵头`: the unit, or null. */
const HEADING_LEAD = /^(.{2,24}?)牵头(?:负责)?(?:的)?(?:工作|任务|事项|项目)?$/;

const leadOfHeading = (heading: string): string | null => {
  const unit = HEADING_LEAD.exec(heading.trim())?.[1];
  return unit && isDepartmentLike(unit) && !looksLikePersonName(unit) && !/[,,、;;。]/.test(unit) ? unit : null;
};

export const leadsFromHeadings = (tasks: ParsedTask[]): ParsedTask[] =>
  tasks.map((task) => {
    if (task.leads.length > 0 && !task.isLeadInferred) return task;
    // The nearest heading first: the task's own title, then the sections from the innermost out.
    const headings = [task.title, ...task.section.split(' / ').reverse()];
    const lead = headings.map(leadOfHeading).find((u): u is string => u !== null);
    if (!lead) return task;
    const others = [...task.leads, ...task.participants].filter((u) => u !== lead);
    return { ...task, leads: [lead], participants: others, isLeadInferred: false };
  });
