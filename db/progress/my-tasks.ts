// "My tasks": every task a department leads or joins, with its light, deadline and the state of this
// period's report, in one query (10,000 tasks must stay quick), plus overdue-period notices.
import { ApiError } from '../../shared/api/errors.js';
import type { Role } from '../../shared/domain/types.js';
import { dayOf, type Day } from '../../shared/progress/days.js';
import { computeLight } from '../../shared/progress/lights.js';
import { shiftPeriod, type Cadence, type Period } from '../../shared/progress/periods.js';
import { reportStateOf, type ReportStatus } from '../../shared/progress/report-status.js';
import type { MyTaskRow, MyTasks, OverdueNotice } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import { requirePlanId } from '../plans/handlers.js';
import { prepared } from '../statements.js';
import { currentPeriod, requireDepartment } from './lookup.js';
import { readMeta } from '../meta.js';
import { describe as describeCollecting } from '../sync/collecting.js';
import { searchTaskIds } from './search.js';
import { readSettings } from './settings.js';
import { readLifecycleStates } from '../lifecycle/state.js';

type Row = {
  id: string;
  code: string;
  seq: number;
  section: string;
  title: string;
  deadline_text: string;
  deadline_date: string | null;
  role: Role;
  lead_names: string;
  via_group: string | null;
  report_version: number | null;
  review_decision: 'accept' | 'return' | null;
  review_version: number | null;
  has_draft: number;
  latest_status: ReportStatus | null;
  latest_percent: number | null;
};

// CROSS JOIN fixes the join order: start from the unit's assignments (assignments_by_department), not
// from every task of the plan in seq order, which the planner otherwise picks to skip the final sort and
// which costs O(tasks in the plan) per list (bench: 2,000-task plan, 50 tasks per unit).
const MY_TASKS_SQL = `
  SELECT t.id, t.code, t.seq, t.section, t.title, t.deadline_text, t.deadline_date, a.role,
    (SELECT json_group_array(d.name) FROM assignments l JOIN departments d ON d.id = l.department_id
      WHERE l.task_id = t.id AND l.role = 'lead' AND l.deleted = 0 AND l.via_group_id IS NULL) AS lead_names,
    (SELECT g.name FROM departments g WHERE g.id = a.via_group_id) AS via_group,
    r.row_version AS report_version,
    v.decision AS review_decision, v.report_version AS review_version,
    EXISTS (SELECT 1 FROM report_drafts x WHERE x.task_id = t.id AND x.department_id = @dept AND x.period_id = @period) AS has_draft,
    latest.status AS latest_status, latest.percent AS latest_percent
  FROM assignments a
  CROSS JOIN tasks t ON t.id = a.task_id
  LEFT JOIN reports r ON r.task_id = t.id AND r.department_id = @dept AND r.period_id = @period AND r.deleted = 0
  LEFT JOIN reviews v ON v.rowid = (
    SELECT rowid FROM reviews WHERE task_id = t.id AND department_id = @dept AND period_id = @period AND deleted = 0
    ORDER BY report_version DESC, created_at DESC LIMIT 1)
  LEFT JOIN reports latest ON latest.rowid = (
    SELECT rowid FROM reports WHERE task_id = t.id AND department_id = @dept AND deleted = 0 ORDER BY period_id DESC LIMIT 1)
  WHERE a.department_id = @dept AND a.deleted = 0 AND t.deleted = 0 AND t.plan_id = @plan
  ORDER BY t.seq`;

/** Periods whose report is past due with tasks still unreported; only periods since the plan started. */
const overdueNotices = (ctx: BackendContext, plan: string, dept: string, current: Period, planStart: Day, today: Day, closed: Map<string, Day>): OverdueNotice[] => {
  const offset = readSettings(ctx.db).dueOffsetDays;
  const notices: OverdueNotice[] = [];
  for (let back = 0; back <= 4; back += 1) {
    const period = shiftPeriod(current, -back, offset);
    if (period.end < planStart) break;
    if (period.due >= today) continue;
    const unreported = prepared(
      ctx.db,
      `SELECT t.id FROM assignments a CROSS JOIN tasks t ON t.id = a.task_id
       WHERE a.department_id = ? AND a.deleted = 0 AND t.deleted = 0 AND t.plan_id = ?
         AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.task_id = t.id AND r.department_id = a.department_id
                         AND r.period_id = ? AND r.deleted = 0)`,
    ).all(dept, plan, period.id) as { id: string }[];
    // A task closed (办结销号) by the end of that period owes nothing for it (issue 21).
    const count = unreported.filter((t) => !((closed.get(t.id) ?? '9999') <= period.end)).length;
    if (count > 0) notices.push({ periodId: period.id, label: period.label, due: period.due, taskCount: count });
  }
  return notices;
};

export const myTasks = (ctx: BackendContext, arg: { departmentId?: string; planId?: string; query?: string }): MyTasks => {
  const settings = readSettings(ctx.db);
  // A department PC is bound to its unit by its setup package: that is the default.
  const departmentId = arg.departmentId ?? settings.departmentId ?? (readMeta(ctx.db, 'role') === 'department' ? readMeta(ctx.db, 'department_id') : undefined);
  if (!departmentId) throw new ApiError('bad_input', '请先选择本单位');
  const department = requireDepartment(ctx.db, departmentId);
  const planId = requirePlanId(ctx.db, arg.planId);
  const plan = prepared(ctx.db, 'SELECT id, title, cadence, imported_at FROM plans WHERE id = ?').get(planId) as {
    id: string;
    title: string;
    cadence: Cadence;
    imported_at: string;
  };
  const today = dayOf(ctx.clock());
  const period = currentPeriod(ctx, plan.cadence);
  const planStart = dayOf(new Date(plan.imported_at));
  const search = arg.query ? searchTaskIds(ctx.db, arg.query) : null;
  const lifecycle = readLifecycleStates(ctx.db, plan.id);
  const closed = new Map([...lifecycle.values()].flatMap((s) => (s.closedAt ? [[s.taskId, s.closedAt] as const] : [])));
  const rows = (prepared(ctx.db, MY_TASKS_SQL).all({ dept: department.id, period: period.id, plan: plan.id }) as Row[])
    .filter((row) => !search || search.taskIds.has(row.id))
    .map((row): MyTaskRow => {
      const state = lifecycle.get(row.id);
      // The approved 延期's date drives the light; a closed task is done (issue 21).
      const deadline = state ? state.effectiveDeadline : row.deadline_date ? row.deadline_date.slice(0, 10) : null;
      const closedAt = state?.closedAt ?? null;
      const { light, reason } = computeLight({
        status: closedAt ? 'done' : row.latest_status,
        percent: row.latest_percent,
        start: planStart,
        deadline,
        today,
        thresholds: settings.thresholds,
      });
      return {
        taskId: row.id,
        code: row.code,
        seq: row.seq,
        section: row.section,
        title: row.title,
        role: row.role,
        leadNames: JSON.parse(row.lead_names) as string[],
        viaGroup: row.via_group,
        deadline,
        deadlineText: row.deadline_text,
        light,
        lightReason: reason,
        state: reportStateOf({
          hasDraft: row.has_draft === 1,
          reportVersion: row.report_version,
          latestReview: row.review_decision && row.review_version !== null ? { decision: row.review_decision, reportVersion: row.review_version } : null,
        }),
        hasDraft: row.has_draft === 1,
        status: row.latest_status,
        percent: row.latest_percent,
        ...(closedAt ? { closedAt } : {}),
        ...(state?.extendedFrom ? { originalDeadline: state.extendedFrom } : {}),
      };
    });
  const sections = [...new Set(rows.map((r) => r.section).filter((s) => s !== ''))];
  return {
    department,
    plan: { id: plan.id, title: plan.title, cadence: plan.cadence },
    period,
    periodSource: describeCollecting(ctx, plan.cadence)?.source ?? 'calendar',
    today,
    rows,
    sections,
    overdue: overdueNotices(ctx, plan.id, department.id, period, planStart, today, closed),
    searchMode: search?.mode ?? null,
  };
};
