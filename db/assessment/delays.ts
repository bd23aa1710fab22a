// The deadline facts the 考核 reads per task and lead unit, from the lifecycle (延期 / 办结,
// db/lifecycle/facts.ts): the original and effective (approved) deadline, the unit's extension decisions,
// and when the office closed the task. A lead unit that is on a task through a group has no row of its
// own there: it takes the task's deadlines and closure, with no extensions of its own.
import { readLifecycleFacts, type TaskLifecycleFacts } from '../lifecycle/facts.js';
import type { Db } from '../open.js';
import type { TaskFact } from '../reports/facts.js';

export type TaskDelayFacts = TaskLifecycleFacts;

export type DelayFacts = { hasDelayData: boolean; of: (taskId: string, departmentId: string) => TaskDelayFacts };

export const readDelayFacts = (db: Db, planId: string, tasks: TaskFact[]): DelayFacts => {
  const facts = readLifecycleFacts(db, planId);
  const byKey = new Map(facts.map((f) => [`${f.taskId}|${f.departmentId}`, f]));
  const byTask = new Map(facts.map((f) => [f.taskId, f]));
  const deadlineOf = new Map(tasks.map((t) => [t.id, t.deadlineDate]));
  return {
    hasDelayData: true,
    of: (taskId, departmentId) => {
      const own = byKey.get(`${taskId}|${departmentId}`);
      if (own) return own;
      const task = byTask.get(taskId);
      const deadline = deadlineOf.get(taskId) ?? null;
      return {
        taskId,
        departmentId,
        originalDeadline: task?.originalDeadline ?? deadline,
        effectiveDeadline: task?.effectiveDeadline ?? deadline,
        extensionsApproved: 0,
        extensionsRefused: 0,
        extensionsPending: 0,
        closedAt: task?.closedAt ?? null,
      };
    },
  };
};
