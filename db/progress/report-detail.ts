// Everything the report form shows for one task, department and period.
import { lifecycleStateOf } from '../lifecycle/state.js';
import { dayOf } from '../../shared/progress/days.js';
import { periodsBetween, parsePeriodId, shiftPeriod, type Period } from '../../shared/progress/periods.js';
import { isEditable } from '../../shared/progress/report-status.js';
import { emptyDraft, type ParticipantReport, type ReportDetail, type ReportKey } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import { describeAttachment } from './attachment-store.js';
import { listTaskIndicators } from './indicators.js';
import { currentPeriod, namesOf, requireDepartment, requirePeriod, requireRole, requireTask, type TaskInfo } from './lookup.js';
import { draftOfReport, latestReview, readDraft, readReport, readReportAttachments, stateOfReport } from './report-read.js';
import { readSettings } from './settings.js';

/** The periods a clerk may pick: from the plan's start (at most two years back) to the current one. */
export const choosablePeriods = (ctx: BackendContext, task: TaskInfo): Period[] => {
  const current = currentPeriod(ctx, task.cadence);
  const offset = readSettings(ctx.db).dueOffsetDays;
  const floor = shiftPeriod(current, -4, offset).start;
  const from = task.planStart < floor ? task.planStart : floor;
  return periodsBetween(from, current.end, task.cadence, offset).slice(-24);
};

const participantReports = (ctx: BackendContext, task: TaskInfo, periodId: string): ParticipantReport[] =>
  namesOf(ctx.db, task.id, 'participant', 'reporting').map((department) => {
    const key: ReportKey = { taskId: task.id, departmentId: department.id, periodId };
    const state = stateOfReport(ctx.db, key);
    return {
      department,
      // Another unit's draft lives on its own PC; here only "has it submitted" matters.
      state: state === 'draft' ? 'empty' : state,
      report: readReport(ctx.db, key),
      attachments: readReportAttachments(ctx.db, key).map((f) => describeAttachment(ctx, f.sha256, f.fileName)),
    };
  });

export const getReportDetail = (ctx: BackendContext, taskId: string, departmentId: string, periodId?: string): ReportDetail => {
  const task = requireTask(ctx.db, taskId);
  const department = requireDepartment(ctx.db, departmentId);
  const role = requireRole(ctx.db, task, department);
  const period = periodId ? requirePeriod(ctx, task, periodId) : currentPeriod(ctx, task.cadence);
  const key: ReportKey = { taskId, departmentId, periodId: period.id };
  const report = readReport(ctx.db, key);
  const draft = readDraft(ctx.db, key);
  const state = stateOfReport(ctx.db, key);
  const form = draft?.draft ?? (report ? draftOfReport(report, readReportAttachments(ctx.db, key)) : emptyDraft());
  const periods = choosablePeriods(ctx, task);
  if (!periods.some((p) => p.id === period.id)) periods.unshift(parsePeriodId(period.id) ?? period);
  return {
    key,
    task: {
      id: task.id,
      code: task.code,
      title: task.title,
      content: task.content,
      section: task.section,
      // An approved 延期's date is the deadline the unit now works to (issue 21).
      deadline: lifecycleStateOf(ctx.db, task.id).effectiveDeadline,
      deadlineText: task.deadlineText,
      leads: namesOf(ctx.db, task.id, 'lead').map((d) => d.name),
      participants: namesOf(ctx.db, task.id, 'participant').map((d) => d.name),
    },
    department,
    role,
    period,
    periods,
    today: dayOf(ctx.clock()),
    state,
    isEditable: isEditable(state),
    form,
    draftSavedAt: draft?.savedAt ?? null,
    report,
    latestReview: latestReview(ctx.db, key),
    indicators: listTaskIndicators(ctx.db, taskId),
    attachments: form.attachments.map((f) => describeAttachment(ctx, f.sha256, f.fileName)),
    participantReports: role === 'lead' ? participantReports(ctx, task, period.id) : [],
  };
};
