// What the 考核 counts for each unit in a year, item by item (every number keeps the tasks and reports
// behind it): reports due by today in the year's periods, on time or not; lead tasks due in the year,
// completed or not; returns; lead tasks overdue; extensions approved; overdue without an approved one.
// Completion is judged by the period a 已完成 report belongs to and the office's closing, never by the
// clock of the PC that wrote a report.
import type { AssessmentComponentKey, AssessmentItem } from '../../shared/assessment/types.js';
import { dayOf, daysBetween, type Day } from '../../shared/progress/days.js';
import { formatDay } from '../../shared/progress/deadline.js';
import { periodLabel, periodOfDay, type Period } from '../../shared/progress/periods.js';
import type { BackendContext } from '../context.js';
import { readSettings } from '../progress/settings.js';
import type { PlanFact, TaskFact } from '../reports/facts.js';
import { loadPeriodFacts } from '../reports/summary.js';
import { prepared } from '../statements.js';
import type { DelayFacts } from './delays.js';

export type UnitTally = { departmentId: string; name: string; items: Record<AssessmentComponentKey, AssessmentItem[]> };

const emptyItems = (): UnitTally['items'] => ({ onTime: [], completion: [], returns: [], overdue: [], approvedDelays: [], unapprovedDelays: [] });

type Input = { ctx: BackendContext; plan: PlanFact; tasks: TaskFact[]; periods: Period[]; year: number; asOf: Day; delays: DelayFacts };

/** The first period, per task, in which a lead unit reported it 已完成. */
const firstDonePeriods = (ctx: BackendContext, planId: string): Map<string, string> => {
  const rows = prepared(
    ctx.db,
    `SELECT r.task_id, MIN(r.period_id) AS period_id FROM reports r
       JOIN tasks t ON t.id = r.task_id AND t.plan_id = ? AND t.deleted = 0
       JOIN assignments a ON a.task_id = r.task_id AND a.department_id = r.department_id AND a.role = 'lead' AND a.deleted = 0
      WHERE r.status = 'done' AND r.deleted = 0 GROUP BY r.task_id`,
  ).all(planId) as { task_id: string; period_id: string }[];
  return new Map(rows.map((r) => [r.task_id, r.period_id]));
};

type ReturnRow = { task_id: string; department_id: string; period_id: string; reason: string; code: string; title: string };

const returnsOfYear = (ctx: BackendContext, planId: string, year: number): ReturnRow[] =>
  prepared(
    ctx.db,
    `SELECT v.task_id, v.department_id, v.period_id, v.reason, t.code, t.title FROM reviews v
       JOIN tasks t ON t.id = v.task_id AND t.plan_id = ? AND t.deleted = 0
      WHERE v.decision = 'return' AND v.deleted = 0 AND v.period_id LIKE ?
        AND NOT EXISTS (SELECT 1 FROM proxy_reviews p WHERE p.review_id = v.id)
      ORDER BY t.seq, v.period_id, v.report_version`,
  ).all(planId, `${year}-%`) as ReturnRow[];

export const tallyUnits = ({ ctx, plan, tasks, periods, year, asOf, delays }: Input): UnitTally[] => {
  const tallies = new Map<string, UnitTally>();
  const unitOf = (id: string, name: string): UnitTally => {
    const found = tallies.get(id);
    if (found) return found;
    const made = { departmentId: id, name, items: emptyItems() };
    tallies.set(id, made);
    return made;
  };
  for (const t of tasks) for (const u of t.units) if (u.kind === 'unit') unitOf(u.id, u.name);

  // 按时报送: each report owed in the year's periods due by now, as the period's figures count them.
  for (const period of periods) {
    const { details } = loadPeriodFacts(ctx, { planId: plan.id, periodId: period.id });
    for (const { figure, units, isClosedOut } of details) {
      for (const { unit, report } of units) {
        if (unit.kind !== 'unit' || (isClosedOut && !report)) continue;
        const submitted = report ? dayOf(new Date(report.submittedAt)) : null;
        const isOnTime = submitted !== null && submitted <= period.due;
        const note = submitted === null ? '未报送' : isOnTime ? `按时报送(${formatDay(submitted)})` : `逾期报送(${formatDay(submitted)},截止 ${formatDay(period.due)})`;
        unitOf(unit.id, unit.name).items.onTime.push({ taskId: figure.taskId, code: figure.code, title: figure.title, periodId: period.id, note, counts: isOnTime });
      }
    }
  }

  const offset = readSettings(ctx.db).dueOffsetDays;
  const asOfPeriod = periodOfDay(asOf, plan.cadence, offset).id;
  const donePeriod = firstDonePeriods(ctx, plan.id);
  const yearStart = `${year}-01-01`;
  for (const task of tasks) {
    for (const lead of task.units.filter((u) => u.role === 'lead' && u.kind === 'unit')) {
      const facts = delays.of(task.id, lead.id);
      const deadline = facts.effectiveDeadline;
      const closed = facts.closedAt !== null && facts.closedAt.slice(0, 10) <= asOf;
      const reportedDone = (donePeriod.get(task.id) ?? '~') <= asOfPeriod;
      const isDone = closed || reportedDone;
      const doneNote = closed ? `已办结销号(${formatDay(facts.closedAt?.slice(0, 10) ?? '')})` : reportedDone ? `已完成(${periodLabel(donePeriod.get(task.id) ?? '')}报告)` : '未完成';
      const base = { taskId: task.id, code: task.code, title: task.title, periodId: null };
      const items = unitOf(lead.id, lead.name).items;
      const extended = facts.extensionsApproved > 0 && facts.originalDeadline !== null && deadline !== null;
      const deadlineNote = extended ? `原定${formatDay(facts.originalDeadline ?? '')},经批准延至${formatDay(deadline ?? '')}` : `完成时限 ${deadline ? formatDay(deadline) : task.deadlineText}`;
      // Due this year by now, or closed this year (a task closed ahead of its deadline counts as done).
      const closedThisYear = closed && (facts.closedAt ?? '') >= yearStart;
      if ((deadline !== null && deadline >= yearStart && deadline <= asOf) || closedThisYear) {
        items.completion.push({ ...base, note: `${deadlineNote};${doneNote}`, counts: isDone });
      }
      if (deadline !== null && deadline < asOf && !isDone) {
        const late = `${deadlineNote};已超过 ${daysBetween(deadline, asOf)} 天未完成`;
        items.overdue.push({ ...base, note: late, counts: true });
        if (facts.extensionsApproved === 0) items.unapprovedDelays.push({ ...base, note: `${late},未经批准延期`, counts: true });
      }
      const touchesYear = [facts.originalDeadline, deadline].some((d) => d !== null && d.startsWith(`${year}-`));
      if (extended && touchesYear) items.approvedDelays.push({ ...base, note: deadlineNote, counts: true });
    }
  }

  for (const r of returnsOfYear(ctx, plan.id, year)) {
    const tally = tallies.get(r.department_id);
    if (!tally) continue;
    tally.items.returns.push({ taskId: r.task_id, code: r.code, title: r.title, periodId: r.period_id, note: r.reason ? `退回理由:${r.reason}` : '退回', counts: true });
  }
  return [...tallies.values()];
};
