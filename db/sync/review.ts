// The review state of each report as both sides see it in 数据交换 and `duban review`. A review names the
// report version it judged, so a resubmission (a newer version) is pending again without any clock involved.
// Decisions are made in one place, db/review/decide.ts (review.decide).
import type { ReviewItem, ReviewState } from '../../shared/sync/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

type Row = {
  task_id: string;
  code: string;
  title: string;
  department_id: string;
  department_name: string;
  period_id: string;
  row_version: number;
  status: string;
  percent: number | null;
  progress: string;
  decision: 'accept' | 'return' | null;
  reason: string | null;
  report_version: number | null;
};

const SQL = `
  SELECT r.task_id, t.code, t.title, r.department_id, d.name AS department_name, r.period_id, r.row_version,
    r.status, r.percent, r.progress, v.decision, v.reason, v.report_version
  FROM reports r
  JOIN tasks t ON t.id = r.task_id
  JOIN departments d ON d.id = r.department_id
  LEFT JOIN reviews v ON v.id = (
    SELECT id FROM reviews x WHERE x.task_id = r.task_id AND x.department_id = r.department_id AND x.period_id = r.period_id AND x.deleted = 0
    ORDER BY x.report_version DESC, x.row_version DESC, x.id LIMIT 1)
  WHERE r.deleted = 0 AND (@departmentId IS NULL OR r.department_id = @departmentId)
  ORDER BY r.period_id DESC, t.seq, d.name`;

const stateOf = (row: Row): ReviewState =>
  row.decision === null || row.report_version !== row.row_version ? 'pending' : row.decision === 'accept' ? 'accepted' : 'returned';

export const listReviewItems = (db: Db, departmentId: string | null): ReviewItem[] =>
  (prepared(db, SQL).all({ departmentId }) as Row[]).map((row) => ({
    taskId: row.task_id,
    taskCode: row.code,
    taskTitle: row.title,
    departmentId: row.department_id,
    departmentName: row.department_name,
    periodId: row.period_id,
    reportVersion: row.row_version,
    status: row.status,
    percent: row.percent,
    progress: row.progress,
    state: stateOf(row),
    lastDecision: row.decision ? { decision: row.decision, reason: row.reason ?? '', reportVersion: row.report_version ?? 0 } : null,
  }));
