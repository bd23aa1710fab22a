// Rebuilding the indicators table to widen its 属性 CHECK (migrations 79 and 82). SQLite cannot change
// a CHECK in place, so the table is rebuilt with the same columns in the same order. Migrations run in a
// transaction with foreign keys on: dropping the old table orphans every indicator_values row for a
// moment, so the check is deferred to commit, and reinserting the same ids satisfies it again before then
// (a row that still had no parent would fail the commit and change nothing).
const COLUMNS =
  'id, plan_id, task_id, seq, category, name, unit, baseline_text, target_text, comparator, bound_low, bound_high, attribute, owner_department_id, row_version, origin_id, deleted, achieved_text, table_title, source_line';

export const rebuildIndicators = (scratch: string, attributes: string[]): string => `
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE ${scratch} AS SELECT ${COLUMNS} FROM indicators;
DROP TABLE indicators;
CREATE TABLE indicators (
  id                  TEXT PRIMARY KEY,
  plan_id             TEXT NOT NULL REFERENCES plans(id),
  task_id             TEXT REFERENCES tasks(id),
  seq                 INTEGER NOT NULL,
  category            TEXT NOT NULL DEFAULT '',
  name                TEXT NOT NULL,
  unit                TEXT NOT NULL DEFAULT '',
  baseline_text       TEXT NOT NULL DEFAULT '',
  target_text         TEXT NOT NULL DEFAULT '',
  comparator          TEXT CHECK (comparator IN ('>=', '>', '<=', '<', '=', 'range')),
  bound_low           REAL,
  bound_high          REAL,
  attribute           TEXT CHECK (attribute IN (${attributes.map((a) => `'${a}'`).join(', ')})),
  owner_department_id TEXT REFERENCES departments(id),
  row_version         INTEGER NOT NULL DEFAULT 1,
  origin_id           TEXT NOT NULL,
  deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  achieved_text       TEXT NOT NULL DEFAULT '',
  table_title         TEXT NOT NULL DEFAULT '',
  source_line         INTEGER
) STRICT;
INSERT INTO indicators (${COLUMNS}) SELECT ${COLUMNS} FROM ${scratch};
DROP TABLE ${scratch};
CREATE INDEX indicators_by_plan ON indicators(plan_id, seq);
`;
