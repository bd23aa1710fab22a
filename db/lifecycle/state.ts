// A task's lifecycle state, read from the request and decision rows alone: which deadline stands, whether
// the task is closed (办结销号) and since when. "Which decision came last" is the office's own ordinal on
// the task, so a department that imported the office's packages in any order reads the same state.
import { dayOf } from '../../shared/progress/days.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

export type LifecycleState = {
  taskId: string;
  originalDeadline: string | null;
  /** The approved new deadline, else the original. */
  effectiveDeadline: string | null;
  /** Set when an approved 延期 stands: the deadline the plan gave. */
  extendedFrom: string | null;
  /** The day the office agreed to close the task, while no reopening came after it. */
  closedAt: string | null;
};

type DecisionRow = { task_id: string; action: 'approve' | 'refuse' | 'reopen'; request_kind: 'extension' | 'closure' | null; new_deadline: string | null; decided_at: string };

const day = (value: string | null): string | null => (value ? value.slice(0, 10) : null);
/** The China calendar day of the office's decision (a stored instant): before 08:00 in Beijing the UTC date is a day behind. */
const decidedOn = (instant: string): string => dayOf(new Date(instant));

/** The lifecycle state of every task of a plan that has any decision; tasks without one keep their plan deadline. */
export const readLifecycleStates = (db: Db, planId: string, onlyTaskId: string | null = null): Map<string, LifecycleState> => {
  const rows = prepared(
    db,
    `SELECT d.task_id, d.action, d.request_kind, d.new_deadline, d.decided_at, t.deadline_date
       FROM lifecycle_decisions d JOIN tasks t ON t.id = d.task_id AND t.plan_id = @planId
      WHERE d.deleted = 0 AND (@taskId IS NULL OR d.task_id = @taskId) ORDER BY d.task_id, d.ordinal, d.id`,
  ).all({ planId, taskId: onlyTaskId }) as (DecisionRow & { deadline_date: string | null })[];
  const states = new Map<string, LifecycleState>();
  for (const row of rows) {
    const original = day(row.deadline_date);
    const state = states.get(row.task_id) ?? { taskId: row.task_id, originalDeadline: original, effectiveDeadline: original, extendedFrom: null, closedAt: null };
    if (row.action === 'approve' && row.request_kind === 'extension' && row.new_deadline) {
      state.effectiveDeadline = day(row.new_deadline);
      state.extendedFrom = original;
    }
    if (row.action === 'approve' && row.request_kind === 'closure') state.closedAt = decidedOn(row.decided_at);
    if (row.action === 'reopen') state.closedAt = null;
    states.set(row.task_id, state);
  }
  return states;
};

/** One task's state (the workbench, the API's checks). */
export const lifecycleStateOf = (db: Db, taskId: string): LifecycleState => {
  const task = prepared(db, 'SELECT plan_id, deadline_date FROM tasks WHERE id = ?').get(taskId) as { plan_id: string; deadline_date: string | null } | undefined;
  const original = day(task?.deadline_date ?? null);
  const fallback: LifecycleState = { taskId, originalDeadline: original, effectiveDeadline: original, extendedFrom: null, closedAt: null };
  return task ? (readLifecycleStates(db, task.plan_id, taskId).get(taskId) ?? fallback) : fallback;
};
