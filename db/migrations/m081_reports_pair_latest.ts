// The dashboard's lead history (db/reports/lead-history.ts) looks up, for every lead unit of every task, its
// latest report up to the period: its period, status and percent (issue 18). The primary key finds the
// row's place, but `deleted`, status and percent sit in the table row, so each lookup read one scattered
// page of the report table (its texts make a row large): ~2,000 page reads per dashboard at province scale.
// This index holds the few short fields of each unit's reports in (task, unit, period) order, so the
// lookup and the fields it returns come from the index alone. Queries must say `deleted = 0` to use it.
export const m081ReportsPairLatest = `
CREATE INDEX reports_pair_latest ON reports(task_id, department_id, period_id, status, percent)
  WHERE deleted = 0;
`;
