// 代录: a report version the office entered on behalf of a unit that has no Duban (from the unit's
// returned Excel sheet, its Word table, a published 进展通报, or typed in by hand). The report row itself
// stays in `reports` under the office's origin, so it is reviewed, counted and shown like any other; this
// table says which versions were entered by the office, from what file (kept as evidence, content-addressed
// in attachments) and which row of it. Kept per version, so when the unit later reports with its own
// Duban the earlier 代录 versions remain in its history. Local to the office: nothing here travels.
export const m067ProxyReports = `
CREATE TABLE proxy_reports (
  task_id        TEXT NOT NULL REFERENCES tasks(id),
  department_id  TEXT NOT NULL REFERENCES departments(id),
  period_id      TEXT NOT NULL,
  report_version INTEGER NOT NULL,
  source_kind    TEXT NOT NULL CHECK (source_kind IN ('sheet', 'word', 'bulletin', 'form')),
  file_name      TEXT NOT NULL DEFAULT '',
  file_sha256    TEXT,
  row_number     INTEGER,
  entered_by     TEXT NOT NULL,
  entered_at     TEXT NOT NULL,
  PRIMARY KEY (task_id, department_id, period_id, report_version)
) STRICT;
CREATE INDEX proxy_reports_by_period ON proxy_reports(period_id, department_id);
CREATE INDEX proxy_reports_by_file ON proxy_reports(file_sha256);

-- Reviews the office made of its own 代录 versions. Report versions are numbered per writer, so a unit's
-- own report may later carry the same number as a 代录 version: these reviews are never sent to the
-- unit, and are withdrawn when the unit's own report supersedes the 代录, so they never judge its report.
CREATE TABLE proxy_reviews (
  review_id TEXT PRIMARY KEY
) STRICT;
`;
