// Reading one report: what was submitted, the draft being typed, the latest review, and from these the
// report's state (decided in shared/progress/report-status.ts, the one place that decides it).
import { reportStateOf, type ReportState, type ReportStatus } from '../../shared/progress/report-status.js';
import { emptyDraft, type ReportDraft, type ReportKey, type ReviewInfo, type SubmittedReport } from '../../shared/progress/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { readIndicatorValues } from './indicators.js';

type ReportDbRow = {
  status: ReportStatus;
  percent: number | null;
  progress: string;
  problems: string;
  next_steps: string;
  submitted_at: string;
  row_version: number;
};

export const readReport = (db: Db, key: ReportKey): SubmittedReport | null => {
  const row = prepared(
    db,
    `SELECT status, percent, progress, problems, next_steps, submitted_at, row_version FROM reports
     WHERE task_id = ? AND department_id = ? AND period_id = ? AND deleted = 0`,
  ).get(key.taskId, key.departmentId, key.periodId) as ReportDbRow | undefined;
  if (!row) return null;
  return {
    status: row.status,
    percent: row.percent,
    progress: row.progress,
    problems: row.problems,
    nextSteps: row.next_steps,
    submittedAt: row.submitted_at,
    rowVersion: row.row_version,
    indicatorValues: readIndicatorValues(db, key),
  };
};

export const readReportAttachments = (db: Db, key: ReportKey): { sha256: string; fileName: string }[] =>
  (
    prepared(
      db,
      `SELECT sha256, file_name FROM report_attachments
       WHERE task_id = ? AND department_id = ? AND period_id = ? AND deleted = 0 ORDER BY file_name`,
    ).all(key.taskId, key.departmentId, key.periodId) as { sha256: string; file_name: string }[]
  ).map((r) => ({ sha256: r.sha256, fileName: r.file_name }));

export const readDraft = (db: Db, key: ReportKey): { draft: ReportDraft; savedAt: string } | null => {
  const row = prepared(db, 'SELECT draft_json, saved_at FROM report_drafts WHERE task_id = ? AND department_id = ? AND period_id = ?').get(
    key.taskId,
    key.departmentId,
    key.periodId,
  ) as { draft_json: string; saved_at: string } | undefined;
  if (!row) return null;
  // A draft written by an older build may lack a field: fill it rather than fail to open.
  return { draft: { ...emptyDraft(), ...(JSON.parse(row.draft_json) as Partial<ReportDraft>) }, savedAt: row.saved_at };
};

export const latestReview = (db: Db, key: ReportKey): ReviewInfo | null => {
  const row = prepared(
    db,
    `SELECT decision, reason, reviewer, created_at, report_version FROM reviews
     WHERE task_id = ? AND department_id = ? AND period_id = ? AND deleted = 0
     ORDER BY report_version DESC, created_at DESC LIMIT 1`,
  ).get(key.taskId, key.departmentId, key.periodId) as
    | { decision: 'accept' | 'return'; reason: string; reviewer: string; created_at: string; report_version: number }
    | undefined;
  return row
    ? { decision: row.decision, reason: row.reason, reviewer: row.reviewer, at: row.created_at, reportVersion: row.report_version }
    : null;
};

export const stateOfReport = (db: Db, key: ReportKey): ReportState => {
  const report = readReport(db, key);
  const review = latestReview(db, key);
  return reportStateOf({
    hasDraft: readDraft(db, key) !== null,
    reportVersion: report?.rowVersion ?? null,
    latestReview: review,
  });
};

export const draftOfReport = (report: SubmittedReport, attachments: { sha256: string; fileName: string }[]): ReportDraft => ({
  status: report.status,
  percent: report.percent === null ? '' : String(report.percent),
  progress: report.progress,
  problems: report.problems,
  nextSteps: report.nextSteps,
  indicatorValues: report.indicatorValues,
  attachments,
});
