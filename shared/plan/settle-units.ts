// The passes that run once every reader has made its tasks: they settle each task's units across the whole
// document (default participants, glued and role-labelled names, units named after verbs), then give a task still
// without units the subject or heading that names one, and set aside the points that are no tasks. Kept apart
// from document.ts so that the order of these passes reads as one list.
import { leadsOfAssistedWork } from './assisted-work.js';
import { leadsOfCarryBrackets } from './carry-brackets.js';
import { dropChecklistItems } from './checklist-items.js';
import { addDefaultParticipants, defaultParticipants } from './default-units.js';
import { fallbackLeads } from './fallback-leads.js';
import { cutGenericTails } from './generic-tails.js';
import { leadsOfOwnList } from './own-list-unit.js';
import { dropRoleLabels } from './role-label-names.js';
import { leadsOfResponsibleBody } from './responsible-body.js';
import { unglueUnits } from './unit-names.js';
import { leadsNamedAfterVerbs } from './verb-units.js';
import type { ParsedPlan, ParsedSection, ParsedTask, UnplacedLine } from './types.js';

type Line = { line: number; text: string };

export type SettleContext = {
  /** The document's text as read (label script folded), for rules the document states once for all tasks. */
  wholeText: string;
  /** The lines the readers read, unwrapped where the text was hard-wrapped. */
  readLines: Line[];
  /** The body's lines (what is not a table), for the unit headings the fallback looks for. */
  bodyLines: Line[];
  sections: ParsedSection[];
  taskSource: ParsedPlan['taskSource'];
};

export const settleTaskUnits = (found: ParsedTask[], context: SettleContext): { tasks: ParsedTask[]; unplaced: UnplacedLine[] } => {
  const { wholeText, readLines, bodyLines, sections, taskSource } = context;
  // `除特别注明的外,X和Y都是配合单位`: the document's rule adds X and Y to every task.
  let tasks = addDefaultParticipants(found, defaultParticipants(wholeText));
  tasks = unglueUnits(tasks, readLines.map((l) => l.text));
  tasks = dropRoleLabels(tasks);
  tasks = leadsOfAssistedWork(tasks);
  // `A、B等部门、单位`: the tail after the last named unit is no part of its name (generic-tails.ts).
  tasks = cutGenericTails(tasks);
  // `请X按…`, `移交X承担`, `由X组织推进`: a unit named after a verb mid-sentence (verb-units.ts); `〔X,此项及以下…〕`
  // closing a task: X leads (carry-brackets.ts).
  tasks = leadsNamedAfterVerbs(leadsOfCarryBrackets(tasks));
  // A 责任书's `责任主体` part names the unit every item is for (responsible-body.ts).
  const body = leadsOfResponsibleBody(tasks);
  tasks = body.tasks;
  // Last: a task still without units whose first sentence's subject, or unit heading, names one (fallback-leads.ts).
  tasks = fallbackLeads(tasks, sections, taskSource === 'body' ? bodyLines : []);
  // A list titled as one unit's own (`X局…事项清单`) whose items name nobody: that unit's (own-list-unit.ts).
  tasks = leadsOfOwnList(tasks, readLines);
  // Then the points an inspection checks and a notice's roster of units, which are no tasks (checklist-items.ts).
  if (taskSource !== 'body') return { tasks, unplaced: body.unplaced };
  const checked = dropChecklistItems(tasks, sections);
  return { tasks: checked.tasks, unplaced: [...body.unplaced, ...checked.unplaced] };
};
