// FROZEN copy of db/reports/task-figures.ts as it was before issue 18 (main at bba7a5b): the reference the
// new reads are compared with in test/integration/reports-equivalence.test.ts. Do not edit or "fix".
// One figure per leaf task for a period: its consolidated report, light, deadline class and which units
// still owe a report. Lights, period codes and report states come from the workbench's rules
// (shared/progress); this file only decides which report stands for a task.
import { dayOf, daysBetween, type Day } from '../../../shared/progress/days.js';
import { computeLight, type LightThresholds } from '../../../shared/progress/lights.js';
import { parsePeriodId, type Period } from '../../../shared/progress/periods.js';
import { reportStateOf, type ReportState } from '../../../shared/progress/report-status.js';
import type { DeadlineClass, NamedRef, OwedReportState, TaskFigure } from '../../../shared/reports/types.js';
import type { ReportFact, TaskFact, UnitFact } from './facts.js';

export type FigureInput = {
  tasks: TaskFact[];
  /** Reports up to the period, oldest first (readReports). */
  reports: ReportFact[];
  period: Period;
  /** The plan's import day stands for the start of every task's time, as on the workbench. */
  planStart: Day;
  /** The day the figures are judged at. */
  at: Day;
  thresholds: LightThresholds;
};

export type UnitReport = { unit: UnitFact; report: ReportFact | null; state: ReportState };

/** A task's figure plus the per-unit detail that counts and rankings are built from. */
export type TaskFigureDetail = { figure: TaskFigure; units: UnitReport[]; isClosedOut: boolean };

const ref = (u: UnitFact): NamedRef => (u.viaGroupId ? { id: u.id, name: u.name, viaGroupId: u.viaGroupId } : { id: u.id, name: u.name });

const owedState = (u: { report: ReportFact | null; state: ReportState }): OwedReportState => {
  if (!u.report) return 'missing';
  if (u.state === 'returned' || u.state === 'accepted') return u.state;
  return 'awaiting';
};

export const stateOf = (report: ReportFact | null): ReportState =>
  report ? reportStateOf({ hasDraft: false, reportVersion: report.rowVersion, latestReview: report.review }) : 'empty';

const deadlineClassOf = (deadline: Day | null, at: Day, isDone: boolean, doneOn: Day | null, nearDays: number): DeadlineClass | null => {
  if (!deadline) return null;
  const left = daysBetween(at, deadline);
  if (left < 0) {
    if (!isDone) return 'overdue_open';
    return doneOn !== null && doneOn > deadline ? 'overdue_done' : null;
  }
  return !isDone && left <= nearDays ? 'near' : null;
};

export const buildTaskFigures = (input: FigureInput): TaskFigureDetail[] => {
  const { period } = input;
  // Codes of another cadence (a monthly report under a quarterly plan) do not sort with ours: leave them out.
  const reports = input.reports.filter((r) => parsePeriodId(r.periodId)?.cadence === period.cadence);
  const byTask = new Map<string, ReportFact[]>();
  for (const r of reports) {
    const list = byTask.get(r.taskId) ?? [];
    list.push(r);
    byTask.set(r.taskId, list);
  }

  return input.tasks.map((task): TaskFigureDetail => {
    const taskReports = byTask.get(task.id) ?? [];
    const leads = task.units.filter((u) => u.role === 'lead');
    const leadIds = new Set(leads.map((u) => u.id));
    const leadOrder = (id: string): number => leads.findIndex((u) => u.id === id);
    const thisPeriod = new Map(taskReports.filter((r) => r.periodId === period.id).map((r) => [r.departmentId, r]));
    const consolidated = leads.map((u) => thisPeriod.get(u.id)).find((r) => r !== undefined) ?? null;

    // The newest lead report up to this period; on the same period the first lead in the document wins.
    const leadReports = taskReports.filter((r) => leadIds.has(r.departmentId));
    const latest = leadReports.reduce<ReportFact | null>((best, r) => {
      if (!best || r.periodId > best.periodId) return r;
      if (r.periodId === best.periodId && leadOrder(r.departmentId) < leadOrder(best.departmentId)) return r;
      return best;
    }, null);
    const firstDone = leadReports.find((r) => r.status === 'done') ?? null;
    // 办结销号: done and accepted in an earlier period, so nobody owes a report on it any more.
    const isClosedOut = leadReports.some(
      (r) => r.periodId < period.id && r.status === 'done' && stateOf(r) === 'accepted',
    );

    const deadline = task.deadlineDate;
    const { light, reason } = computeLight({
      status: latest?.status ?? null,
      percent: latest?.percent ?? null,
      start: input.planStart,
      deadline,
      today: input.at,
      thresholds: input.thresholds,
    });
    const isDone = latest?.status === 'done';
    const units: UnitReport[] = task.units
      .filter((u) => u.kind === 'unit')
      .map((unit) => {
        const report = thisPeriod.get(unit.id) ?? null;
        return { unit, report, state: stateOf(report) };
      });

    const figure: TaskFigure = {
      taskId: task.id,
      code: task.code,
      seq: task.seq,
      section: task.section,
      title: task.title,
      content: task.content,
      deadlineText: task.deadlineText,
      deadline,
      leads: leads.map(ref),
      participants: task.units.filter((u) => u.role === 'participant').map(ref),
      status: consolidated?.status ?? 'unreported',
      percent: consolidated?.percent ?? null,
      progress: consolidated?.progress ?? '',
      problems: consolidated?.problems ?? '',
      nextSteps: consolidated?.nextSteps ?? '',
      reportState: stateOf(consolidated),
      reportedBy: consolidated ? (leads.find((u) => u.id === consolidated.departmentId)?.name ?? null) : null,
      latestStatus: latest?.status ?? null,
      latestPercent: latest?.percent ?? null,
      light,
      lightReason: reason,
      daysLeft: deadline ? daysBetween(input.at, deadline) : null,
      deadlineClass: deadlineClassOf(
        deadline,
        input.at,
        isDone,
        firstDone ? dayOf(new Date(firstDone.submittedAt)) : null,
        input.thresholds.nearDays,
      ),
      missingUnits: isClosedOut ? [] : units.filter((u) => !u.report).map((u) => ref(u.unit)),
      returnedUnits: units.filter((u) => u.state === 'returned').map((u) => ref(u.unit)),
      // The same pairs countReports (summary.ts) counts: a task closed out owes nothing more unless sent.
      owed: units
        .filter((u) => !isClosedOut || u.report)
        .map((u) => ({ unitId: u.unit.id, state: owedState(u), isLate: u.report !== null && dayOf(new Date(u.report.submittedAt)) > period.due })),
    };
    return { figure, units, isClosedOut };
  });
};
