// The office's 考核 rules per plan and year (assessment_rules). Local to the office: never synced.
import { DEFAULT_ASSESSMENT_RULES, type AssessmentRules } from '../../shared/assessment/types.js';
import type { AssessmentRulesResult } from '../../shared/api/methods/assessment.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

export const readRules = (db: Db, planId: string, year: number): AssessmentRulesResult => {
  const row = prepared(db, 'SELECT rules_json FROM assessment_rules WHERE plan_id = ? AND year = ?').get(planId, year) as { rules_json: string } | undefined;
  if (!row) return { year, rules: { ...DEFAULT_ASSESSMENT_RULES }, isDefault: true };
  // A rule added after these were saved takes its default.
  return { year, rules: { ...DEFAULT_ASSESSMENT_RULES, ...(JSON.parse(row.rules_json) as Partial<AssessmentRules>) }, isDefault: false };
};

export const saveRules = (db: Db, planId: string, year: number, rules: AssessmentRules, at: string): AssessmentRulesResult => {
  prepared(
    db,
    `INSERT INTO assessment_rules (plan_id, year, rules_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (plan_id, year) DO UPDATE SET rules_json = excluded.rules_json, updated_at = excluded.updated_at`,
  ).run(planId, year, JSON.stringify(rules), at);
  return readRules(db, planId, year);
};

export const resetRules = (db: Db, planId: string, year: number): AssessmentRulesResult => {
  prepared(db, 'DELETE FROM assessment_rules WHERE plan_id = ? AND year = ?').run(planId, year);
  return readRules(db, planId, year);
};
