// 年度考核 (issue 21): a score per unit for a year from rules the office sets. Every component keeps the
// tasks and reports behind it, so each number on the table clicks through to them.
import type { Day } from '../progress/days.js';

export type AssessmentRules = {
  /** Full marks for reporting on time, earned in proportion to the reports sent by their due day. */
  onTimeWeight: number;
  /** Full marks for completing the lead tasks due this year, earned in proportion. */
  completionWeight: number;
  /** Points off for each report the office returned (退回). */
  returnPenalty: number;
  /** Points off for each lead task past its (approved) deadline and not completed. */
  overduePenalty: number;
  /** Points off for each lead task whose deadline was extended with the office's approval. */
  approvedDelayPenalty: number;
  /** Further points off for each overdue lead task with no approved extension. */
  unapprovedDelayPenalty: number;
};

export const DEFAULT_ASSESSMENT_RULES: AssessmentRules = {
  onTimeWeight: 40,
  completionWeight: 60,
  returnPenalty: 1,
  overduePenalty: 3,
  approvedDelayPenalty: 0.5,
  unapprovedDelayPenalty: 2,
};

export type AssessmentComponentKey = 'onTime' | 'completion' | 'returns' | 'overdue' | 'approvedDelays' | 'unapprovedDelays';

/** One task or report behind a number; periodId set for a report. */
export type AssessmentItem = { taskId: string; code: string; title: string; periodId: string | null; note: string; counts: boolean };

export type AssessmentComponent = {
  key: AssessmentComponentKey;
  /** What counts (按时报送 12 份) and of how many (应报 14 份); of is null for deductions. */
  count: number;
  of: number | null;
  /** Points earned (positive) or taken off (negative), to one decimal. */
  points: number;
  /** Everything looked at: items with counts=false are the rest of "of" (late or missing reports, tasks not done). */
  items: AssessmentItem[];
};

export type AssessmentRow = {
  rank: number;
  departmentId: string;
  name: string;
  score: number;
  components: AssessmentComponent[];
};

export type Assessment = {
  plan: { id: string; title: string };
  year: number;
  /** The day judged at: the year's last day, or today while the year runs. */
  asOf: Day;
  /** The periods whose reports were due by asOf. */
  periods: { id: string; label: string }[];
  rules: AssessmentRules;
  isDefaultRules: boolean;
  /** True when approved extensions were read (延期 data exists); otherwise every deadline is the plan's. */
  hasDelayData: boolean;
  officeName: string;
  rows: AssessmentRow[];
};

export const componentLabel: Record<AssessmentComponentKey, string> = {
  onTime: '按时报送',
  completion: '牵头任务完成',
  returns: '退回',
  overdue: '逾期未完成',
  approvedDelays: '经批准延期',
  unapprovedDelays: '未经批准逾期',
};

export const ruleLabel: Record<keyof AssessmentRules, string> = {
  onTimeWeight: '按时报送(满分)',
  completionWeight: '牵头任务完成(满分)',
  returnPenalty: '每次退回扣分',
  overduePenalty: '每项逾期未完成扣分',
  approvedDelayPenalty: '每项经批准延期扣分',
  unapprovedDelayPenalty: '每项未经批准逾期加扣',
};
