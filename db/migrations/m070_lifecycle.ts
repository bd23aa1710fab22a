// Issue 21, part 1: a task's lifecycle after it is issued — 延期申请 and 办结申请 from the unit that leads
// it, and the office's decisions on them (批准/不予批准, 同意销号/不予销号) and its reopening of a closed task.
// Requests are rows the department writes; decisions are rows the office writes; both travel in packages
// like reports and reviews. A decision names the request it answers by id and version, never by time, and
// the office numbers its decisions on one task (ordinal) so "which came last" is data, not a PC's clock.
export const m070Lifecycle = `
CREATE TABLE lifecycle_requests (
  id                 TEXT PRIMARY KEY,
  task_id            TEXT NOT NULL REFERENCES tasks(id),
  department_id      TEXT NOT NULL REFERENCES departments(id),
  kind               TEXT NOT NULL CHECK (kind IN ('extension', 'closure')),
  -- The deadline the unit saw when it asked (display; the office judges against its own).
  current_deadline   TEXT,
  requested_deadline TEXT,
  reason             TEXT NOT NULL DEFAULT '',
  final_report       TEXT NOT NULL DEFAULT '',
  requested_by       TEXT NOT NULL DEFAULT '',
  created_at         TEXT NOT NULL,
  row_version        INTEGER NOT NULL DEFAULT 1,
  origin_id          TEXT NOT NULL,
  deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX lifecycle_requests_by_task ON lifecycle_requests(task_id, department_id);

-- Evidence of a request (content-addressed files, as a report's 佐证材料); the unit's rows.
CREATE TABLE lifecycle_attachments (
  request_id    TEXT NOT NULL,
  task_id       TEXT NOT NULL REFERENCES tasks(id),
  department_id TEXT NOT NULL REFERENCES departments(id),
  -- No reference to attachments: a re-issued setup package carries these rows before their files.
  sha256        TEXT NOT NULL,
  file_name     TEXT NOT NULL,
  row_version   INTEGER NOT NULL DEFAULT 1,
  origin_id     TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  PRIMARY KEY (request_id, sha256)
) STRICT;

-- The office's decisions, append-only. request_id/request_version name what was decided (null for a
-- reopening, which answers no request); new_deadline repeats the approved date so the decision alone says
-- what it granted. ordinal orders the office's decisions on one task (1, 2, 3 …), assigned by the office.
CREATE TABLE lifecycle_decisions (
  id              TEXT PRIMARY KEY,
  task_id         TEXT NOT NULL REFERENCES tasks(id),
  department_id   TEXT NOT NULL REFERENCES departments(id),
  action          TEXT NOT NULL CHECK (action IN ('approve', 'refuse', 'reopen')),
  request_id      TEXT,
  request_version INTEGER,
  request_kind    TEXT CHECK (request_kind IN ('extension', 'closure')),
  new_deadline    TEXT,
  reason          TEXT NOT NULL DEFAULT '',
  ordinal         INTEGER NOT NULL,
  decided_by      TEXT NOT NULL DEFAULT '',
  decided_at      TEXT NOT NULL,
  row_version     INTEGER NOT NULL DEFAULT 1,
  origin_id       TEXT NOT NULL,
  deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX lifecycle_decisions_by_task ON lifecycle_decisions(task_id, ordinal);
CREATE INDEX lifecycle_decisions_by_request ON lifecycle_decisions(request_id);
`;
