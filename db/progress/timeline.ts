// A task's timeline (时间轴): the task itself, every submitted report version and every review, with
// who and when. Report history comes from the change log (each version is logged); reports that
// arrived otherwise are taken from the table, so none is left out.
import { periodLabel } from '../../shared/progress/periods.js';
import { reportStatusLabel, type ReportStatus } from '../../shared/progress/report-status.js';
import type { TimelineEvent } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { requireTask } from './lookup.js';

type ReportJson = {
  department_id: string;
  period_id: string;
  status: ReportStatus;
  percent: number | null;
  submitted_at: string;
  row_version: number;
  deleted: number;
};

export const taskTimeline = (ctx: BackendContext, taskId: string): TimelineEvent[] => {
  const task = requireTask(ctx.db, taskId);
  const names = new Map(
    (prepared(ctx.db, 'SELECT id, name FROM departments').all() as { id: string; name: string }[]).map((d) => [d.id, d.name]),
  );
  const nameOf = (id: string): string => names.get(id) ?? '未知单位';
  const events: TimelineEvent[] = [];

  const plan = prepared(ctx.db, 'SELECT imported_at FROM plans WHERE id = ?').get(task.planId) as { imported_at: string };
  const taskVersions = prepared(ctx.db, "SELECT row_version FROM change_log WHERE table_name = 'tasks' AND pk = ? ORDER BY seq").all(
    taskId,
  ) as { row_version: number }[];
  events.push({ at: plan.imported_at, kind: 'task', who: '办公室', periodId: null, text: `任务下达:${task.code} ${task.title}` });
  if (taskVersions.length > 1) {
    events.push({ at: plan.imported_at, kind: 'task', who: '办公室', periodId: null, text: `任务内容变更 ${taskVersions.length - 1} 次` });
  }

  // pk is task|department|period: a range on the pk index finds one task's reports.
  const logged = prepared(
    ctx.db,
    "SELECT row_json FROM change_log WHERE table_name = 'reports' AND pk >= ? AND pk < ? ORDER BY seq",
  ).all(`${taskId}|`, `${taskId}}`) as { row_json: string }[];
  const seen = new Set<string>();
  const addReport = (r: ReportJson): void => {
    const id = `${r.department_id}|${r.period_id}|${r.row_version}`;
    if (seen.has(id) || r.deleted === 1) return;
    seen.add(id);
    events.push({
      at: r.submitted_at,
      kind: r.row_version > 1 ? 'resubmitted' : 'submitted',
      who: nameOf(r.department_id),
      periodId: r.period_id,
      text: `${r.row_version > 1 ? '重新提交' : '提交'}${periodLabel(r.period_id)}报告:${reportStatusLabel[r.status]}${
        r.percent === null ? '' : `,完成 ${r.percent}%`
      }`,
    });
  };
  for (const row of logged) addReport(JSON.parse(row.row_json) as ReportJson);
  for (const row of prepared(ctx.db, 'SELECT * FROM reports WHERE task_id = ?').all(taskId) as ReportJson[]) addReport(row);

  const reviews = prepared(
    ctx.db,
    'SELECT department_id, period_id, decision, reason, reviewer, created_at, report_version FROM reviews WHERE task_id = ? AND deleted = 0',
  ).all(taskId) as { department_id: string; period_id: string; decision: 'accept' | 'return'; reason: string; reviewer: string; created_at: string; report_version: number }[];
  for (const v of reviews) {
    events.push({
      at: v.created_at,
      kind: v.decision === 'accept' ? 'accepted' : 'returned',
      who: v.reviewer || '办公室',
      periodId: v.period_id,
      text: `${v.decision === 'accept' ? '通过' : '退回'}${nameOf(v.department_id)}${periodLabel(v.period_id)}报告${
        v.decision === 'return' && v.reason ? `,理由:${v.reason}` : ''
      }`,
    });
  }
  // Times are for display; the order of equal times keeps the order found (task, reports by seq, reviews).
  return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.at.localeCompare(b.e.at) || a.i - b.i).map(({ e }) => e);
};
