// The dashboard reads a period's reports for their short fields only (status, percent, when sent,
// version, origin): no text (issue 18). In the table those columns sit after the three texts, so each
// report's row was read whole, and a period's reports lie scattered among every other period's rows:
// at province scale one page read per report, most of the dashboard's time. This index holds exactly
// those fields in period order, so the read (and the channel count beside it) never touches the table.
// Queries must say `deleted = 0` for SQLite to use it.
export const m078ReportsPeriodFigures = `
CREATE INDEX reports_period_figures ON reports(period_id, task_id, department_id, status, percent, submitted_at, row_version, origin_id)
  WHERE deleted = 0;
`;
