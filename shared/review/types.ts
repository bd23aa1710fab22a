// The office's review workspace (审核): a queue of submitted reports and, for one of them, everything
// needed to judge it. JSON only.
import type { Light } from '../progress/lights.js';
import type { ReportDetail, SubmittedReport } from '../progress/types.js';
import type { ReportStatus } from '../progress/report-status.js';

export type ReviewQueueState = 'pending' | 'accepted' | 'returned';

export type ReviewKey = { taskId: string; departmentId: string; periodId: string };

export type ReviewQueueItem = ReviewKey & {
  taskCode: string;
  taskTitle: string;
  departmentName: string;
  periodLabel: string;
  /** The version judged: a decision names it, so a newer submission is never accepted unseen. */
  reportVersion: number;
  status: ReportStatus;
  percent: number | null;
  submittedAt: string;
  light: Light;
  lightReason: string;
  state: ReviewQueueState;
  /** A report sent again after a return: the reason it answers. */
  answersReturn: string | null;
};

export type ReviewQueue = {
  items: ReviewQueueItem[];
  /** Periods that have reports, newest first, and the units with reports in the chosen period. */
  periods: { id: string; label: string }[];
  units: { id: string; name: string; pending: number }[];
  counts: Record<ReviewQueueState, number>;
};

export type ReviewHistoryEntry = { decision: 'accept' | 'return'; reason: string; reviewer: string; at: string; reportVersion: number };

export type ReviewItemDetail = {
  item: ReviewQueueItem;
  /** The task, its indicators and this report with its evidence, as the department's form shows them. */
  detail: ReportDetail;
  /** The same unit's report for the period before, when there is one. */
  previous: { periodId: string; periodLabel: string; report: SubmittedReport | null };
  history: ReviewHistoryEntry[];
};

export type ReviewDecisionResult = {
  decided: number;
  /** Items not decided, each with the reason (a newer version arrived, already decided). */
  skipped: { key: ReviewKey; reason: string }[];
};
