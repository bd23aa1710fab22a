// A task's units as the preview shows them: each named once, and a lead never listed again as a participant.
import type { ParsedTask } from './types.js';

export const dedupeTaskUnits = (task: ParsedTask): ParsedTask => {
  const leads = [...new Set(task.leads)];
  const participants = [...new Set(task.participants)].filter((p) => !leads.includes(p));
  return { ...task, leads, participants };
};
