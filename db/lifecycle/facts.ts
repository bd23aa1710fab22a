// The lifecycle facts other features build on (催办通知单, 年度考核: issue 21 part 2). One row per task and
// lead unit (a task with two lead units gives two rows): the deadlines and closure are the task's, the
// request counts are that unit's own 延期申请. Dates are 'YYYY-MM-DD'. Keep this signature stable.
import type Database from 'better-sqlite3';
import { prepared } from '../statements.js';
import { readLifecycleStates } from './state.js';

export type TaskLifecycleFacts = {
  taskId: string;
  departmentId: string;
  originalDeadline: string | null;
  effectiveDeadline: string | null;
  extensionsApproved: number;
  extensionsRefused: number;
  extensionsPending: number;
  closedAt: string | null;
};

type LeadRow = { task_id: string; department_id: string; deadline_date: string | null; approved: number; refused: number; pending: number };

// Leaf tasks only (a heading is reported through its children), lead units only (not groups).
const LEADS_SQL = `
  SELECT t.id AS task_id, a.department_id, t.deadline_date,
    (SELECT COUNT(*) FROM lifecycle_requests q JOIN lifecycle_decisions d ON d.request_id = q.id AND d.deleted = 0
      WHERE q.task_id = t.id AND q.department_id = a.department_id AND q.kind = 'extension' AND q.deleted = 0 AND d.action = 'approve') AS approved,
    (SELECT COUNT(*) FROM lifecycle_requests q JOIN lifecycle_decisions d ON d.request_id = q.id AND d.deleted = 0
      WHERE q.task_id = t.id AND q.department_id = a.department_id AND q.kind = 'extension' AND q.deleted = 0 AND d.action = 'refuse') AS refused,
    (SELECT COUNT(*) FROM lifecycle_requests q
      WHERE q.task_id = t.id AND q.department_id = a.department_id AND q.kind = 'extension' AND q.deleted = 0
        AND NOT EXISTS (SELECT 1 FROM lifecycle_decisions d WHERE d.request_id = q.id AND d.deleted = 0)) AS pending
  FROM tasks t
  JOIN assignments a ON a.task_id = t.id AND a.role = 'lead' AND a.deleted = 0
  JOIN departments u ON u.id = a.department_id AND u.deleted = 0 AND u.kind = 'unit'
  WHERE t.plan_id = ? AND t.deleted = 0
    AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted = 0)
  ORDER BY t.seq, a.position`;

export function readLifecycleFacts(db: Database.Database, planId: string): TaskLifecycleFacts[] {
  const states = readLifecycleStates(db, planId);
  return (prepared(db, LEADS_SQL).all(planId) as LeadRow[]).map((r) => {
    const state = states.get(r.task_id);
    const original = r.deadline_date ? r.deadline_date.slice(0, 10) : null;
    return {
      taskId: r.task_id,
      departmentId: r.department_id,
      originalDeadline: original,
      effectiveDeadline: state ? state.effectiveDeadline : original,
      extensionsApproved: r.approved,
      extensionsRefused: r.refused,
      extensionsPending: r.pending,
      closedAt: state?.closedAt ?? null,
    };
  });
}
