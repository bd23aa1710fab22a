// The import preview's corrections for many tasks at once. A reader that misses one shape usually misses it on
// every task of a section (a unit named once for a group of targets, a document whose list order decides the
// lead), so the office fixes a selection in one step instead of task by task. Each action only writes the
// per-task corrections the API already takes (leads, participants, droppedTasks): nothing new to trust.
import type { PlanCorrections } from './corrections.js';
import type { ParsedTask } from './types.js';

export type BulkAction =
  /** Replace the leads of every selected task with these names. */
  | { kind: 'setLeads'; names: string[] }
  /** Replace the participants of every selected task with these names. */
  | { kind: 'setParticipants'; names: string[] }
  /** The first unit named leads, every other one takes part (the usual rule for a bare list). */
  | { kind: 'firstLeads' }
  /** Every unit named leads together (`A、B按职责分工负责`). */
  | { kind: 'allLead' }
  /** None of them is a task. */
  | { kind: 'drop' };

/** The units of a task in the order the preview shows them: leads first, then participants. */
const unitsOf = (task: ParsedTask): string[] => [...new Set([...task.leads, ...task.participants])];

const withUnits = (
  corrections: PlanCorrections,
  tasks: ParsedTask[],
  assign: (task: ParsedTask) => { leads?: string[]; participants?: string[] },
): PlanCorrections => {
  const leads = { ...corrections.leads };
  const participants = { ...corrections.participants };
  for (const task of tasks) {
    const next = assign(task);
    if (next.leads) leads[task.path] = next.leads;
    if (next.participants) participants[task.path] = next.participants;
  }
  return { ...corrections, leads, participants };
};

/** The corrections after applying `action` to the tasks whose paths are in `paths` (others are left alone). */
export const applyBulkAction = (corrections: PlanCorrections, allTasks: ParsedTask[], paths: string[], action: BulkAction): PlanCorrections => {
  const chosen = new Set(paths);
  const tasks = allTasks.filter((t) => chosen.has(t.path));
  if (tasks.length === 0) return corrections;
  switch (action.kind) {
    case 'setLeads':
      // A unit made lead stops taking part in the same task.
      return withUnits(corrections, tasks, (t) => ({ leads: action.names, participants: t.participants.filter((p) => !action.names.includes(p)) }));
    case 'setParticipants':
      // The leads are left as read (and still marked 推定 if they were inferred).
      return withUnits(corrections, tasks, (t) => ({ participants: action.names.filter((p) => !t.leads.includes(p)) }));
    case 'firstLeads':
      return withUnits(corrections, tasks, (t) => {
        const units = unitsOf(t);
        return units.length === 0 ? {} : { leads: units.slice(0, 1), participants: units.slice(1) };
      });
    case 'allLead':
      return withUnits(corrections, tasks, (t) => {
        const units = unitsOf(t);
        return units.length === 0 ? {} : { leads: units, participants: [] };
      });
    case 'drop': {
      const dropped = new Set([...(corrections.droppedTasks ?? []), ...tasks.map((t) => t.path)]);
      return { ...corrections, droppedTasks: [...dropped] };
    }
  }
};

/** Splits what the office typed into unit names: 、 , ; and spaces between names all separate. */
export const namesTyped = (text: string): string[] => [...new Set(text.split(/[、,,;;\s]+/).map((s) => s.trim()).filter(Boolean))];
