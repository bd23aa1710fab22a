// What the office typed into its own columns, one row per task and column, so filling one cell is one
// small synced change (not a rewrite of the task) and two columns never conflict with each other.
export const m075TaskValues = `
CREATE TABLE task_values (
  task_id     TEXT NOT NULL REFERENCES tasks(id),
  column_id   TEXT NOT NULL REFERENCES plan_columns(id),
  value       TEXT NOT NULL DEFAULT '',
  row_version INTEGER NOT NULL DEFAULT 1,
  origin_id   TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  PRIMARY KEY (task_id, column_id)
) STRICT;
CREATE INDEX task_values_by_column ON task_values(column_id);
`;
