// Core tables: identity, the department directory, plans, the task tree, assignments, and the
// change log that every synced write appends to (see ../shared/docs/sync.md).
// Every synced row carries row_version (bumped on each write), origin_id (its one writer)
// and deleted (a tombstone: nothing is hard-deleted).
export const m001Core = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE departments (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL DEFAULT 'unit' CHECK (kind IN ('unit', 'group')),
  initials    TEXT NOT NULL DEFAULT '',
  contact     TEXT NOT NULL DEFAULT '',
  row_version INTEGER NOT NULL DEFAULT 1,
  origin_id   TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

CREATE TABLE department_aliases (
  alias         TEXT PRIMARY KEY,
  department_id TEXT NOT NULL REFERENCES departments(id),
  note          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX department_aliases_by_department ON department_aliases(department_id);

CREATE TABLE group_members (
  group_id  TEXT NOT NULL REFERENCES departments(id),
  member_id TEXT NOT NULL REFERENCES departments(id),
  PRIMARY KEY (group_id, member_id)
) STRICT;

CREATE TABLE plans (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  issuer        TEXT NOT NULL DEFAULT '',
  doc_number    TEXT NOT NULL DEFAULT '',
  source_name   TEXT NOT NULL DEFAULT '',
  source_sha256 TEXT NOT NULL DEFAULT '',
  imported_at   TEXT NOT NULL,
  row_version   INTEGER NOT NULL DEFAULT 1,
  origin_id     TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

CREATE TABLE tasks (
  id            TEXT PRIMARY KEY,
  plan_id       TEXT NOT NULL REFERENCES plans(id),
  parent_id     TEXT REFERENCES tasks(id),
  path          TEXT NOT NULL,
  code          TEXT NOT NULL,
  seq           INTEGER NOT NULL,
  level         INTEGER NOT NULL,
  section       TEXT NOT NULL DEFAULT '',
  title         TEXT NOT NULL,
  content       TEXT NOT NULL DEFAULT '',
  deadline_text TEXT NOT NULL DEFAULT '',
  deadline_date TEXT,
  row_version   INTEGER NOT NULL DEFAULT 1,
  origin_id     TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  UNIQUE (plan_id, path)
) STRICT;
CREATE INDEX tasks_by_plan_seq ON tasks(plan_id, seq);

CREATE TABLE assignments (
  task_id       TEXT NOT NULL REFERENCES tasks(id),
  department_id TEXT NOT NULL REFERENCES departments(id),
  role          TEXT NOT NULL CHECK (role IN ('lead', 'participant')),
  position      INTEGER NOT NULL,
  is_inferred   INTEGER NOT NULL DEFAULT 0 CHECK (is_inferred IN (0, 1)),
  raw_name      TEXT NOT NULL DEFAULT '',
  row_version   INTEGER NOT NULL DEFAULT 1,
  origin_id     TEXT NOT NULL,
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  PRIMARY KEY (task_id, department_id)
) STRICT;
CREATE INDEX assignments_by_department ON assignments(department_id, role);

CREATE TABLE change_log (
  origin_id    TEXT NOT NULL,
  seq          INTEGER NOT NULL,
  table_name   TEXT NOT NULL,
  pk           TEXT NOT NULL,
  row_version  INTEGER NOT NULL,
  base_version INTEGER NOT NULL,
  op           TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
  row_json     TEXT NOT NULL,
  PRIMARY KEY (origin_id, seq)
) STRICT;
CREATE INDEX change_log_by_row ON change_log(table_name, pk);
`;
