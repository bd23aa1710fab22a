// The local backend: one object implementing every method of the shared contract over one SQLite file.
// Hosts (Electron IPC, local HTTP, CLI) validate arguments with the shared schemas and call it.
// Each domain contributes its handlers from db/<domain>/handlers.ts.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ApiHandlers } from '../shared/api/contract.js';
import { createAdoptionHandlers } from './adoption/handlers.js';
import { createAppHandlers } from './app/handlers.js';
import type { BackendContext, Clock } from './context.js';
import { createDepartmentsHandlers } from './departments/handlers.js';
import { translateFault } from './fs-errors.js';
import { ensureIdentity, type Identity } from './identity.js';
import { readMeta } from './meta.js';
import { createRecoveryHandlers } from './recovery/handlers.js';
import { runMaintenance, type MaintenanceReport } from './maintenance.js';
import { closeDatabase, damagedError, isCorruptError, openDatabase, type Db } from './open.js';
import { createPlansHandlers } from './plans/handlers.js';
import { createAttachmentsHandlers, createIndicatorsHandlers } from './progress/evidence-handlers.js';
import { createProgressHandlers } from './progress/handlers.js';
import { createWorkbenchHandlers } from './progress/workbench-handlers.js';
import { createReportsHandlers } from './reports/handlers.js';
import { createReviewHandlers } from './review/handlers.js';
import { createRollupsHandlers } from './rollups/handlers.js';
import { createSheetHandlers } from './progress/sheet-handlers.js';
import { hasAnyPlan, seedDemoPlan } from './seed/demo.js';
import { hasRollups } from './rollups/views.js';
import { isSetupPending, markSetupPending } from './setup/first-run.js';
import { createSetupHandlers } from './setup/handlers.js';
import { ensureDailyBackup } from './sync/backups.js';
import { createSyncHandlers } from './sync/handlers.js';
import { createTasksHandlers } from './tasks/handlers.js';
import { createNoticesHandlers } from './notices/handlers.js';
import { createAssessmentHandlers } from './assessment/handlers.js';
import { createLifecycleHandlers } from './lifecycle/handlers.js';
import { createColumnsHandlers } from './columns/handlers.js';

export type { Clock } from './context.js';

export type BackendOptions = {
  dbPath: string;
  /** Folder for attachments and backups; defaults to files/ beside the database. */
  filesDir?: string;
  /** Injected so tests are deterministic; the PC clock is for display only, never for merge decisions. */
  clock?: Clock;
  /** When set and the database holds no plan, the embedded demo plan is loaded from this folder. */
  seedsDir?: string;
  /**
   * The host shows the first-run wizard (desktop app, local host): a brand-new database waits for the
   * wizard's choice of office or department instead of loading the demo, which the wizard offers in one click.
   */
  isFirstRunWizard?: boolean;
  version?: string;
  /** The once-a-day backup (default on); off only where a test counts backups by hand. */
  isDailyBackup?: boolean;
  /**
   * 'deferred' (the hosts): nothing slow on open; the host calls runMaintenance() once its first screen
   * is up, which makes the daily backup and the scheduled integrity check on a worker (db/maintenance.ts).
   * 'inline' (default, for tests and tools): the daily backup is made during open, as before issue 18.
   */
  maintenance?: 'inline' | 'deferred';
  /** Files up to this size get a full check on every open (db/open.ts FULL_CHECK_BYTES); tests set 0 to act as a large file. */
  fullCheckBytes?: number;
};

export type Backend = ApiHandlers & {
  readonly db: Db;
  readonly identity: Identity;
  readonly context: BackendContext;
  /** The daily backup and the scheduled full integrity check, off the main thread (db/maintenance.ts). */
  runMaintenance(): Promise<MaintenanceReport>;
  close(): void;
};

/** Every handler's disk and SQLite failures reach the hosts as Chinese ApiErrors (db/fs-errors.ts). */
const guardFaults = (handlers: ApiHandlers): ApiHandlers => {
  const guarded: Record<string, (arg: never) => Promise<unknown>> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (arg: never) => Promise<unknown>][]) {
    guarded[method] = async (arg) => {
      try {
        return await handler(arg);
      } catch (error) {
        throw translateFault(error);
      }
    };
  }
  return guarded as ApiHandlers;
};

export const createBackend = (options: BackendOptions): Backend => {
  const clock = options.clock ?? (() => new Date());
  const isExisting = existsSync(options.dbPath);
  const db = openDatabase(options.dbPath, { fullCheckBytes: options.fullCheckBytes });
  let identity: Identity;
  try {
    const isBrandNew = readMeta(db, 'public_key') === undefined;
    identity = ensureIdentity(db);
    if (isBrandNew && options.isFirstRunWizard === true) markSetupPending(db);
    // A department gets its plan from the office's setup package, never from the demo; while the wizard is
    // pending nothing is loaded behind its back (the CLI opening the same file must not decide the role).
    // An upper office holding roll-ups from below reads their plans read-only; the demo would pose as its own.
    if (options.seedsDir && identity.role === 'office' && !isSetupPending(db) && !hasAnyPlan(db) && !hasRollups(db))
      seedDemoPlan(db, identity.originId, options.seedsDir, clock().toISOString());
  } catch (error) {
    closeDatabase(db);
    // Open reads only a few pages; one of them damaged is the same finding as a failed check.
    if (isCorruptError(error)) throw damagedError(error instanceof Error ? error.message : String(error));
    throw error;
  }
  const context: BackendContext = {
    db,
    identity,
    clock,
    dbPath: options.dbPath,
    filesDir: options.filesDir ?? join(dirname(options.dbPath), 'files'),
    version: options.version ?? '0.0.0',
    seedsDir: options.seedsDir,
  };

  // At most one backup a day besides those before imports; a fresh database has nothing to keep yet.
  if (isExisting && options.isDailyBackup !== false && options.maintenance !== 'deferred') ensureDailyBackup(context);

  const handlers: ApiHandlers = guardFaults({
    ...createAppHandlers(context),
    ...createPlansHandlers(context),
    ...createTasksHandlers(context),
    ...createColumnsHandlers(context),
    ...createDepartmentsHandlers(context),
    ...createSyncHandlers(context),
    ...createWorkbenchHandlers(context),
    ...createProgressHandlers(context),
    ...createAttachmentsHandlers(context),
    ...createIndicatorsHandlers(context),
    ...createSheetHandlers(context),
    ...createAdoptionHandlers(context),
    ...createReportsHandlers(context),
    ...createReviewHandlers(context),
    ...createSetupHandlers(context),
    ...createRecoveryHandlers(context),
    ...createRollupsHandlers(context),
    ...createNoticesHandlers(context),
    ...createAssessmentHandlers(context),
    ...createLifecycleHandlers(context),
  });

  let maintenance: Promise<MaintenanceReport> | null = null;
  return Object.assign(handlers, {
    db,
    identity,
    context,
    // Once per session; a second call gets the first one's answer.
    runMaintenance: () => (maintenance ??= runMaintenance(context, { isDailyBackup: isExisting && options.isDailyBackup !== false })),
    close: () => closeDatabase(db),
  });
};
