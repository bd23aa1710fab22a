// The office's own columns of a plan's decomposition table (责任领导, 责任人, 备注, a revised 完成时限 …):
// a synced, office-written table (shared/sync/tables.ts), so the columns travel to every department in
// the plan-update package and show there read-only. `choices` holds a choice list's words, one a line.
export const m074PlanColumns = `
CREATE TABLE plan_columns (
  id          TEXT PRIMARY KEY,
  plan_id     TEXT NOT NULL REFERENCES plans(id),
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('text', 'date', 'choice', 'person')),
  choices     TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL,
  is_hidden   INTEGER NOT NULL DEFAULT 0 CHECK (is_hidden IN (0, 1)),
  in_bulletin INTEGER NOT NULL DEFAULT 0 CHECK (in_bulletin IN (0, 1)),
  row_version INTEGER NOT NULL DEFAULT 1,
  origin_id   TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX plan_columns_by_plan ON plan_columns(plan_id, position);
`;
