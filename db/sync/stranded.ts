// Reports overtaken by a plan change (issue 16): the unit wrote a report on a task, then the office's plan
// update took the unit off that task (or withdrew it). Nothing vanishes: the department lists each such
// report with the reason, and the office lists the change as 已失效 in its import report (apply.ts).
import type { StrandedReport } from '../../shared/sync/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { VOID_REASON } from './apply.js';
import { ackOf, officePeer } from './state.js';

type Row = { task_id: string; code: string; title: string; period_id: string; last_seq: number | null };

export const strandedReports = (db: Db, departmentId: string | null, selfOrigin: string): StrandedReport[] => {
  if (!departmentId) return [];
  const office = officePeer(db);
  const acked = office ? ackOf(db, office.origin_id) : 0;
  const rows = prepared(
    db,
    `SELECT r.task_id, t.code, t.title, r.period_id,
       (SELECT MAX(seq) FROM change_log c WHERE c.origin_id = @origin AND c.table_name = 'reports'
          AND c.pk = r.task_id || '|' || r.department_id || '|' || r.period_id) AS last_seq
     FROM reports r JOIN tasks t ON t.id = r.task_id
     WHERE r.department_id = @dept AND r.deleted = 0
       AND (t.deleted = 1 OR NOT EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = r.task_id AND a.department_id = r.department_id AND a.deleted = 0))
     ORDER BY t.seq, r.period_id`,
  ).all({ origin: selfOrigin, dept: departmentId }) as Row[];
  return rows.map((r) => ({
    taskId: r.task_id,
    taskCode: r.code,
    taskTitle: r.title,
    periodId: r.period_id,
    isUnsent: r.last_seq !== null && r.last_seq > acked,
    reason: r.last_seq !== null && r.last_seq > acked ? `${VOID_REASON};牵头办公室收到后会列为已失效,不会计入` : VOID_REASON,
  }));
};
