// Chase lists (催报 / 催办) as of today by the injected clock: units that owe this period's reports, with
// how many days past the due date and whom to call; tasks near or past their deadline.
import { extensionNote } from '../../shared/lifecycle/labels.js';
import { daysBetween } from '../../shared/progress/days.js';
import { namedInDocument } from '../../shared/reports/rules.js';
import type { ChaseDepartment, ChaseList, ChaseTask, DeadlineClass } from '../../shared/reports/types.js';
import type { BackendContext } from '../context.js';
import { readSettings } from '../progress/settings.js';
import { channelLookup, type ChannelOf } from './channel-figures.js';
import { loadPeriodFacts, type PeriodFacts } from './summary.js';

const classOrder: Record<DeadlineClass, number> = { overdue_open: 0, near: 1, overdue_done: 2 };

export const buildChaseList = (ctx: BackendContext, arg: { planId?: string; periodId?: string }): ChaseList =>
  chaseOf(ctx, loadPeriodFacts(ctx, arg, 'today'));

/** facts: judged today (periodFacts with 'today'); channels: the period's, when the caller has read them already. */
export const chaseOf = (ctx: BackendContext, facts: PeriodFacts, channels?: ChannelOf): ChaseList => {
  const { plan, period, today, details } = facts;
  const daysOverdue = daysBetween(period.due, today);
  const channelOf = channels ?? channelLookup(ctx, plan.id, period.id);

  const owing = new Map<string, ChaseDepartment>();
  for (const { figure, units, isClosedOut } of details) {
    for (const { unit, report } of units) {
      if (isClosedOut && !report) continue;
      const row = owing.get(unit.id) ?? {
        departmentId: unit.id,
        name: unit.name,
        contact: unit.contact,
        expected: 0,
        missing: 0,
        daysOverdue,
        taskIds: [],
        channel: channelOf(unit.id),
      };
      row.expected += 1;
      if (!report) {
        row.missing += 1;
        row.taskIds.push(figure.taskId);
      }
      owing.set(unit.id, row);
    }
  }

  const contactOf = new Map<string, string>();
  for (const { units } of details) for (const { unit } of units) contactOf.set(unit.id, unit.contact);

  const tasks: ChaseTask[] = details
    .map((d) => d.figure)
    .flatMap((f): ChaseTask[] =>
      f.deadlineClass && f.deadline && f.daysLeft !== null
        ? [
            {
              taskId: f.taskId,
              code: f.code,
              title: f.title,
              deadline: f.deadline,
              // An approved 延期 replaces the plan's words with the original and the new date (issue 21).
              deadlineText: (f.originalDeadline !== undefined ? extensionNote(f.originalDeadline, f.deadline) : null) ?? f.deadlineText,
              daysLeft: f.daysLeft,
              deadlineClass: f.deadlineClass,
              leads: namedInDocument(f.leads).map((d) => d.name),
              contacts: f.leads.map((d) => contactOf.get(d.id) ?? '').filter((c) => c !== ''),
              latestStatus: f.latestStatus,
              latestPercent: f.latestPercent,
            },
          ]
        : [],
    )
    .sort((a, b) => classOrder[a.deadlineClass] - classOrder[b.deadlineClass] || a.daysLeft - b.daysLeft);

  return {
    plan: { id: plan.id, title: plan.title },
    period,
    today,
    nearDays: readSettings(ctx.db).thresholds.nearDays,
    departments: [...owing.values()]
      .filter((d) => d.missing > 0)
      .sort((a, b) => b.missing - a.missing || a.name.localeCompare(b.name, 'zh-CN')),
    tasks,
  };
};
