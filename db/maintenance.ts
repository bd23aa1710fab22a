// Work that must not hold up the first screen (issue 18): the daily backup and the scheduled full
// integrity check. Both read the whole file (0.5–1.6 s at province scale), so they run on a worker thread
// with its own read-only connection while the app answers the person; WAL lets that connection read a
// consistent snapshot while the main one writes. The hosts call runMaintenance once they are up (the
// window or the local host is serving, or the CLI has printed its answer); tests and tools that open a
// backend without it keep the daily backup inline on open (BackendOptions.maintenance).
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { format } from 'date-fns/format';
import type { BackupRow } from '../shared/sync/types.js';
import type { BackendContext } from './context.js';
import { readMeta, writeMeta } from './meta.js';
import { isCorruptError, suspectNoteOf } from './open.js';
import { isDailyBackupDue, makeBackupWith } from './sync/backups.js';

/** Days between full integrity checks of a file that always closed cleanly (docs/hardening.md). */
export const CHECK_EVERY_DAYS = 7;
const CHECKED_ON_KEY = 'integrity.checked_on';

// Plain CommonJS run by the worker (eval), so it needs no bundled file of its own beside each host's bundle.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  if (workerData.job === 'check') parentPort.postMessage({ rows: db.pragma('quick_check').map((r) => r.quick_check) });
  else {
    db.prepare('VACUUM INTO ?').run(workerData.target);
    parentPort.postMessage({ rows: [] });
  }
} catch (error) {
  parentPort.postMessage({ error: { message: String(error && error.message), code: error && error.code } });
} finally {
  if (db) db.close();
}`;

type WorkerJob = { job: 'check' } | { job: 'copy'; target: string };
type WorkerAnswer = { rows?: string[]; error?: { message: string; code?: string } };

const sqliteModule = (): string => createRequire(import.meta.url).resolve('better-sqlite3');

const runWorker = (dbPath: string, job: WorkerJob): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { ...job, path: dbPath, module: sqliteModule() } });
    let answer: WorkerAnswer | null = null;
    worker.once('message', (message: WorkerAnswer) => {
      answer = message;
    });
    worker.once('error', reject);
    worker.once('exit', () => {
      if (answer?.rows) resolve(answer.rows);
      else reject(Object.assign(new Error(answer?.error?.message ?? '后台任务意外结束'), { code: answer?.error?.code }));
    });
  });

export type MaintenanceReport = {
  /** ok / damaged: the full check ran; null: not due. */
  integrity: 'ok' | 'damaged' | null;
  backup: BackupRow | null;
  /** What the host should tell the person, in Chinese; null when all went well. */
  problem: string | null;
};

const today = (ctx: BackendContext): string => format(ctx.clock(), 'yyyy-MM-dd');

export const isIntegrityCheckDue = (ctx: BackendContext): boolean => {
  const last = readMeta(ctx.db, CHECKED_ON_KEY);
  if (!last) return true;
  const days = (Date.parse(`${today(ctx)}T00:00:00Z`) - Date.parse(`${last}T00:00:00Z`)) / 86_400_000;
  return !(days >= 0 && days < CHECK_EVERY_DAYS);
};

/** The scheduled full check on a worker; a damaged file leaves a note so the next open checks in full and offers recovery. */
export const checkIntegrityInBackground = async (ctx: BackendContext): Promise<'ok' | 'damaged'> => {
  let rows: string[];
  try {
    rows = await runWorker(ctx.dbPath, { job: 'check' });
  } catch (error) {
    // quick_check itself stops on some damage (a page that is not a page) instead of listing it.
    if (!isCorruptError(error)) throw error;
    rows = [error instanceof Error ? error.message : String(error)];
  }
  if (rows.length === 1 && rows[0] === 'ok') {
    writeMeta(ctx.db, CHECKED_ON_KEY, today(ctx));
    return 'ok';
  }
  // Beside the file, never inside it: a damaged database is not written to.
  writeFileSync(suspectNoteOf(ctx.dbPath), `${ctx.clock().toISOString()}\n${rows.slice(0, 3).join('\n')}\n`);
  return 'damaged';
};

export const runMaintenance = async (ctx: BackendContext, options: { isDailyBackup?: boolean } = {}): Promise<MaintenanceReport> => {
  const report: MaintenanceReport = { integrity: null, backup: null, problem: null };
  if (ctx.dbPath === ':memory:') return report;
  try {
    if (isIntegrityCheckDue(ctx)) report.integrity = await checkIntegrityInBackground(ctx);
  } catch (error) {
    report.problem = `无法完成数据库完整性检查:${error instanceof Error ? error.message : String(error)}`;
  }
  if (report.integrity === 'damaged') {
    report.problem = '数据库完整性检查发现文件已损坏。请关闭督办后重新打开,按提示从备份恢复;损坏的文件不会被改动。';
    return report; // no backup of a damaged file
  }
  if (options.isDailyBackup !== false && isDailyBackupDue(ctx)) {
    try {
      report.backup = await makeBackupWith(ctx, '每日自动备份', 'daily', async (target) => {
        rmSync(target, { force: true });
        await runWorker(ctx.dbPath, { job: 'copy', target });
      });
    } catch (error) {
      report.problem = error instanceof Error ? error.message : String(error);
    }
  }
  return report;
};
