// The upper office's list of verified roll-ups and the read-only database behind each one. A view is
// opened read-only for each call (SQLite refuses any write to it), so nothing a person does while looking
// at a city's plan can change it, and the upper office's own tables are never touched.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.js';
import type { RollupViewSummary } from '../../shared/sync/rollup.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { storedPackagePath } from '../sync/files.js';
import { openPackage } from '../sync/package-zip.js';
import { buildRollupView, isViewCurrent, rollupViewPath, type RollupViewFacts } from './view-build.js';

type ViewRow = {
  package_id: string;
  sender_name: string;
  sender_fingerprint: string;
  period_id: string;
  period_label: string;
  plan_title: string;
  task_count: number;
  report_count: number;
  inner_count: number;
  created_at: string;
  imported_at: string;
};

/** Inside the import's transaction: the roll-up joins the list once its view file is in place. */
export const recordRollupView = (db: Db, facts: RollupViewFacts, importedAt: string): void => {
  prepared(
    db,
    `INSERT OR REPLACE INTO rollup_views (package_id, sender_origin_id, sender_name, sender_fingerprint, period_id, period_label, plan_title,
       task_count, report_count, inner_count, sender_seq, created_at, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    facts.id,
    facts.senderOriginId,
    facts.senderName,
    facts.senderFingerprint,
    facts.info?.periodId ?? '',
    facts.info?.periodLabel ?? '',
    facts.info?.planTitle ?? '',
    facts.taskCount,
    facts.reportCount,
    facts.innerCount,
    facts.senderSeq,
    facts.createdAt,
    importedAt,
  );
};

export const hasRollups = (db: Db): boolean => db.prepare('SELECT 1 FROM rollup_views LIMIT 1').get() !== undefined;

/** By sender, then newest period first; within a period the lower office's later roll-up (higher sequence) first. */
export const listRollupViews = (db: Db): RollupViewSummary[] =>
  (
    prepared(db, 'SELECT * FROM rollup_views ORDER BY sender_name, period_id DESC, sender_seq DESC, package_id').all() as ViewRow[]
  ).map((r) => ({
    id: r.package_id,
    senderName: r.sender_name,
    senderFingerprint: r.sender_fingerprint,
    periodId: r.period_id,
    periodLabel: r.period_label,
    planTitle: r.plan_title,
    taskCount: r.task_count,
    reportCount: r.report_count,
    innerCount: r.inner_count,
    createdAt: r.created_at,
    importedAt: r.imported_at,
  }));

/** The view file when it is whole and of this version; anything else is a stale cache, removed to be rebuilt. */
const openReadOnly = (path: string): Db | null => {
  if (!existsSync(path)) return null;
  let db: Db | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (isViewCurrent(db) && (db.pragma('quick_check', { simple: true }) as string) === 'ok') return db;
  } catch {
    // Not a database any more (damaged on disk): rebuilt below from the verified roll-up.
  }
  db?.close();
  rmSync(path, { force: true });
  return null;
};

/** Runs `read` over the view's own database; a view file lost or from an older version is rebuilt from the stored roll-up. */
export const withRollupView = <T>(ctx: BackendContext, id: string, read: (view: BackendContext) => T): T => {
  if (!prepared(ctx.db, 'SELECT 1 FROM rollup_views WHERE package_id = ?').get(id)) throw new ApiError('not_found', '找不到该下级汇总,请先导入汇总上报包');
  const path = rollupViewPath(ctx.filesDir, id);
  let db = openReadOnly(path);
  if (!db) {
    const stored = storedPackagePath(ctx.filesDir, id);
    if (!existsSync(stored)) throw new ApiError('not_found', '该下级汇总的原始文件不在数据文件夹中,请重新导入汇总上报包');
    // Checked again (signature, every hash) before it is trusted a second time.
    buildRollupView(ctx.filesDir, openPackage(new Uint8Array(readFileSync(stored))));
    db = openReadOnly(path);
    if (!db) throw new ApiError('internal', '无法打开下级汇总');
  }
  try {
    return read({ ...ctx, db, dbPath: path, seedsDir: undefined });
  } finally {
    db.close();
  }
};
