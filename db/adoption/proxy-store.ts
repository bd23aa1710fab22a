// The 代录 record: which report versions the office entered for a unit, from which file. A report
// version counts as 代录 only while the row still carries the office's origin and that version, so a
// unit's own report (its origin, whatever its version number) is never mistaken for one.
import type { ReportChannel } from '../../shared/progress/channels.js';
import { channelOf } from '../../shared/progress/channels.js';
import type { ReportKey } from '../../shared/progress/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

export type ProxySourceKind = 'sheet' | 'word' | 'bulletin' | 'form';

export type ProxyEntry = ReportKey & {
  reportVersion: number;
  sourceKind: ProxySourceKind;
  fileName: string;
  fileSha256: string | null;
  rowNumber: number | null;
  enteredBy: string;
  enteredAt: string;
};

/** Records that the office wrote this report version on the unit's behalf (inside the writing transaction). */
export const recordProxyEntry = (db: Db, entry: ProxyEntry): void => {
  prepared(
    db,
    `INSERT OR REPLACE INTO proxy_reports (task_id, department_id, period_id, report_version, source_kind, file_name, file_sha256, row_number, entered_by, entered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(entry.taskId, entry.departmentId, entry.periodId, entry.reportVersion, entry.sourceKind, entry.fileName, entry.fileSha256, entry.rowNumber, entry.enteredBy, entry.enteredAt);
};

/** The 代录 record of the report's current version, or null when the current version is the unit's own (or there is none). */
export const currentProxyEntry = (db: Db, key: ReportKey): { fileName: string; fileSha256: string | null; sourceKind: ProxySourceKind } | null =>
  (prepared(
    db,
    `SELECT p.file_name AS fileName, p.file_sha256 AS fileSha256, p.source_kind AS sourceKind
     FROM reports r JOIN proxy_reports p ON p.task_id = r.task_id AND p.department_id = r.department_id AND p.period_id = r.period_id
       AND p.report_version = r.row_version AND p.entered_by = r.origin_id
     WHERE r.task_id = ? AND r.department_id = ? AND r.period_id = ? AND r.deleted = 0`,
  ).get(key.taskId, key.departmentId, key.periodId) as { fileName: string; fileSha256: string | null; sourceKind: ProxySourceKind } | undefined) ?? null;

/** Every 代录 version of a task's reports, by department|period|version, for the timeline. */
export const proxyVersionsOfTask = (db: Db, taskId: string): Map<string, { fileName: string; fileSha256: string | null; enteredBy: string }> =>
  new Map(
    (
      prepared(db, 'SELECT department_id, period_id, report_version, file_name, file_sha256, entered_by FROM proxy_reports WHERE task_id = ?').all(taskId) as {
        department_id: string;
        period_id: string;
        report_version: number;
        file_name: string;
        file_sha256: string | null;
        entered_by: string;
      }[]
    ).map((r) => [`${r.department_id}|${r.period_id}|${r.report_version}`, { fileName: r.file_name, fileSha256: r.file_sha256, enteredBy: r.entered_by }]),
  );

/**
 * How each unit reported this period on the plan's tasks: its own reports (进度包) or the office's 代录 only.
 * INDEXED BY: left to itself SQLite walks reports_by_period for the free GROUP BY order and reads every
 * report's row for its version and origin; the covering index (migration 78) has them (35 → 5 ms at
 * province scale).
 */
export const channelsOfPeriod = (db: Db, planId: string, periodId: string): Map<string, ReportChannel> => {
  const rows = prepared(
    db,
    `SELECT r.department_id AS departmentId,
       SUM(CASE WHEN p.task_id IS NULL THEN 1 ELSE 0 END) AS own,
       SUM(CASE WHEN p.task_id IS NULL THEN 0 ELSE 1 END) AS proxy
     FROM reports r INDEXED BY reports_period_figures JOIN tasks t ON t.id = r.task_id AND t.plan_id = ? AND t.deleted = 0
     LEFT JOIN proxy_reports p ON p.task_id = r.task_id AND p.department_id = r.department_id AND p.period_id = r.period_id
       AND p.report_version = r.row_version AND p.entered_by = r.origin_id
     WHERE r.period_id = ? AND r.deleted = 0
     GROUP BY r.department_id`,
  ).all(planId, periodId) as { departmentId: string; own: number; proxy: number }[];
  return new Map(rows.map((r) => [r.departmentId, channelOf(r)]));
};

/** Marks a review the office just made of a 代录 version (inside the review's transaction). */
export const markProxyReview = (db: Db, reviewId: string): void => {
  prepared(db, 'INSERT OR IGNORE INTO proxy_reviews (review_id) VALUES (?)').run(reviewId);
};

export const isProxyReview = (db: Db, reviewId: string): boolean => prepared(db, 'SELECT 1 FROM proxy_reviews WHERE review_id = ?').get(reviewId) !== undefined;

/** The office's live reviews of 代录 versions of one report key: withdrawn when the unit's own report takes over. */
export const proxyReviewIds = (db: Db, key: ReportKey): { id: string; report_version: number }[] =>
  prepared(
    db,
    `SELECT v.id, v.report_version FROM reviews v JOIN proxy_reviews p ON p.review_id = v.id
     WHERE v.task_id = ? AND v.department_id = ? AND v.period_id = ? AND v.deleted = 0`,
  ).all(key.taskId, key.departmentId, key.periodId) as { id: string; report_version: number }[];
