// The office's figures need, per task and lead unit, the first 已完成 report and whether a 已完成
// report was accepted (办结销号): both only among reports with status done. This partial index holds just
// those rows, so the figures read a handful of entries per task instead of its whole report history
// (the figures then stay flat as the years of quarters pile up; issue 18). Queries must say
// `status = 'done' AND deleted = 0` literally for SQLite to use it.
export const m064ReportsDone = `
CREATE INDEX reports_done_by_task ON reports(task_id, department_id, period_id) WHERE status = 'done' AND deleted = 0;
`;
