// Shapes of the workbench that travel through the API. JSON only: days are 'YYYY-MM-DD', times ISO strings.
import type { Role } from '../domain/types.js';
import type { Target } from './attainment.js';
import type { Day } from './days.js';
import type { Light, LightThresholds } from './lights.js';
import type { Cadence, Period } from './periods.js';
import type { ReportState, ReportStatus, ReviewDecision } from './report-status.js';

export type DraftAttachment = { sha256: string; fileName: string };

/** Exactly what the clerk typed, kept as text so reopening shows it as it was. */
export type ReportDraft = {
  status: ReportStatus | '';
  percent: string;
  progress: string;
  problems: string;
  nextSteps: string;
  /** indicator id → value as typed */
  indicatorValues: Record<string, string>;
  attachments: DraftAttachment[];
};

export const emptyDraft = (): ReportDraft => ({
  status: '',
  percent: '',
  progress: '',
  problems: '',
  nextSteps: '',
  indicatorValues: {},
  attachments: [],
});

export type ReportKey = { taskId: string; departmentId: string; periodId: string };

export type MyTaskRow = {
  taskId: string;
  code: string;
  seq: number;
  section: string;
  title: string;
  role: Role;
  leadNames: string[];
  /** Set when the unit is on the task as a member of a group the plan names (e.g. 市直有关单位), not by its own name. */
  viaGroup: string | null;
  deadline: Day | null;
  deadlineText: string;
  light: Light;
  lightReason: string;
  /** State of this period's report. */
  state: ReportState;
  hasDraft: boolean;
  /** The latest submitted report's status and percent, any period. */
  status: ReportStatus | null;
  percent: number | null;
  /** Issue 21: 办结销号 on this day; the workbench no longer asks for reports on it. */
  closedAt?: Day;
  /** Issue 21: the plan's deadline when an approved 延期 replaced it (deadline is then the new one). */
  originalDeadline?: Day | null;
};

export type OverdueNotice = { periodId: string; label: string; due: Day; taskCount: number };

export type MyTasks = {
  department: { id: string; name: string };
  plan: { id: string; title: string; cadence: Cadence };
  period: Period;
  /** Where the period comes from: the office's packages (a department), opened at the office, or this PC's calendar. */
  periodSource?: 'office' | 'opened' | 'calendar';
  today: Day;
  rows: MyTaskRow[];
  sections: string[];
  overdue: OverdueNotice[];
  /** Set when a search ran: how it ran, so the list can say so. */
  searchMode: 'fts' | 'like' | null;
};

export type AttachmentIntegrity = 'ok' | 'missing' | 'altered';

export type AttachmentInfo = {
  sha256: string;
  fileName: string;
  size: number;
  mime: string;
  integrity: AttachmentIntegrity;
};

export type IndicatorField = {
  id: string;
  name: string;
  unit: string;
  baselineText: string;
  targetText: string;
  target: Target | null;
};

export type SubmittedReport = {
  status: ReportStatus;
  percent: number | null;
  progress: string;
  problems: string;
  nextSteps: string;
  submittedAt: string;
  rowVersion: number;
  indicatorValues: Record<string, string>;
};

export type ReviewInfo = { decision: ReviewDecision; reason: string; reviewer: string; at: string; reportVersion: number };

export type ParticipantReport = {
  department: { id: string; name: string };
  state: ReportState;
  report: SubmittedReport | null;
  attachments: AttachmentInfo[];
};

export type ReportDetail = {
  key: ReportKey;
  task: {
    id: string;
    code: string;
    title: string;
    content: string;
    section: string;
    deadline: Day | null;
    deadlineText: string;
    leads: string[];
    participants: string[];
  };
  department: { id: string; name: string };
  role: Role;
  period: Period;
  /** Periods the clerk may pick, oldest first, ending with the current one. */
  periods: Period[];
  today: Day;
  state: ReportState;
  isEditable: boolean;
  /** What the form opens with: the draft if any, else the submitted report, else empty. */
  form: ReportDraft;
  draftSavedAt: string | null;
  report: SubmittedReport | null;
  latestReview: ReviewInfo | null;
  indicators: IndicatorField[];
  /** Information on every file the form names, checked against the store. */
  attachments: AttachmentInfo[];
  /** For a lead unit: what the participating units reported for the same task and period. */
  participantReports: ParticipantReport[];
};

export type TimelineEvent = {
  at: string;
  /** extension/closure: a unit's 延期/办结 request; lifecycle: the office's decision on one, or a reopening. */
  kind: 'task' | 'submitted' | 'resubmitted' | 'returned' | 'accepted' | 'indicator' | 'extension' | 'closure' | 'lifecycle' | 'notice';
  who: string;
  periodId: string | null;
  text: string;
  /** Said beside the time when the PC that recorded the event had a clock that looked wrong. */
  clockNote?: string;
};

export type WorkbenchSettings = {
  departmentId: string | null;
  isLargeFont: boolean;
  thresholds: LightThresholds;
  dueOffsetDays: number;
  maxAttachmentBytes: number;
  attachmentTypes: string[];
};
