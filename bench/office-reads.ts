// The office's everyday reads (issue 18), each timed alternately with a floor doing the same job on the
// same data: opening the database (floor: a bare better-sqlite3 open plus one query), the daily backup on
// its worker (floor: copying the file), the dashboard's figures (the summary and chase builds in the
// backend, reports.dashboard; floor: one plain SQL query returning the period's rows with their text), and the
// Excel export (floor: ExcelJS writing the same rows without styles).
import { copyFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { createBackend, type Backend } from '../db/backend.js';
import { checkIntegrityInBackground, runMaintenance } from '../db/maintenance.js';
import { buildChaseList } from '../db/reports/chase.js';
import { buildSummary } from '../db/reports/summary.js';
import { benchClock, call } from './build.js';
import { median } from './stats.js';

export type OfficeReadFigures = {
  openMs: number;
  openFloorMs: number;
  checkMs: number;
  backupMs: number;
  backupFloorMs: number;
  summaryMs: number;
  chaseMs: number;
  dashboardMs: number;
  sqlFloorMs: number;
  xlsxMs: number;
  xlsxFloorMs: number;
  fileMb: number;
  tasks: number;
  planId: string;
};

// What the figures need for a period, by one plain query: every leaf task's units with this period's
// report and its text. No lights, no history, no review: the least any implementation must read.
export const FLOOR_SQL = `
  SELECT t.id, t.code, t.title, t.content, t.section, t.deadline_date, a.department_id, a.role, d.name, d.contact,
    r.status, r.percent, r.progress, r.problems, r.next_steps, r.submitted_at, r.row_version
  FROM tasks t
  JOIN assignments a ON a.task_id = t.id AND a.deleted = 0
  JOIN departments d ON d.id = a.department_id
  LEFT JOIN reports r ON r.task_id = a.task_id AND r.department_id = a.department_id AND r.period_id = @period AND r.deleted = 0
  WHERE t.plan_id = @plan AND t.deleted = 0
  ORDER BY t.seq, a.position`;

const timed = async (run: () => unknown): Promise<number> => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

/** Runs a and b alternately `rounds` times and returns their medians (the machine is shared). */
export const alternate = async (rounds: number, a: () => unknown, b: () => unknown): Promise<[number, number]> => {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    ta.push(await timed(a));
    tb.push(await timed(b));
  }
  return [median(ta), median(tb)];
};

export const openDeferred = (dbPath: string): Backend => createBackend({ dbPath, clock: benchClock, maintenance: 'deferred' });

const bareXlsx = async (rows: unknown[][]): Promise<Buffer> => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('任务进展');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
};

export const measureOfficeReads = async (dbPath: string, periodId: string, rounds = 5): Promise<OfficeReadFigures> => {
  // A clean close first, so the open measured is the everyday one (not the full check after a crash).
  openDeferred(dbPath).close();
  const [openMs, openFloorMs] = await alternate(
    rounds,
    () => openDeferred(dbPath).close(),
    () => {
      const raw = new Database(dbPath);
      raw.prepare('SELECT COUNT(*) FROM plans').get();
      raw.close();
    },
  );

  const backend = openDeferred(dbPath);
  try {
    const planId = (backend.db.prepare('SELECT id FROM plans WHERE deleted = 0 ORDER BY imported_at LIMIT 1').get() as { id: string }).id;
    const scope = { planId, periodId };
    const floor = (): unknown[] => backend.db.prepare(FLOOR_SQL).all({ plan: planId, period: periodId });
    await call(backend, 'reports.dashboard', scope); // statements prepared, as in a running app
    floor();
    // The whole summary (every task with its texts) and the chase list, as the export and the roll-ups build
    // them in the backend (reports.summary and reports.chase left the contract: the CLI reads the dashboard).
    const [summaryMs, sqlFloorMs] = await alternate(rounds, () => buildSummary(backend.context, scope), floor);
    const [chaseMs] = await alternate(rounds, () => buildChaseList(backend.context, scope), floor);
    const [dashboardMs] = await alternate(rounds, () => call(backend, 'reports.dashboard', scope), floor);

    const summary = buildSummary(backend.context, scope);
    const rows = summary.tasks.map((t) => [t.code, t.title, t.content, t.leads.map((d) => d.name).join('、'), t.participants.map((d) => d.name).join('、'), t.deadlineText, t.status, t.percent, t.progress, t.problems, t.nextSteps, t.light]);
    const [xlsxMs, xlsxFloorMs] = await alternate(Math.max(3, rounds - 2), () => call(backend, 'reports.exportXlsx', scope), () => bareXlsx(rows));

    // The weekly full check on its worker (once; not on the start-up path), then the daily backup as the
    // hosts make it (a worker's VACUUM INTO) against copying the file.
    const checkMs = await timed(() => checkIntegrityInBackground(backend.context));
    const backupDir = join(backend.context.filesDir, 'backups');
    const copyTarget = `${dbPath}.bench-copy`;
    const [backupMs, backupFloorMs] = await alternate(
      3,
      async () => {
        rmSync(backupDir, { recursive: true, force: true });
        const report = await runMaintenance(backend.context);
        if (!report.backup) throw new Error(`daily backup not made: ${report.problem ?? ''}`);
      },
      () => copyFileSync(dbPath, copyTarget),
    );
    rmSync(copyTarget, { force: true });
    return {
      openMs,
      openFloorMs,
      checkMs,
      backupMs,
      backupFloorMs,
      summaryMs,
      chaseMs,
      dashboardMs,
      sqlFloorMs,
      xlsxMs,
      xlsxFloorMs,
      fileMb: statSync(dbPath).size / 1048576,
      tasks: summary.taskCount,
      planId,
    };
  } finally {
    backend.close();
  }
};
