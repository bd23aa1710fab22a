// A period's figures for the office: reports received against expected, tasks by status, light and
// section, the department ranking, and indicators off target. Read-only; every number is derived from
// the task figures so the dashboard can click any of them through to the tasks behind it.
import { ApiError } from '../../shared/api/errors.js';
import { dayOf, type Day } from '../../shared/progress/days.js';
import { lightLabel } from '../../shared/progress/lights.js';
import { parsePeriodId, type Period } from '../../shared/progress/periods.js';
import { workingPeriod } from '../sync/collecting.js';
import { lightKeys, percentOf, rankDepartments, sectionLabel, statusKeyLabel, statusKeys } from '../../shared/reports/rules.js';
import type { DepartmentFigure, ReportCounts, ReportSummary, SectionFigure } from '../../shared/reports/types.js';
import type { BackendContext } from '../context.js';
import { readSettings } from '../progress/settings.js';
import { readIndicators, readIndicatorValues, readPeriodReports, readPlan, readTasks, type PlanFact } from './facts.js';
import { channelBuckets, channelLookup, type ChannelOf } from './channel-figures.js';
import { buildIndicatorFigures } from './indicator-figures.js';
import { readLeadHistory } from './lead-history.js';
import { buildTaskFigures, type FigureInput, type TaskFigureDetail } from './task-figures.js';

const cadenceExample: Record<Period['cadence'], string> = { month: '2026-M03', quarter: '2026-Q4', half: '2026-H2', year: '2026-Y' };

/** The period asked for, in the plan's cadence; the current one by the injected clock when none is named. */
export const resolvePeriod = (ctx: BackendContext, plan: PlanFact, periodId: string | undefined): Period => {
  const offset = readSettings(ctx.db).dueOffsetDays;
  if (periodId === undefined) return workingPeriod(ctx, plan.cadence);
  const period = parsePeriodId(periodId, offset);
  if (!period || period.cadence !== plan.cadence) {
    throw new ApiError('bad_input', `规划“${plan.title}”的报告期应如 ${cadenceExample[plan.cadence]},而不是 ${periodId}`);
  }
  return period;
};

/** What a period's figures are built from, read once: the dashboard and the export build both the summary and the chase list from one read. */
export type PeriodInput = {
  plan: PlanFact;
  period: Period;
  today: Day;
  figureInput: Omit<FigureInput, 'at'>;
};

export type PeriodFacts = {
  plan: PlanFact;
  period: Period;
  today: Day;
  asOf: Day;
  details: TaskFigureDetail[];
};

/** Today, or the period's last day when the period is over: a past quarter is judged as it ended. */
const asOfDay = (today: Day, period: Period): Day => (period.end < today ? period.end : today);

/** withTexts false: the reports' texts are left out (figures that show none of them, like the dashboard's). */
export const readPeriodInput = (ctx: BackendContext, arg: { planId?: string; periodId?: string }, withTexts = true): PeriodInput => {
  const plan = readPlan(ctx.db, arg.planId);
  return readPeriodInputOf(ctx, plan, resolvePeriod(ctx, plan, arg.periodId), dayOf(ctx.clock()), withTexts);
};

/** The same, for a plan and period already resolved (facts-cache.ts keys its builds by them). */
export const readPeriodInputOf = (ctx: BackendContext, plan: PlanFact, period: Period, today: Day, withTexts: boolean): PeriodInput => {
  const figureInput = {
    tasks: readTasks(ctx.db, plan.id, withTexts),
    periodReports: readPeriodReports(ctx.db, plan.id, period.id, withTexts),
    leadHistory: readLeadHistory(ctx.db, plan.id, period),
    period,
    planStart: dayOf(new Date(plan.importedAt)),
    thresholds: readSettings(ctx.db).thresholds,
  };
  return { plan, period, today, figureInput };
};

/** The day a period's figures are judged at: today, or the period's last day when the period is over. */
export const judgedAt = (today: Day, period: Period, at?: 'today'): Day => (at === 'today' ? today : asOfDay(today, period));

/** The figures judged at the period's end (summary, export) or today (chase lists); one build per day judged at. */
export const periodFacts = (input: PeriodInput, at?: 'today'): PeriodFacts => {
  const { plan, period, today } = input;
  const asOf = judgedAt(today, period, at);
  return { plan, period, today, asOf, details: buildTaskFigures({ ...input.figureInput, at: asOf }) };
};

export const loadPeriodFacts = (ctx: BackendContext, arg: { planId?: string; periodId?: string }, at?: 'today'): PeriodFacts =>
  periodFacts(readPeriodInput(ctx, arg), at);

/** Both judgements of one read: the same details when the period is not over (asOf is today). */
export const periodFactsBoth = (input: PeriodInput): { summary: PeriodFacts; chase: PeriodFacts } => {
  const summary = periodFacts(input);
  return { summary, chase: summary.asOf === summary.today ? summary : periodFacts(input, 'today') };
};

const countReports = (details: TaskFigureDetail[], period: Period): ReportCounts => {
  const counts: ReportCounts = { expected: 0, received: 0, onTime: 0, late: 0, missing: 0, returned: 0, accepted: 0, awaitingReview: 0 };
  for (const { units, isClosedOut } of details) {
    for (const { report, state } of units) {
      if (isClosedOut && !report) continue;
      counts.expected += 1;
      if (!report) continue;
      counts.received += 1;
      if (dayOf(new Date(report.submittedAt)) <= period.due) counts.onTime += 1;
      else counts.late += 1;
      if (state === 'returned') counts.returned += 1;
      else if (state === 'accepted') counts.accepted += 1;
      else counts.awaitingReview += 1;
    }
  }
  counts.missing = counts.expected - counts.received;
  return counts;
};

const rankUnits = (details: TaskFigureDetail[], period: Period): Omit<DepartmentFigure, 'channel'>[] => {
  type Tally = Omit<DepartmentFigure, 'rank' | 'onTimeRate' | 'onTrackRate' | 'channel'>;
  const tallies = new Map<string, Tally>();
  for (const { figure, units, isClosedOut } of details) {
    for (const { unit, report, state } of units) {
      const t = tallies.get(unit.id) ?? {
        departmentId: unit.id,
        name: unit.name,
        contact: unit.contact,
        expected: 0,
        submitted: 0,
        onTime: 0,
        returned: 0,
        ledTasks: 0,
        ledGreen: 0,
      };
      if (!isClosedOut || report) t.expected += 1;
      if (report) {
        t.submitted += 1;
        if (dayOf(new Date(report.submittedAt)) <= period.due) t.onTime += 1;
        if (state === 'returned') t.returned += 1;
      }
      if (unit.role === 'lead') {
        t.ledTasks += 1;
        if (figure.light === 'green') t.ledGreen += 1;
      }
      tallies.set(unit.id, t);
    }
  }
  return rankDepartments(
    [...tallies.values()].map((t) => ({
      ...t,
      onTimeRate: percentOf(t.onTime, t.expected),
      onTrackRate: t.ledTasks === 0 ? null : percentOf(t.ledGreen, t.ledTasks),
    })),
  );
};

const sectionFigures = (details: TaskFigureDetail[]): SectionFigure[] => {
  const bySection = new Map<string, { total: number; done: number; percentSum: number }>();
  for (const { figure } of details) {
    const s = bySection.get(figure.section) ?? { total: 0, done: 0, percentSum: 0 };
    s.total += 1;
    if (figure.latestStatus === 'done') s.done += 1;
    s.percentSum += figure.latestStatus === 'done' ? 100 : (figure.latestPercent ?? 0);
    bySection.set(figure.section, s);
  }
  return [...bySection.entries()].map(([section, s]) => ({
    section,
    label: sectionLabel(section),
    total: s.total,
    done: s.done,
    meanPercent: Math.round(s.percentSum / s.total),
  }));
};

export const buildSummary = (ctx: BackendContext, arg: { planId?: string; periodId?: string }): ReportSummary =>
  summaryOf(ctx, loadPeriodFacts(ctx, arg));

/** channels: the period's, when the caller has read them already (the dashboard reads them once for both lists). */
export const summaryOf = (ctx: BackendContext, facts: PeriodFacts, channels?: ChannelOf): ReportSummary => {
  const { plan, period, today, asOf, details } = facts;
  const tasks = details.map((d) => d.figure);
  const indicators = buildIndicatorFigures(
    readIndicators(ctx.db, plan.id),
    readIndicatorValues(ctx.db, plan.id, period.id),
    period.cadence,
  );
  const channelOf = channels ?? channelLookup(ctx, plan.id, period.id);
  const ranking = rankUnits(details, period).map((d) => ({ ...d, channel: channelOf(d.departmentId) }));
  return {
    plan: { id: plan.id, title: plan.title },
    period,
    today,
    asOf,
    taskCount: tasks.length,
    reports: countReports(details, period),
    byStatus: statusKeys.map((key) => ({ key, label: statusKeyLabel(key), count: tasks.filter((t) => t.status === key).length })),
    byLight: lightKeys.map((key) => ({ key, label: lightLabel[key], count: tasks.filter((t) => t.light === key).length })),
    bySection: sectionFigures(details),
    ranking,
    indicators,
    offTarget: indicators
      .filter((i) => i.attainment.state === 'unmet')
      .sort((a, b) => Number(b.isBinding) - Number(a.isBinding) || a.seq - b.seq),
    tasks,
    byChannel: channelBuckets(ranking),
  };
};
