// The raw facts behind a period's figures, read in a few set queries (a plan of thousands of tasks costs
// the same queries as one of ten): the plan, its leaf tasks with their units, the period's reports with
// their current review, and the indicators with their reported values.
import type { IndicatorAttribute } from '../../shared/plan/attribute.js';
import { ApiError } from '../../shared/api/errors.js';
import type { DepartmentKind, Role, TaskFields } from '../../shared/domain/types.js';
import type { Comparator } from '../../shared/progress/attainment.js';
import type { Cadence } from '../../shared/progress/periods.js';
import type { ReportStatus, ReviewDecision } from '../../shared/progress/report-status.js';
import type { Db } from '../open.js';
import { requirePlanId } from '../plans/handlers.js';
import { prepared } from '../statements.js';
import { readLifecycleStates } from '../lifecycle/state.js';
import { readLeanTasks, withLifecycle } from './lean-tasks.js';
import { TASK_FIELDS, taskFieldsOf, type TaskFieldsRow } from '../tasks/read.js';

export type PlanFact = { id: string; title: string; cadence: Cadence; importedAt: string };

/** viaGroupId: the unit is on the task through that group (expanded membership), not by name in the document. */
export type UnitFact = { id: string; name: string; role: Role; kind: DepartmentKind; contact: string; viaGroupId: string | null };

export type TaskFact = TaskFields & {
  /** The plan's own deadline, set only when an approved 延期 replaced it (deadlineDate is then the new one, issue 21). */
  originalDeadline?: string | null;
  /** The day the office agreed to close the task (办结销号), while not reopened. */
  closedAt?: string;
  units: UnitFact[];
};

export type ReportFact = {
  taskId: string;
  departmentId: string;
  periodId: string;
  status: ReportStatus;
  percent: number | null;
  progress: string;
  problems: string;
  nextSteps: string;
  submittedAt: string;
  rowVersion: number;
  review: { decision: ReviewDecision; reportVersion: number } | null;
};

export type IndicatorFact = {
  id: string;
  seq: number;
  taskId: string | null;
  category: string;
  name: string;
  unit: string;
  baselineText: string;
  targetText: string;
  comparator: Comparator | null;
  boundLow: number | null;
  boundHigh: number | null;
  attribute: IndicatorAttribute | null;
  ownerId: string | null;
  ownerName: string;
};

export type IndicatorValueFact = { indicatorId: string; departmentId: string; periodId: string; valueText: string };

export const readPlan = (db: Db, planId: string | undefined): PlanFact => {
  const id = requirePlanId(db, planId);
  const row = prepared(db, 'SELECT id, title, cadence, imported_at FROM plans WHERE id = ? AND deleted = 0').get(id) as
    | { id: string; title: string; cadence: Cadence; imported_at: string }
    | undefined;
  if (!row) throw new ApiError('not_found', '找不到这个规划');
  return { id: row.id, title: row.title, cadence: row.cadence, importedAt: row.imported_at };
};

// Only leaf tasks are work items: a section heading with children is reported through its children.
const TASKS_SQL = `
  SELECT ${TASK_FIELDS},
    (SELECT json_group_array(json_object('id', d.id, 'name', d.name, 'role', a.role, 'kind', d.kind, 'contact', d.contact, 'viaGroupId', a.via_group_id))
       FROM (SELECT * FROM assignments WHERE task_id = t.id AND deleted = 0 ORDER BY position) a
       JOIN departments d ON d.id = a.department_id AND d.deleted = 0) AS units
  FROM tasks t
  WHERE t.plan_id = ? AND t.deleted = 0
    AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted = 0)
  ORDER BY t.seq`;

/**
 * withTexts false (figures that show no task's 内容, like the dashboard's and the notices'): the lean read
 * (lean-tasks.ts), content '' and custom {} (no report figure uses the custom columns; the export reads its own).
 */
export const readTasks = (db: Db, planId: string, withTexts = true): TaskFact[] => {
  const lifecycle = readLifecycleStates(db, planId);
  if (!withTexts) return readLeanTasks(db, planId, lifecycle);
  return (prepared(db, TASKS_SQL).all(planId) as (TaskFieldsRow & { units: string })[]).map((r) => {
    const fields = taskFieldsOf(r);
    return withLifecycle({ ...fields, units: JSON.parse(r.units) as UnitFact[] }, lifecycle.get(r.id));
  });
};

// The current review of a report is its newest by report_version (a resubmission outdates older ones);
// created_at only breaks a tie within one version, as the workbench does.
const CURRENT_REVIEW = `(
    SELECT rowid FROM reviews x
    WHERE x.task_id = r.task_id AND x.department_id = r.department_id AND x.period_id = r.period_id AND x.deleted = 0
    ORDER BY x.report_version DESC, x.created_at DESC LIMIT 1)`;

// Only the period's own reports are read with their text: the history behind a task's light and
// deadline class is read as a few facts per lead unit (lead-history.ts), so the cost follows the
// period, not the years of reports before it (issue 18).
// Without texts (the dashboard's figures, which never show them) the period's reports are a tenth of
// the bytes to read and copy: at province scale 10,000 reports with their 进展/问题/下步 (issue 18).
const periodReportsSql = (withTexts: boolean): string => `
  SELECT r.task_id, r.department_id, r.period_id, r.status, r.percent,
    ${withTexts ? 'r.progress, r.problems, r.next_steps' : "'' AS progress, '' AS problems, '' AS next_steps"},
    r.submitted_at, r.row_version, v.decision AS review_decision, v.report_version AS review_version
  FROM reports r
  JOIN tasks t ON t.id = r.task_id AND t.plan_id = @plan AND t.deleted = 0
  LEFT JOIN reviews v ON v.rowid = ${CURRENT_REVIEW}
  WHERE r.period_id = @period AND r.deleted = 0`;
const PERIOD_REPORTS_SQL = periodReportsSql(true);
const PERIOD_REPORTS_NO_TEXT_SQL = periodReportsSql(false);

type ReportRow = {
  task_id: string;
  department_id: string;
  period_id: string;
  status: ReportStatus;
  percent: number | null;
  progress: string;
  problems: string;
  next_steps: string;
  submitted_at: string;
  row_version: number;
  review_decision: ReviewDecision | null;
  review_version: number | null;
};

/** The reports of the plan's tasks for exactly this period, with their current review; texts '' unless withTexts. */
export const readPeriodReports = (db: Db, planId: string, periodId: string, withTexts = true): ReportFact[] =>
  (prepared(db, withTexts ? PERIOD_REPORTS_SQL : PERIOD_REPORTS_NO_TEXT_SQL).all({ plan: planId, period: periodId }) as ReportRow[]).map((r) => ({
    taskId: r.task_id,
    departmentId: r.department_id,
    periodId: r.period_id,
    status: r.status,
    percent: r.percent,
    progress: r.progress,
    problems: r.problems,
    nextSteps: r.next_steps,
    submittedAt: r.submitted_at,
    rowVersion: r.row_version,
    review:
      r.review_decision && r.review_version !== null ? { decision: r.review_decision, reportVersion: r.review_version } : null,
  }));

const INDICATORS_SQL = `
  SELECT i.id, i.seq, i.task_id, i.category, i.name, i.unit, i.baseline_text, i.target_text, i.comparator,
    i.bound_low, i.bound_high, i.attribute, i.owner_department_id, COALESCE(d.name, '') AS owner_name
  FROM indicators i LEFT JOIN departments d ON d.id = i.owner_department_id
  WHERE i.plan_id = ? AND i.deleted = 0
  ORDER BY i.seq`;

type IndicatorRow = {
  id: string;
  seq: number;
  task_id: string | null;
  category: string;
  name: string;
  unit: string;
  baseline_text: string;
  target_text: string;
  comparator: Comparator | null;
  bound_low: number | null;
  bound_high: number | null;
  attribute: IndicatorAttribute | null;
  owner_department_id: string | null;
  owner_name: string;
};

export const readIndicators = (db: Db, planId: string): IndicatorFact[] =>
  (prepared(db, INDICATORS_SQL).all(planId) as IndicatorRow[]).map((r) => ({
    id: r.id,
    seq: r.seq,
    taskId: r.task_id,
    category: r.category,
    name: r.name,
    unit: r.unit,
    baselineText: r.baseline_text,
    targetText: r.target_text,
    comparator: r.comparator,
    boundLow: r.bound_low,
    boundHigh: r.bound_high,
    attribute: r.attribute,
    ownerId: r.owner_department_id,
    ownerName: r.owner_name,
  }));

export const readIndicatorValues = (db: Db, planId: string, periodId: string): IndicatorValueFact[] =>
  (
    prepared(
      db,
      `SELECT v.indicator_id, v.department_id, v.period_id, v.value_text
       FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id AND i.plan_id = ? AND i.deleted = 0
       WHERE v.deleted = 0 AND v.period_id <= ? AND TRIM(v.value_text) <> ''
       ORDER BY v.period_id`,
    ).all(planId, periodId) as { indicator_id: string; department_id: string; period_id: string; value_text: string }[]
  ).map((r) => ({ indicatorId: r.indicator_id, departmentId: r.department_id, periodId: r.period_id, valueText: r.value_text }));
