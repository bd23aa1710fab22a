// Plan import (#3): what the importer reads beyond migration 1's columns, and the import history a
// plan update needs. Deadlines keep their text (deadline_text) plus a parsed date (deadline_date,
// from m001) or a recurrence; plans remember the document they came from; each import or update is
// recorded locally with its diff summary.
export const m010PlanImport = `
ALTER TABLE tasks ADD COLUMN deadline_recurrence TEXT;
ALTER TABLE tasks ADD COLUMN is_ongoing INTEGER NOT NULL DEFAULT 0 CHECK (is_ongoing IN (0, 1));
ALTER TABLE tasks ADD COLUMN source_line INTEGER;

ALTER TABLE plans ADD COLUMN issued_on TEXT;
ALTER TABLE plans ADD COLUMN source_format TEXT NOT NULL DEFAULT '';
ALTER TABLE plans ADD COLUMN outline_json TEXT NOT NULL DEFAULT '[]';

ALTER TABLE indicators ADD COLUMN achieved_text TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN table_title TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN source_line INTEGER;

ALTER TABLE department_aliases ADD COLUMN created_at TEXT NOT NULL DEFAULT '';

-- Every import and plan update on this PC, newest last: which file, which plan version, what changed.
CREATE TABLE plan_imports (
  id            TEXT PRIMARY KEY,
  plan_id       TEXT NOT NULL REFERENCES plans(id),
  plan_version  INTEGER NOT NULL,
  mode          TEXT NOT NULL CHECK (mode IN ('created', 'updated')),
  source_name   TEXT NOT NULL,
  source_sha256 TEXT NOT NULL,
  source_format TEXT NOT NULL,
  imported_at   TEXT NOT NULL,
  summary_json  TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX plan_imports_by_plan ON plan_imports(plan_id, plan_version);
CREATE INDEX plan_imports_by_sha ON plan_imports(source_sha256);
`;
