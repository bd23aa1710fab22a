// 年度考核 (issue 21): the scoring rules the office set for a plan and year. Office-owned and local: the
// table of scores is the office's judgement, not something a unit's PC needs.
export const m073AssessmentRules = `
CREATE TABLE assessment_rules (
  plan_id    TEXT NOT NULL REFERENCES plans(id),
  year       INTEGER NOT NULL,
  rules_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (plan_id, year)
) STRICT;
`;
