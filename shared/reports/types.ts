// Shapes of the office's period figures (dashboard, chase lists, bulletin) that travel through the API.
// JSON only: days are 'YYYY-MM-DD', times ISO strings. Lights, periods and report states are the
// workbench's (shared/progress/*): this file only arranges them into figures.
import type { IndicatorAttribute } from '../plan/attribute.js';
import type { Attainment } from '../progress/attainment.js';
import type { ReportChannel } from '../progress/channels.js';
import type { Day } from '../progress/days.js';
import type { Light } from '../progress/lights.js';
import type { Period } from '../progress/periods.js';
import type { ReportState, ReportStatus } from '../progress/report-status.js';

/** A task's status for the period: a reported status, or 'unreported' when no lead unit reported. */
export type StatusKey = ReportStatus | 'unreported';

/** Deadline classes of the 催办 list: 即将逾期 / 逾期未办 / 逾期已办. */
export type DeadlineClass = 'near' | 'overdue_open' | 'overdue_done';

/** viaGroupId: on the task as a member of that group (domain.md: groups expand to members), not named in the document. */
export type NamedRef = { id: string; name: string; viaGroupId?: string };

export type TaskFigure = {
  taskId: string;
  code: string;
  seq: number;
  section: string;
  title: string;
  content: string;
  deadlineText: string;
  deadline: Day | null;
  leads: NamedRef[];
  participants: NamedRef[];
  /** The plain text built-in columns by storage name (shared/plan/task-columns.ts); absent when the task has none. */
  cells?: Record<string, string>;
  /** This period's consolidated report (the first lead unit that reported); null fields when none. */
  status: StatusKey;
  percent: number | null;
  progress: string;
  problems: string;
  nextSteps: string;
  reportState: ReportState;
  reportedBy: string | null;
  /** The newest lead report up to this period: what the light is judged on. */
  latestStatus: ReportStatus | null;
  latestPercent: number | null;
  light: Light;
  lightReason: string;
  /** Days from today to the deadline (negative when past); null without a parsed deadline. */
  daysLeft: number | null;
  deadlineClass: DeadlineClass | null;
  /** Reporting units (lead or participant) that owe this period's report and have not sent it. */
  missingUnits: NamedRef[];
  /** Units whose report for this period is currently returned (退回). */
  returnedUnits: NamedRef[];
  /** Every report this period owes on the task, one per reporting unit: what the report counts are made of. */
  owed: OwedReport[];
  /** Issue 21: the plan's deadline when an approved 延期 replaced it (deadline is then the new one). */
  originalDeadline?: Day | null;
  /** Issue 21: 办结销号 on this day (the office agreed); the task owes nothing from then on. */
  closedAt?: Day;
};

/** received: awaiting review, accepted or returned; isLate: sent after the period's due day. */
export type OwedReportState = 'missing' | 'awaiting' | 'accepted' | 'returned';
export type OwedReport = { unitId: string; state: OwedReportState; isLate: boolean };

export type ReportCounts = {
  /** Task × reporting unit pairs that owe a report this period (group units are not counted). */
  expected: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
  returned: number;
  accepted: number;
  /** Received and not yet reviewed (or resubmitted since the last review). */
  awaitingReview: number;
};

export type CountBucket<K extends string> = { key: K; label: string; count: number };

export type SectionFigure = {
  section: string;
  label: string;
  total: number;
  done: number;
  /** Mean of the latest reported percent (unreported counts as 0), rounded. */
  meanPercent: number;
};

export type DepartmentFigure = {
  departmentId: string;
  name: string;
  contact: string;
  /** 1 = best; equal figures share a rank. */
  rank: number;
  expected: number;
  submitted: number;
  onTime: number;
  returned: number;
  ledTasks: number;
  ledGreen: number;
  /** onTime / expected, 0–100, one decimal. */
  onTimeRate: number;
  /** ledGreen / ledTasks, 0–100, one decimal; null when the unit leads nothing. */
  onTrackRate: number | null;
  /** How the unit reported this period: its own package, the office's 代录 of its sheet, or not at all. */
  channel: ReportChannel;
};

export type IndicatorFigure = {
  indicatorId: string;
  seq: number;
  category: string;
  name: string;
  unit: string;
  baselineText: string;
  targetText: string;
  isBinding: boolean;
  attribute: IndicatorAttribute | null;
  owner: string;
  taskId: string | null;
  latestValueText: string;
  latestPeriodId: string | null;
  attainment: Attainment;
  /** value / target bound as a percent where that means something (≥, >, = targets above 0). */
  attainmentRate: number | null;
};

export type ReportSummary = {
  plan: { id: string; title: string };
  period: Period;
  /** Today by the injected clock (China's calendar day). */
  today: Day;
  /** The day lights are judged at: today, or the period's last day for a period already over. */
  asOf: Day;
  taskCount: number;
  reports: ReportCounts;
  byStatus: CountBucket<StatusKey>[];
  byLight: CountBucket<Light>[];
  bySection: SectionFigure[];
  ranking: DepartmentFigure[];
  indicators: IndicatorFigure[];
  /** Indicators with a value that misses the target, binding (约束性) first. */
  offTarget: IndicatorFigure[];
  tasks: TaskFigure[];
  /** Reporting units by how they reported this period (进度包 / 表格代录 / 未报). */
  byChannel: CountBucket<ReportChannel>[];
};

export type ChaseDepartment = {
  departmentId: string;
  name: string;
  contact: string;
  expected: number;
  missing: number;
  /** Days past the period's due date (0 or less: not yet due). */
  daysOverdue: number;
  taskIds: string[];
  /** How the unit reported what it did send this period (未报 when nothing). */
  channel: ReportChannel;
};

export type ChaseTask = {
  taskId: string;
  code: string;
  title: string;
  deadline: Day;
  deadlineText: string;
  daysLeft: number;
  deadlineClass: DeadlineClass;
  leads: string[];
  contacts: string[];
  latestStatus: ReportStatus | null;
  latestPercent: number | null;
};

export type ChaseList = {
  plan: { id: string; title: string };
  period: Period;
  today: Day;
  nearDays: number;
  departments: ChaseDepartment[];
  tasks: ChaseTask[];
};

/** A lagging task as the bulletin prints it (the whole figure, with every report text, stays on the dashboard). */
export type BulletinTask = Pick<TaskFigure, 'taskId' | 'code' | 'title' | 'leads' | 'status' | 'percent' | 'light' | 'lightReason' | 'problems'> & {
  /** Issue 19 (present only when the office chose columns): the task's value in each chosen column, by column id; blank cells absent. */
  values?: Record<string, string>;
};

/** The summary figures the bulletin prints: no per-task table and only the indicators off target. */
export type BulletinFigures = Omit<ReportSummary, 'tasks' | 'indicators' | 'bySection'> & { indicatorCount: number };

/** The bulletin carries only what it prints: at 10,000 tasks the whole summary was megabytes of text for a page of rows. */
export type Bulletin = {
  officeName: string;
  /** The date printed on the bulletin: today by the injected clock. */
  issuedOn: Day;
  summary: BulletinFigures;
  /** Red and yellow lights and 滞后 reports, worst first, with the problems their units wrote. */
  lagging: BulletinTask[];
  /** Issue 19 (present only when there are any): the office's columns chosen 在通报中显示, not hidden, in the office's order. */
  columns?: { id: string; name: string }[];
  /** Issue 21 (present only when there are any): tasks closed out (已办结) with the day, and tasks whose deadline was extended. */
  closed?: (Pick<TaskFigure, 'taskId' | 'code' | 'title' | 'leads'> & { closedAt: Day })[];
  extended?: (Pick<TaskFigure, 'taskId' | 'code' | 'title' | 'leads'> & { note: string })[];
};

/** A task's long texts: the task's own content and this period's consolidated report. */
export type TaskTextKey = 'content' | 'progress' | 'problems' | 'nextSteps';

/** A task as a drill-down row needs it: every short field, none of the long texts (issue 18). */
export type TaskRow = Omit<TaskFigure, TaskTextKey>;

/** A drill-down row as reports.drill sends it: the short fields and the 存在问题 the list prints under the title. */
export type DrillRow = TaskRow & { problems: string };

/** The cards' two deadline figures (逾期未办, 即将逾期), counted where the tasks are. */
export type DeadlineCounts = { overdueOpen: number; near: number };

/**
 * The summary as the dashboard draws it: every figure, no task. The tasks behind a number come with
 * reports.drill when it is clicked (issue 18: one row per task made the answer 7.6 MB at 10,000 tasks).
 */
export type DashboardSummary = Omit<ReportSummary, 'tasks'> & { deadlineCounts: DeadlineCounts };

/** The chase list as the dashboard shows it: the units' rows without the ids of the tasks they owe on. */
export type DashboardChase = Omit<ChaseList, 'departments'> & { departments: Omit<ChaseDepartment, 'taskIds'>[] };

/** The dashboard's two reads from one build of the period's facts, carrying only what the first screen shows. */
export type DashboardData = { summary: DashboardSummary; chase: DashboardChase };

export type ReportSettings = { officeName: string };
