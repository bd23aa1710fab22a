// 催办通知单 (issue 21): every notice the office issued, as it went out. Written by the office only and
// sent to the unit it is addressed to in the office's package (like reviews), so the unit sees that it
// was chased. The tasks are copied at issue time (tasks_json), so a later change to the plan does not
// rewrite a notice already sent. seq is the issue order on the office's PC: a task's timeline places
// notices by it, never by issued_at (the PC's clock, for display only).
export const m072Notices = `
CREATE TABLE notices (
  id            TEXT PRIMARY KEY,
  seq           INTEGER NOT NULL UNIQUE,
  plan_id       TEXT NOT NULL REFERENCES plans(id),
  period_id     TEXT NOT NULL,
  department_id TEXT NOT NULL REFERENCES departments(id),
  doc_number    TEXT NOT NULL,
  reply_by      TEXT NOT NULL,
  office_name   TEXT NOT NULL,
  issued_on     TEXT NOT NULL,
  issued_at     TEXT NOT NULL,
  batch_id      TEXT,
  tasks_json    TEXT NOT NULL,
  row_version   INTEGER NOT NULL DEFAULT 1,
  origin_id     TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX notices_doc_number ON notices(plan_id, doc_number);
CREATE INDEX notices_by_department ON notices(department_id, seq);
`;
