// One figure per leaf task for a period: its consolidated report, light, deadline class and which units
// still owe a report. Lights, period codes and report states come from the workbench's rules
// (shared/progress); this file only decides which report stands for a task.
import { dayOf, daysBetween, type Day } from '../../shared/progress/days.js';
import { computeLight, type LightThresholds } from '../../shared/progress/lights.js';
import type { Period } from '../../shared/progress/periods.js';
import { reportStateOf, type ReportState } from '../../shared/progress/report-status.js';
import type { DeadlineClass, NamedRef, OwedReportState, TaskFigure } from '../../shared/reports/types.js';
import type { ReportFact, TaskFact, UnitFact } from './facts.js';
import type { LeadHistoryFact } from './lead-history.js';

export type FigureInput = {
  tasks: TaskFact[];
  /** The period's own reports (readPeriodReports). */
  periodReports: ReportFact[];
  /** Per task and lead unit, what the history says up to the period (readLeadHistory). */
  leadHistory: LeadHistoryFact[];
  period: Period;
  /** The plan's import day stands for the start of every task's time, as on the workbench. */
  planStart: Day;
  /** The day the figures are judged at. */
  at: Day;
  thresholds: LightThresholds;
};

export type UnitReport = { unit: UnitFact; report: ReportFact | null; state: ReportState };

/** A task's figure plus the per-unit detail that counts and rankings are built from. */
/** reportedFrom: the unit whose report of this period stands for the task (the figure's status and texts), if any. */
export type TaskFigureDetail = { figure: TaskFigure; units: UnitReport[]; isClosedOut: boolean; reportedFrom: string | null };

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

const groupBy = <T extends { taskId: string }>(rows: T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.taskId);
    if (list) list.push(r);
    else map.set(r.taskId, [r]);
  }
  return map;
};

/** The report that stands for a task this period: the first lead unit, in the document's order, that reported. */
export const consolidatedReport = (task: TaskFact, byUnit: Map<string, ReportFact>): ReportFact | null =>
  task.units
    .filter((u) => u.role === 'lead')
    .map((u) => byUnit.get(u.id))
    .find((r) => r !== undefined) ?? null;

// The per-task pass below allocates only what the figure keeps (issue 18: at 10,000 tasks a Map, three
// closures and a few throw-away arrays per task were ~100 ms of the build and most of its garbage). A task
// has a handful of units and reports, so a scan stands in for each Map; the choices are the same as before.

/** A unit's report this period: the last read for it, as a Map built from the rows would hold. */
const reportOf = (reports: ReportFact[], unitId: string): ReportFact | null => {
  for (let i = reports.length - 1; i >= 0; i -= 1) if ((reports[i] as ReportFact).departmentId === unitId) return reports[i] as ReportFact;
  return null;
};

/** A unit's place among the leads in the document's order (the first when named twice), -1 when no lead. */
const orderOf = (leads: UnitFact[], unitId: string): number => {
  for (let i = 0; i < leads.length; i += 1) if ((leads[i] as UnitFact).id === unitId) return i;
  return -1;
};

const NONE: never[] = [];

export const buildTaskFigures = (input: FigureInput): TaskFigureDetail[] => {
  const { period } = input;
  const periodByTask = groupBy(input.periodReports);
  const historyByTask = groupBy(input.leadHistory);

  return input.tasks.map((task): TaskFigureDetail => {
    const leads: UnitFact[] = [];
    const participants: UnitFact[] = [];
    for (const u of task.units) {
      if (u.role === 'lead') leads.push(u);
      else if (u.role === 'participant') participants.push(u);
    }
    const reports = periodByTask.get(task.id) ?? NONE;
    let consolidated: ReportFact | null = null;
    for (const lead of leads) {
      consolidated = reportOf(reports, lead.id);
      if (consolidated) break;
    }

    // The newest lead report up to this period; on the same period the first lead in the document wins.
    let latest: LeadHistoryFact['latest'] = null;
    let latestOrder = -1;
    // The first 已完成 lead report; on the same period the lower unit id, as the old full read returned them.
    let firstDone: { periodId: string; submittedAt: string; departmentId: string } | null = null;
    let historyClosedOut = false;
    for (const h of historyByTask.get(task.id) ?? NONE) {
      const order = orderOf(leads, h.departmentId);
      if (order < 0) continue;
      if (h.isClosedOut) historyClosedOut = true;
      if (h.latest && (!latest || h.latest.periodId > latest.periodId || (h.latest.periodId === latest.periodId && order < latestOrder))) {
        latest = h.latest;
        latestOrder = order;
      }
      if (
        h.firstDone &&
        (!firstDone ||
          h.firstDone.periodId < firstDone.periodId ||
          (h.firstDone.periodId === firstDone.periodId && h.departmentId < firstDone.departmentId))
      ) {
        firstDone = { ...h.firstDone, departmentId: h.departmentId };
      }
    }
    // 办结销号: done and accepted in an earlier period, so nobody owes a report on it any more; or closed by
    // the office's decision on the unit's 办结申请 (issue 21) by the end of this period.
    const closedAt = task.closedAt !== undefined && task.closedAt <= period.end ? task.closedAt : null;
    const isClosedOut = closedAt !== null || historyClosedOut;

    const deadline = task.deadlineDate;
    const { light, reason } = computeLight({
      status: closedAt ? 'done' : (latest?.status ?? null),
      percent: latest?.percent ?? null,
      start: input.planStart,
      deadline,
      today: input.at,
      thresholds: input.thresholds,
    });
    const isDone = closedAt !== null || latest?.status === 'done';
    const units: UnitReport[] = [];
    for (const unit of task.units) {
      if (unit.kind !== 'unit') continue;
      const report = reportOf(reports, unit.id);
      units.push({ unit, report, state: stateOf(report) });
    }

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
      participants: participants.map(ref),
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
      // A closed task is off the chase lists whenever it was done.
      deadlineClass: closedAt ? null : deadlineClassOf(
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
      ...(Object.keys(task.cells).length > 0 ? { cells: task.cells } : {}),
      ...(task.originalDeadline !== undefined ? { originalDeadline: task.originalDeadline } : {}),
      ...(closedAt ? { closedAt } : {}),
    };
    return { figure, units, isClosedOut, reportedFrom: consolidated?.departmentId ?? null };
  });
};
