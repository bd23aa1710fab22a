// The 10-year dataset (32×): the province office database with five earlier years of quarters added,
// so the same plan has 40 periods and twice the reports. The earlier years are the later ones shifted
// back five years (same rows, same text, reviews too), inserted by SQL: the search index triggers keep
// the file the shape a real one would have. What must stay flat is the cost of one period's figures.
import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3';

export const addEarlierYears = (fromDbPath: string, toDbPath: string, years = 5): number => {
  copyFileSync(fromDbPath, toDbPath);
  const db = new Database(toDbPath);
  try {
    db.pragma('journal_mode = WAL');
    const shiftPeriod = `(CAST(substr(period_id, 1, 4) AS INTEGER) - ${years}) || substr(period_id, 5)`;
    const shiftTime = (column: string): string => `(CAST(substr(${column}, 1, 4) AS INTEGER) - ${years}) || substr(${column}, 5)`;
    db.transaction(() => {
      db.exec(`INSERT INTO reports (task_id, department_id, period_id, status, percent, progress, problems, next_steps, submitted_at, row_version, origin_id, deleted)
        SELECT task_id, department_id, ${shiftPeriod}, status, percent, progress, problems, next_steps, ${shiftTime('submitted_at')}, row_version, origin_id, deleted FROM reports`);
      db.exec(`INSERT INTO reviews (id, task_id, department_id, period_id, report_version, decision, reason, reviewer, created_at, row_version, origin_id, deleted)
        SELECT id || '-h', task_id, department_id, ${shiftPeriod}, report_version, decision, reason, reviewer, ${shiftTime('created_at')}, row_version, origin_id, deleted FROM reviews`);
    })();
    return (db.prepare('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n;
  } finally {
    db.close();
  }
};
