// A task's timeline (时间轴): the task itself, every submitted report version and every review, with
// who and when. Report history comes from the change log (each version is logged); reports that
// arrived otherwise are taken from the table, so none is left out.
import { periodLabel } from '../../shared/progress/periods.js';
import { reportStatusLabel, type ReportStatus } from '../../shared/progress/report-status.js';
import type { TimelineEvent } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { proxyVersionsOfTask } from '../adoption/proxy-store.js';
import { requireTask } from './lookup.js';

type ReportJson = {
  department_id: string;
  period_id: string;
  status: ReportStatus;
  percent: number | null;
  submitted_at: string;
  row_version: number;
  origin_id: string;
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
  const reports = new Map<string, ReportJson>();
  // 代录: versions the office entered from the unit's returned file; the office is the author. Its version
  // number may equal one the unit later writes itself, so a 代录 version is told apart by its origin.
  const proxies = proxyVersionsOfTask(ctx.db, taskId);
  const proxyOf = (r: ReportJson) => {
    const proxy = proxies.get(`${r.department_id}|${r.period_id}|${r.row_version}`);
    return proxy && proxy.enteredBy === r.origin_id ? proxy : undefined;
  };
  const addReport = (r: ReportJson): void => {
    const id = `${r.department_id}|${r.period_id}|${r.row_version}${proxyOf(r) ? '|代录' : ''}`;
    if (!reports.has(id) && r.deleted === 0) reports.set(id, r);
  };
  for (const row of logged) addReport(JSON.parse(row.row_json) as ReportJson);
  for (const row of prepared(ctx.db, 'SELECT * FROM reports WHERE task_id = ?').all(taskId) as ReportJson[]) addReport(row);
  const reviews = prepared(
    ctx.db,
    'SELECT department_id, period_id, decision, reason, reviewer, created_at, report_version FROM reviews WHERE task_id = ? AND deleted = 0',
  ).all(taskId) as ReviewRow[];

  // One stream per department and period, in causal order: version 1, its reviews, version 2, ...
  // (a review names the version it judged), so PCs with wrong clocks cannot reorder a stream.
  type Entry = { version: number; rank: number; event: TimelineEvent };
  const streams = new Map<string, Entry[]>();
  const push = (stream: string, entry: Entry): void => {
    const list = streams.get(stream) ?? [];
    list.push(entry);
    streams.set(stream, list);
  };
  // A unit's own report only ever follows the office's 代录 in a stream (the office never enters over the
  // unit's own report), so 代录 versions and their reviews sort first whatever their numbers.
  const PROXY_FIRST = 1e9;
  for (const r of reports.values()) {
    const proxy = proxyOf(r);
    const isProxy = proxy !== undefined;
    const what = `${periodLabel(r.period_id)}报告:${reportStatusLabel[r.status]}${r.percent === null ? '' : `,完成 ${r.percent}%`}`;
    push(`${r.department_id}|${r.period_id}`, {
      version: isProxy ? r.row_version - PROXY_FIRST : r.row_version,
      rank: 0,
      event: {
        at: r.submitted_at,
        kind: r.row_version > 1 ? 'resubmitted' : 'submitted',
        who: isProxy ? `办公室(代${nameOf(r.department_id)}录入)` : nameOf(r.department_id),
        periodId: r.period_id,
        text: proxy
          ? `代录${nameOf(r.department_id)}${what};来源文件“${proxy.fileName}”${proxy.fileSha256 ? `(SHA-256 ${proxy.fileSha256.slice(0, 16)}…)` : ''}`
          : `${r.row_version > 1 ? '重新提交' : '提交'}${what}`,
      },
    });
  }
  for (const v of reviews) {
    push(`${v.department_id}|${v.period_id}`, {
      version: proxies.has(`${v.department_id}|${v.period_id}|${v.report_version}`) ? v.report_version - PROXY_FIRST : v.report_version,
      rank: 1,
      event: {
        at: v.created_at,
        kind: v.decision === 'accept' ? 'accepted' : 'returned',
        who: v.reviewer || '办公室',
        periodId: v.period_id,
        text: `${v.decision === 'accept' ? '通过' : '退回'}${nameOf(v.department_id)}${periodLabel(v.period_id)}报告${
          v.decision === 'return' && v.reason ? `,理由:${v.reason}` : ''
        }`,
      },
    });
  }
  // Between streams, times (display only) interleave them; inside a stream an event never sorts
  // before its predecessor, because its sort time is at least the predecessor's.
  const keyed: { sortAt: string; order: number; event: TimelineEvent }[] = events.map((event, order) => ({ sortAt: event.at, order, event }));
  for (const list of streams.values()) {
    list.sort((a, b) => a.version - b.version || a.rank - b.rank || a.event.at.localeCompare(b.event.at));
    let floor = '';
    for (const entry of list) {
      floor = entry.event.at > floor ? entry.event.at : floor;
      keyed.push({ sortAt: floor, order: keyed.length, event: entry.event });
    }
  }
  return keyed.sort((a, b) => a.sortAt.localeCompare(b.sortAt) || a.order - b.order).map((k) => k.event);
};

type ReviewRow = {
  department_id: string;
  period_id: string;
  decision: 'accept' | 'return';
  reason: string;
  reviewer: string;
  created_at: string;
  report_version: number;
};
