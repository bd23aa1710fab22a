// What a period's figures need from the years before it, read as a few facts per task and lead unit
// instead of the whole report history (issue 18: reading 100,000 reports to find each task's latest
// one made the summary grow with history): the latest report up to the period (status and percent for
// the light), the first 已完成 report (when it was done, for 逾期已办), and whether an earlier 已完成
// report was accepted (办结销号). Each is an index seek: the latest through the index of each unit's
// reports with their status and percent (m081; (task, unit, period) is the primary key, so the period
// found names exactly one report, and the index alone answers without reading the report rows), the other
// two through the partial index of 已完成 reports (m064).
import type { Cadence } from '../../shared/progress/periods.js';
import type { ReportStatus } from '../../shared/progress/report-status.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

export type LeadHistoryFact = {
  taskId: string;
  departmentId: string;
  latest: { periodId: string; status: ReportStatus; percent: number | null } | null;
  firstDone: { periodId: string; submittedAt: string } | null;
  /** A 已完成 report of an earlier period whose current review accepts it. */
  isClosedOut: boolean;
};

// Period codes of one cadence as GLOB patterns, exactly the codes parsePeriodId (shared/progress/periods.ts)
// reads as that cadence: a code of another cadence (a monthly report under a quarterly plan) does not
// sort with ours and is left out, as before. Two patterns because months need two; test/unit checks them.
const D4 = '[0-9][0-9][0-9][0-9]';
export const cadenceGlobs: Record<Cadence, [string, string]> = {
  month: [`${D4}-M0[1-9]`, `${D4}-M1[0-2]`],
  quarter: [`${D4}-Q[1-4]`, `${D4}-Q[1-4]`],
  half: [`${D4}-H[12]`, `${D4}-H[12]`],
  year: [`${D4}-Y`, `${D4}-Y`],
};

const OF_PAIR = 'x.task_id = a.task_id AND x.department_id = a.department_id';
const OF_CADENCE = '(x.period_id GLOB @g1 OR x.period_id GLOB @g2)';

// The current review (newest report_version, then newest created_at) accepts this very version.
const IS_ACCEPTED = `(
    SELECT v.decision = 'accept' AND v.report_version = x.row_version FROM reviews v
    WHERE v.task_id = x.task_id AND v.department_id = x.department_id AND v.period_id = x.period_id AND v.deleted = 0
    ORDER BY v.report_version DESC, v.created_at DESC LIMIT 1)`;

const LEAD_HISTORY_SQL = `
  SELECT a.task_id, a.department_id,
    l.period_id AS latest_period, l.status AS latest_status, l.percent AS latest_percent,
    f.period_id AS done_period, f.submitted_at AS done_submitted_at,
    EXISTS (SELECT 1 FROM reports x
      WHERE ${OF_PAIR} AND x.status = 'done' AND x.deleted = 0 AND x.period_id < @period AND ${OF_CADENCE}
        AND ${IS_ACCEPTED}) AS is_closed_out
  FROM tasks t
  JOIN assignments a ON a.task_id = t.id AND a.role = 'lead' AND a.deleted = 0
  LEFT JOIN reports l INDEXED BY reports_pair_latest
    ON l.task_id = a.task_id AND l.department_id = a.department_id AND l.deleted = 0 AND l.period_id = (
      SELECT x.period_id FROM reports x INDEXED BY reports_pair_latest
      WHERE ${OF_PAIR} AND x.period_id <= @period AND x.deleted = 0 AND ${OF_CADENCE}
      ORDER BY x.period_id DESC LIMIT 1)
  LEFT JOIN reports f ON f.rowid = (
    SELECT x.rowid FROM reports x
    WHERE ${OF_PAIR} AND x.status = 'done' AND x.deleted = 0 AND x.period_id <= @period AND ${OF_CADENCE}
    ORDER BY x.period_id LIMIT 1)
  WHERE t.plan_id = @plan AND t.deleted = 0`;

type Row = {
  task_id: string;
  department_id: string;
  latest_period: string | null;
  latest_status: ReportStatus | null;
  latest_percent: number | null;
  done_period: string | null;
  done_submitted_at: string | null;
  is_closed_out: 0 | 1;
};

export const readLeadHistory = (db: Db, planId: string, period: { id: string; cadence: Cadence }): LeadHistoryFact[] => {
  const [g1, g2] = cadenceGlobs[period.cadence];
  return (prepared(db, LEAD_HISTORY_SQL).all({ plan: planId, period: period.id, g1, g2 }) as Row[]).map((r) => ({
    taskId: r.task_id,
    departmentId: r.department_id,
    latest:
      r.latest_period !== null && r.latest_status !== null
        ? { periodId: r.latest_period, status: r.latest_status, percent: r.latest_percent }
        : null,
    firstDone: r.done_period !== null && r.done_submitted_at !== null ? { periodId: r.done_period, submittedAt: r.done_submitted_at } : null,
    isClosedOut: r.is_closed_out === 1,
  }));
};

