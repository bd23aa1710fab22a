// Which units are late and for what, as the chase screen sees them today: a unit that owes this period's
// report on a task (催报), and a lead unit whose task is past its deadline undone (催办). One notice per
// unit lists both, one row per task.
import type { NoticeDrafts, NoticeTask, NoticeUnitDraft } from '../../shared/notices/types.js';
import { addDays } from '../../shared/progress/days.js';
import { formatDay } from '../../shared/progress/deadline.js';
import type { BackendContext } from '../context.js';
import { readReportSettings } from '../reports/office.js';
import { sharedPeriodFacts } from '../reports/facts-cache.js';
import { noticeRefsByUnit } from './store.js';

export const buildNoticeDrafts = (ctx: BackendContext, arg: { planId?: string; periodId?: string; departmentId?: string }): NoticeDrafts => {
  // A notice lists tasks and units, never what a report says: the period's reports are read without their texts.
  // Asked by the dashboard's notice panel right after its figures: the same build when nothing changed since.
  const { plan, period, today, details } = sharedPeriodFacts(ctx, { planId: arg.planId, periodId: arg.periodId, withTexts: false }, 'today');
  const units = new Map<string, Omit<NoticeUnitDraft, 'issued'>>();
  for (const { figure, units: unitReports, isClosedOut } of details) {
    const daysOverdue = figure.deadlineClass === 'overdue_open' && figure.daysLeft !== null ? -figure.daysLeft : null;
    for (const { unit, report } of unitReports) {
      // A report is late only once the period's due day has passed; before that the unit is not chased for it.
      const isUnreported = !report && !isClosedOut && period.due < today;
      const isOverdue = daysOverdue !== null && unit.role === 'lead';
      if (!isUnreported && !isOverdue) continue;
      if (arg.departmentId !== undefined && unit.id !== arg.departmentId) continue;
      const entry = units.get(unit.id) ?? { departmentId: unit.id, name: unit.name, contact: unit.contact, tasks: [] };
      const task: NoticeTask = {
        taskId: figure.taskId,
        code: figure.code,
        title: figure.title,
        // An approved 延期 replaced the plan's deadline: the notice names both, as the bulletin does.
        deadlineText:
          figure.originalDeadline !== undefined && figure.deadline
            ? `原定${figure.deadlineText || (figure.originalDeadline ? formatDay(figure.originalDeadline) : '')},经批准延至${formatDay(figure.deadline)}`
            : figure.deadlineText,
        deadline: figure.deadline,
        isUnreported,
        daysOverdue: isOverdue ? daysOverdue : null,
      };
      entry.tasks.push(task);
      units.set(unit.id, entry);
    }
  }
  const refs = noticeRefsByUnit(ctx.db, plan.id);
  return {
    plan: { id: plan.id, title: plan.title },
    period: { id: period.id, label: period.label, due: period.due },
    today,
    officeName: readReportSettings(ctx.db).officeName,
    suggestedReplyBy: addDays(today, 7),
    units: [...units.values()]
      .map((u) => ({ ...u, issued: refs.get(u.departmentId) ?? [] }))
      .sort((a, b) => b.tasks.length - a.tasks.length || a.name.localeCompare(b.name, 'zh-CN')),
  };
};
