// The arithmetic of a 考核 score, pure so the hand-computed fixture can check it line by line:
// 按时报送 weight × on-time share + 完成 weight × completed share − deductions, never below zero, to
// one decimal. A unit with nothing due on a component gets its full weight (nothing was missed).
import type { AssessmentRules } from './types.js';

export type AssessmentCounts = {
  expectedReports: number;
  onTimeReports: number;
  leadTasksDue: number;
  leadTasksDone: number;
  returns: number;
  overdue: number;
  approvedDelays: number;
  unapprovedDelays: number;
};

export const roundPoints = (x: number): number => Math.round((x + Number.EPSILON) * 10) / 10;

export type ScoreParts = {
  onTime: number;
  completion: number;
  returns: number;
  overdue: number;
  approvedDelays: number;
  unapprovedDelays: number;
  total: number;
};

export const scoreOf = (rules: AssessmentRules, c: AssessmentCounts): ScoreParts => {
  const onTime = c.expectedReports === 0 ? rules.onTimeWeight : (rules.onTimeWeight * c.onTimeReports) / c.expectedReports;
  const completion = c.leadTasksDue === 0 ? rules.completionWeight : (rules.completionWeight * c.leadTasksDone) / c.leadTasksDue;
  const returns = -rules.returnPenalty * c.returns;
  const overdue = -rules.overduePenalty * c.overdue;
  const approvedDelays = -rules.approvedDelayPenalty * c.approvedDelays;
  const unapprovedDelays = -rules.unapprovedDelayPenalty * c.unapprovedDelays;
  const total = Math.max(0, onTime + completion + returns + overdue + approvedDelays + unapprovedDelays);
  return {
    onTime: roundPoints(onTime),
    completion: roundPoints(completion),
    returns: roundPoints(returns),
    overdue: roundPoints(overdue),
    approvedDelays: roundPoints(approvedDelays),
    unapprovedDelays: roundPoints(unapprovedDelays),
    total: roundPoints(total),
  };
};

/** Competition ranking: equal scores share a rank, the next rank skips (1, 1, 3). */
export const rankScores = <T extends { score: number; name: string }>(rows: T[]): (T & { rank: number })[] => {
  const sorted = [...rows].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh-CN'));
  return sorted.map((r) => ({ ...r, rank: sorted.findIndex((s) => s.score === r.score) + 1 }));
};
