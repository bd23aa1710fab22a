// The lifecycle's events on a task's timeline (时间轴): each request after the task was issued, each
// decision after the request it answers (by request id), and the office's decisions on the task in the
// order it numbered them (ordinal): a reopening follows the closure it undoes. Never ordered by a clock.
import { decisionLabel, deadlineWords } from '../../shared/lifecycle/labels.js';
import type { TimelineNode } from '../../shared/progress/timeline-order.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

type RequestRow = { id: string; department_id: string; kind: 'extension' | 'closure'; requested_deadline: string | null; current_deadline: string | null; reason: string; requested_by: string; created_at: string; origin_id: string; seq: number | null };
type DecisionRow = { request_id: string | null; department_id: string; action: 'approve' | 'refuse' | 'reopen'; request_kind: 'extension' | 'closure' | null; new_deadline: string | null; reason: string; decided_by: string; decided_at: string; origin_id: string; seq: number | null };

const SEQ = (table: string, alias: string): string =>
  `(SELECT MIN(c.seq) FROM change_log c WHERE c.table_name = '${table}' AND c.pk = ${alias}.id AND c.origin_id = ${alias}.origin_id)`;

/** Appends the task's lifecycle nodes to `nodes`; the node at index 0 is the task's issue. */
export const addLifecycleNodes = (db: Db, taskId: string, nameOf: (id: string) => string, nodes: TimelineNode[]): void => {
  const requests = prepared(db, `SELECT q.*, ${SEQ('lifecycle_requests', 'q')} AS seq FROM lifecycle_requests q WHERE q.task_id = ? AND q.deleted = 0`).all(taskId) as RequestRow[];
  const indexOf = new Map<string, number>();
  for (const q of requests) {
    const asked =
      q.kind === 'extension'
        ? `申请延期:${q.current_deadline ? `由${deadlineWords(q.current_deadline)}` : ''}延至${q.requested_deadline ? deadlineWords(q.requested_deadline) : ''};理由:${q.reason}`
        : `申请办结${q.reason ? `;说明:${q.reason}` : ''}`;
    nodes.push({
      origin: q.origin_id,
      seq: q.seq,
      after: [0],
      event: { at: q.created_at, kind: q.kind, who: `${nameOf(q.department_id)}${q.requested_by ? `(${q.requested_by})` : ''}`, periodId: null, text: asked },
    });
    indexOf.set(q.id, nodes.length - 1);
  }
  const decisions = prepared(
    db,
    `SELECT d.*, ${SEQ('lifecycle_decisions', 'd')} AS seq FROM lifecycle_decisions d WHERE d.task_id = ? AND d.deleted = 0 ORDER BY d.ordinal, d.id`,
  ).all(taskId) as DecisionRow[];
  let previous: number | null = null;
  for (const d of decisions) {
    const answered = d.request_id ? indexOf.get(d.request_id) : undefined;
    const label = decisionLabel(d.request_kind, d.action);
    const granted = d.action === 'approve' && d.new_deadline ? `,完成时限延至${deadlineWords(d.new_deadline)}` : '';
    const closed = d.action === 'approve' && d.request_kind === 'closure' ? ',任务已办结' : '';
    nodes.push({
      origin: d.origin_id,
      seq: d.seq,
      after: [0, ...(answered === undefined ? [] : [answered]), ...(previous === null ? [] : [previous])],
      event: {
        at: d.decided_at,
        kind: 'lifecycle',
        who: d.decided_by || '办公室',
        periodId: null,
        text: `${label}(${nameOf(d.department_id)})${granted}${closed}${d.reason ? `;理由:${d.reason}` : ''}`,
      },
    });
    previous = nodes.length - 1;
  }
};
