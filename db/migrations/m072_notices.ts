// 催办通知单 (issue 21): every notice the office issued, as it went out. The office's own record (like
// the office name in meta, it never travels): the tasks are copied at issue time, so a later change to
// the plan does not rewrite a notice already sent. seq is the issue order on this PC; a task's timeline
// places notices by it, never by issued_at (the PC's clock, for display only).
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
  tasks_json    TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX notices_doc_number ON notices(plan_id, doc_number);
CREATE INDEX notices_by_department ON notices(department_id, seq);

-- Which tasks each notice named: a task's timeline finds its notices through this.
CREATE TABLE notice_tasks (
  notice_id TEXT NOT NULL REFERENCES notices(id),
  task_id   TEXT NOT NULL REFERENCES tasks(id),
  PRIMARY KEY (notice_id, task_id)
) STRICT;
CREATE INDEX notice_tasks_by_task ON notice_tasks(task_id);
`;
