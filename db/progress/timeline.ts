// A task's timeline (时间轴): the task itself, every submitted report version and every review, with
// who and when. Report history comes from the change log (each version is logged); reports that
// arrived otherwise are taken from the table, so none is left out. The order follows what each event
// answers (shared/progress/timeline-order.ts), never the PCs' clocks.
import { periodLabel } from '../../shared/progress/periods.js';
import { reportStatusLabel, type ReportStatus } from '../../shared/progress/report-status.js';
import { orderTimeline, type TimelineNode } from '../../shared/progress/timeline-order.js';
import type { TimelineEvent } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { isDemo, officeOrigins } from './authorship.js';
import { proxyVersionsOfTask } from '../adoption/proxy-store.js';
import { requireTask } from './lookup.js';
import { noticesOfTask } from '../notices/store.js';
import { readSelf } from '../sync/state.js';
import { noticeTaskSituation } from '../../shared/notices/types.js';
import { formatDay } from '../../shared/progress/deadline.js';
import { addLifecycleNodes } from '../lifecycle/timeline.js';

type ReportJson = {
  department_id: string;
  period_id: string;
  status: ReportStatus;
  percent: number | null;
  submitted_at: string;
  row_version: number;
  origin_id?: string;
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
    "SELECT origin_id, seq, row_json FROM change_log WHERE table_name = 'reports' AND pk >= ? AND pk < ? ORDER BY seq",
  ).all(`${taskId}|`, `${taskId}}`) as { origin_id: string; seq: number; row_json: string }[];
  type Placed = { origin: string | null; seq: number | null };
  // 代录: versions the office entered from the unit's returned file; the office is the author. Version
  // numbers are per writer, so a 代录 version is told apart from the unit's own by its origin.
  const proxies = proxyVersionsOfTask(ctx.db, taskId);
  const proxyOf = (r: ReportJson, origin: string | null) => {
    const proxy = proxies.get(`${r.department_id}|${r.period_id}|${r.row_version}`);
    return proxy && proxy.enteredBy === (r.origin_id ?? origin) ? proxy : undefined;
  };
  const reports = new Map<string, ReportJson & Placed>();
  const addReport = (r: ReportJson, placed: Placed): void => {
    const id = `${r.department_id}|${r.period_id}|${r.row_version}${proxyOf(r, placed.origin) ? '|代录' : ''}`;
    if (!reports.has(id) && r.deleted === 0) reports.set(id, { ...r, ...placed });
  };
  for (const row of logged) addReport(JSON.parse(row.row_json) as ReportJson, { origin: row.origin_id, seq: row.seq });
  for (const row of prepared(ctx.db, 'SELECT * FROM reports WHERE task_id = ?').all(taskId) as (ReportJson & { origin_id: string })[]) {
    addReport(row, { origin: row.origin_id, seq: null });
  }
  const reviews = prepared(
    ctx.db,
    `SELECT r.department_id, r.period_id, r.decision, r.reason, r.reviewer, r.created_at, r.report_version, r.origin_id,
            EXISTS (SELECT 1 FROM proxy_reviews p WHERE p.review_id = r.id) AS of_proxy, r.deleted,
            (SELECT MIN(c.seq) FROM change_log c WHERE c.table_name = 'reviews' AND c.pk = r.id AND c.origin_id = r.origin_id) AS seq
       FROM reviews r WHERE r.task_id = ?
         AND (r.deleted = 0 OR EXISTS (SELECT 1 FROM proxy_reviews p WHERE p.review_id = r.id))`,
  ).all(taskId) as ReviewRow[];

  // The task is issued before anything is reported on it; its later changes come after that.
  const nodes: TimelineNode[] = events.map((event, i) => ({ event, origin: null, seq: null, after: i === 0 ? [] : [0] }));
  // One stream per department and period: version 1, its reviews, version 2 (which answers them), ...
  type StreamItem = { version: number; index: number; isReview: boolean };
  const streams = new Map<string, StreamItem[]>();
  const add = (stream: string, node: TimelineNode, version: number, isReview: boolean): void => {
    nodes.push(node);
    streams.set(stream, [...(streams.get(stream) ?? []), { version, index: nodes.length - 1, isReview }]);
  };
  // A unit's own report only ever follows the office's 代录 in a stream (the office never enters over the
  // unit's own report), so 代录 versions and their reviews come first whatever their numbers.
  const PROXY_FIRST = 1e9;
  // Any other version the office wrote is its 代填 for the unit, and says so (db/progress/authorship.ts); in
  // the demo one person plays every role, so nothing there is 代填.
  const office = isDemo(ctx) ? new Set<string>() : officeOrigins(ctx);
  // A version is a resubmission when its writer's side sent an earlier one: a unit's first own report over
  // the office's 代录 is its first submission, whatever number it carries.
  const firstOwn = new Map<string, number>();
  for (const r of reports.values()) {
    if (proxyOf(r, r.origin)) continue;
    const stream = `${r.department_id}|${r.period_id}`;
    firstOwn.set(stream, Math.min(firstOwn.get(stream) ?? Infinity, r.row_version));
  }
  for (const r of reports.values()) {
    const proxy = proxyOf(r, r.origin);
    const isResubmission = r.row_version > (proxy ? 1 : (firstOwn.get(`${r.department_id}|${r.period_id}`) ?? 1));
    const isOfficeEntry = !proxy && r.origin !== null && office.has(r.origin);
    // 代填 typed into the form (db/progress/report-write.ts): a 代录 entry without a source file.
    const isTyped = proxy !== undefined && proxy.fileName === '';
    const what = `${periodLabel(r.period_id)}报告:${reportStatusLabel[r.status]}${r.percent === null ? '' : `,完成 ${r.percent}%`}`;
    add(
      `${r.department_id}|${r.period_id}`,
      {
        origin: r.origin,
        seq: r.seq,
        after: [0],
        event: {
          at: r.submitted_at,
          kind: isResubmission ? 'resubmitted' : 'submitted',
          who: isTyped ? `办公室代填(${nameOf(r.department_id)})` : proxy ? `办公室(代${nameOf(r.department_id)}录入)` : isOfficeEntry ? `办公室代填(${nameOf(r.department_id)})` : nameOf(r.department_id),
          periodId: r.period_id,
          text:
            proxy && !isTyped
              ? `代录${nameOf(r.department_id)}${what};来源文件“${proxy.fileName}”${proxy.fileSha256 ? `(SHA-256 ${proxy.fileSha256.slice(0, 16)}…)` : ''}`
              : `${isOfficeEntry || isTyped ? '办公室代填并' : ''}${isResubmission ? '重新提交' : '提交'}${what}`,
        },
      },
      proxy ? r.row_version - PROXY_FIRST : r.row_version,
      false,
    );
  }
  for (const v of reviews) {
    add(
      `${v.department_id}|${v.period_id}`,
      {
        origin: v.origin_id,
        seq: v.seq,
        after: [0],
        event: {
          at: v.created_at,
          kind: v.decision === 'accept' ? 'accepted' : 'returned',
          who: v.reviewer || '办公室',
          periodId: v.period_id,
          text: `${v.decision === 'accept' ? '通过' : '退回'}${nameOf(v.department_id)}${periodLabel(v.period_id)}报告${
            v.decision === 'return' && v.reason ? `,理由:${v.reason}` : ''
          }${v.of_proxy === 1 ? '(办公室代录的报告)' : ''}${v.deleted === 1 ? ',该代录已由单位自己报送的报告取代' : ''}`,
        },
      },
      v.of_proxy === 1 ? v.report_version - PROXY_FIRST : v.report_version,
      true,
    );
  }
  // 催办通知单 the office issued naming this task: placed after the task was issued and, among themselves,
  // in the office's issue order (seq, under one log of their own), never by the PC's clock.
  // On the unit's own PC the notice arrived in the office's package: it reads as received.
  const isUnitPc = readSelf(ctx.db, ctx.identity).role === 'department';
  for (const n of noticesOfTask(ctx.db, taskId)) {
    const t = n.tasks.find((x) => x.taskId === taskId);
    nodes.push({
      origin: 'notice-log',
      seq: n.seq,
      after: [0],
      event: {
        at: n.issuedAt,
        kind: 'notice',
        who: n.officeName || '办公室',
        periodId: n.periodId,
        text: `${isUnitPc ? '已收到催办通知单' : `向${n.departmentName}发出催办通知单`} ${n.docNumber}${t ? `(${noticeTaskSituation(t, n.periodLabel)})` : ''},要求${formatDay(n.replyBy)}前回复`,
      },
    });
  }
  for (const items of streams.values()) {
    const versions = [...new Set(items.map((i) => i.version))].sort((a, b) => a - b);
    versions.forEach((version, k) => {
      const reportsOf = (v: number | undefined) => items.filter((i) => i.version === v && !i.isReview).map((i) => i.index);
      const reviewsOf = (v: number | undefined) => items.filter((i) => i.version === v && i.isReview).map((i) => i.index);
      const previous = versions[k - 1];
      // A review answers the version it judged; a new version answers the previous one and its reviews.
      for (const review of reviewsOf(version)) nodes[review]?.after.push(...reportsOf(version));
      for (const report of reportsOf(version)) nodes[report]?.after.push(...reportsOf(previous), ...reviewsOf(previous));
    });
  }
  addLifecycleNodes(ctx.db, taskId, nameOf, nodes);
  return orderTimeline(nodes);
};

type ReviewRow = {
  department_id: string;
  period_id: string;
  decision: 'accept' | 'return';
  reason: string;
  reviewer: string;
  created_at: string;
  report_version: number;
  origin_id: string;
  of_proxy: number;
  deleted: number;
  seq: number | null;
};
