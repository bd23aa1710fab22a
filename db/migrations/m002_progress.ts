// Progress reporting, review and indicators: the tables the department workbench, the package sync
// and the office reports all share. Ownership (sync.md): reports, indicator values and report
// attachments are written by the department they belong to; indicators, periods' cadence and
// reviews by the coordinator. Drafts are local to one PC and never travel (report_drafts).
export const m002Progress = `
ALTER TABLE plans ADD COLUMN cadence TEXT NOT NULL DEFAULT 'quarter'
  CHECK (cadence IN ('month', 'quarter', 'half', 'year'));
ALTER TABLE plans ADD COLUMN plan_version INTEGER NOT NULL DEFAULT 1;

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
  attribute           TEXT CHECK (attribute IN ('expected', 'binding')),
  owner_department_id TEXT REFERENCES departments(id),
  row_version         INTEGER NOT NULL DEFAULT 1,
  origin_id           TEXT NOT NULL,
  deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX indicators_by_plan ON indicators(plan_id, seq);

-- One report per task x department x period: the natural key means two PCs cannot create duplicates.
-- period_id is a code: 2026-M03, 2026-Q4, 2026-H2, 2026-Y.
CREATE TABLE reports (
  task_id       TEXT NOT NULL REFERENCES tasks(id),
  department_id TEXT NOT NULL REFERENCES departments(id),
  period_id     TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('not_started', 'on_track', 'done', 'behind', 'ongoing')),
  percent       INTEGER CHECK (percent BETWEEN 0 AND 100),
  progress      TEXT NOT NULL DEFAULT '',
  problems      TEXT NOT NULL DEFAULT '',
  next_steps    TEXT NOT NULL DEFAULT '',
  submitted_at  TEXT NOT NULL,
  row_version   INTEGER NOT NULL DEFAULT 1,
  origin_id     TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  PRIMARY KEY (task_id, department_id, period_id)
) STRICT;
CREATE INDEX reports_by_period ON reports(period_id, department_id);

-- What the clerk is typing: saved on a timer and on blur, survives a crash, never synced.
CREATE TABLE report_drafts (
  task_id       TEXT NOT NULL REFERENCES tasks(id),
  department_id TEXT NOT NULL REFERENCES departments(id),
  period_id     TEXT NOT NULL,
  draft_json    TEXT NOT NULL,
  saved_at      TEXT NOT NULL,
  PRIMARY KEY (task_id, department_id, period_id)
) STRICT;

CREATE TABLE indicator_values (
  indicator_id  TEXT NOT NULL REFERENCES indicators(id),
  department_id TEXT NOT NULL REFERENCES departments(id),
  period_id     TEXT NOT NULL,
  value_text    TEXT NOT NULL,
  value_num     REAL,
  row_version   INTEGER NOT NULL DEFAULT 1,
  origin_id     TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  PRIMARY KEY (indicator_id, department_id, period_id)
) STRICT;

-- Evidence files live content-addressed beside the database (files/<sha256>); this records what is there.
CREATE TABLE attachments (
  sha256     TEXT PRIMARY KEY,
  size       INTEGER NOT NULL,
  mime       TEXT NOT NULL DEFAULT '',
  stored_at  TEXT NOT NULL
) STRICT;

CREATE TABLE report_attachments (
  task_id       TEXT NOT NULL REFERENCES tasks(id),
  department_id TEXT NOT NULL REFERENCES departments(id),
  period_id     TEXT NOT NULL,
  sha256        TEXT NOT NULL REFERENCES attachments(sha256),
  file_name     TEXT NOT NULL,
  row_version   INTEGER NOT NULL DEFAULT 1,
  origin_id     TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  PRIMARY KEY (task_id, department_id, period_id, sha256)
) STRICT;

-- The office's decisions, append-only. A review names the report version it judged, so whether a
-- report is 已退回 or 已通过 is read from versions, never from clocks: a resubmission (a newer
-- row_version) makes an older review no longer current.
CREATE TABLE reviews (
  id             TEXT PRIMARY KEY,
  task_id        TEXT NOT NULL REFERENCES tasks(id),
  department_id  TEXT NOT NULL REFERENCES departments(id),
  period_id      TEXT NOT NULL,
  report_version INTEGER NOT NULL,
  decision       TEXT NOT NULL CHECK (decision IN ('accept', 'return')),
  reason         TEXT NOT NULL DEFAULT '',
  reviewer       TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  row_version    INTEGER NOT NULL DEFAULT 1,
  origin_id      TEXT NOT NULL,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX reviews_by_report ON reviews(task_id, department_id, period_id, report_version);
`;
