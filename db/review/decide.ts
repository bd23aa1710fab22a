// One item in full for the reviewer, and decisions on one or many items in one transaction. A decision
// names the report version the reviewer saw: if the unit sent a newer one meanwhile, that item is skipped.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import { parsePeriodId, shiftPeriod } from '../../shared/progress/periods.js';
import type { ReviewDecisionResult, ReviewHistoryEntry, ReviewItemDetail, ReviewKey } from '../../shared/review/types.js';
import type { BackendContext } from '../context.js';
import { currentProxyEntry, markProxyReview } from '../adoption/proxy-store.js';
import { getReportDetail } from '../progress/report-detail.js';
import { readReport } from '../progress/report-read.js';
import { readSettings } from '../progress/settings.js';
import { prepared } from '../statements.js';
import { requireOfficePc } from '../roles.js';
import { upsertSynced } from '../sync/synced-write.js';
import { queueItem } from './queue.js';

const history = (ctx: BackendContext, key: ReviewKey): ReviewHistoryEntry[] =>
  (
    prepared(
      ctx.db,
      `SELECT decision, reason, reviewer, created_at, report_version FROM reviews
       WHERE task_id = ? AND department_id = ? AND period_id = ? AND deleted = 0 ORDER BY report_version DESC, row_version DESC`,
    ).all(key.taskId, key.departmentId, key.periodId) as { decision: 'accept' | 'return'; reason: string; reviewer: string; created_at: string; report_version: number }[]
  ).map((r) => ({ decision: r.decision, reason: r.reason, reviewer: r.reviewer, at: r.created_at, reportVersion: r.report_version }));

export const reviewItemDetail = (ctx: BackendContext, key: ReviewKey): ReviewItemDetail => {
  const item = queueItem(ctx, key);
  if (!item) throw new ApiError('not_found', '这份报告已不在审核队列中,请刷新列表');
  const detail = getReportDetail(ctx, key.taskId, key.departmentId, key.periodId);
  const period = parsePeriodId(key.periodId, readSettings(ctx.db).dueOffsetDays);
  const before = period ? shiftPeriod(period, -1) : null;
  return {
    item,
    detail,
    previous: {
      periodId: before?.id ?? '',
      periodLabel: before?.label ?? '',
      report: before ? readReport(ctx.db, { ...key, periodId: before.id }) : null,
    },
    history: history(ctx, key),
  };
};

export type DecideInput = {
  items: (ReviewKey & { reportVersion: number })[];
  decision: 'accept' | 'return';
  reason: string;
  reviewer: string;
};

export const decideReviews = (ctx: BackendContext, input: DecideInput): ReviewDecisionResult => {
  const { db } = ctx;
  requireOfficePc(ctx, '审核报告');
  const reason = input.reason.trim();
  if (input.decision === 'return' && reason === '') throw new ApiError('bad_input', '退回时请写明理由', { issues: [{ path: 'reason', message: '退回时请写明理由' }] });
  const skipped: ReviewDecisionResult['skipped'] = [];
  let decided = 0;
  const at = ctx.clock().toISOString();
  db.transaction(() => {
    for (const wanted of input.items) {
      const key: ReviewKey = { taskId: wanted.taskId, departmentId: wanted.departmentId, periodId: wanted.periodId };
      const report = prepared(db, 'SELECT row_version FROM reports WHERE task_id = ? AND department_id = ? AND period_id = ? AND deleted = 0').get(
        key.taskId,
        key.departmentId,
        key.periodId,
      ) as { row_version: number } | undefined;
      if (!report) {
        skipped.push({ key, reason: '报告已不存在' });
        continue;
      }
      if (report.row_version !== wanted.reportVersion) {
        skipped.push({ key, reason: '单位又报送了新版本,请查看新版本后再审核' });
        continue;
      }
      const existing = prepared(
        db,
        'SELECT 1 FROM reviews WHERE task_id = ? AND department_id = ? AND period_id = ? AND report_version = ? AND deleted = 0',
      ).get(key.taskId, key.departmentId, key.periodId, report.row_version);
      if (existing) {
        skipped.push({ key, reason: '这一版已经审核过' });
        continue;
      }
      const id = randomUUID();
      // A review of the office's own 代录 stays on the office (db/adoption/proxy-store.ts says why).
      if (currentProxyEntry(db, key)) markProxyReview(db, id);
      upsertSynced(db, ctx.identity.originId, 'reviews', {
        id,
        task_id: key.taskId,
        department_id: key.departmentId,
        period_id: key.periodId,
        report_version: report.row_version,
        decision: input.decision,
        reason: input.decision === 'return' ? reason : '',
        reviewer: input.reviewer,
        created_at: at,
        deleted: 0,
      });
      decided += 1;
    }
  })();
  return { decided, skipped };
};
