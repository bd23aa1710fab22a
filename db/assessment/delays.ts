// The deadline facts the 考核 reads per task and lead unit: the original and effective (approved)
// deadline, the unit's extension decisions, and when the office closed the task. Until the lifecycle
// (延期 / 办结) tables exist in this database, every deadline is the plan's and nothing is extended or
// closed; hasDelayData says which was read.
import type { Db } from '../open.js';
import type { TaskFact } from '../reports/facts.js';

export type TaskDelayFacts = {
  taskId: string;
  departmentId: string;
  originalDeadline: string | null;
  effectiveDeadline: string | null;
  extensionsApproved: number;
  extensionsRefused: number;
  extensionsPending: number;
  closedAt: string | null;
};

export type DelayFacts = { hasDelayData: boolean; of: (taskId: string, departmentId: string) => TaskDelayFacts };

export const readDelayFacts = (_db: Db, _planId: string, tasks: TaskFact[]): DelayFacts => {
  const deadlineOf = new Map(tasks.map((t) => [t.id, t.deadlineDate]));
  return {
    hasDelayData: false,
    of: (taskId, departmentId) => {
      const deadline = deadlineOf.get(taskId) ?? null;
      return { taskId, departmentId, originalDeadline: deadline, effectiveDeadline: deadline, extensionsApproved: 0, extensionsRefused: 0, extensionsPending: 0, closedAt: null };
    },
  };
};
