// The first-run wizard's state. A host that shows the wizard (the desktop app, the local host) opens a
// brand-new database with meta first_run = 'pending' and loads nothing: the person chooses office or
// department first, because a department must start empty (its plan comes signed from the office) and
// an office's own writes would make the switch impossible. Databases made by the CLI or by older
// versions carry no flag and never show the wizard.
import { dirname } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import type { SetupStatus } from '../../shared/setup/types.js';
import type { BackendContext } from '../context.js';
import { readMeta, writeMeta } from '../meta.js';
import type { Db } from '../open.js';
import { hasAnyPlan, seedDemoPlan } from '../seed/demo.js';
import { isDemo } from '../progress/authorship.js';
import { initRole } from '../sync/setup.js';
import { departmentName, officePeer, readSelf } from '../sync/state.js';

const FIRST_RUN_KEY = 'first_run';

export const isSetupPending = (db: Db): boolean => readMeta(db, FIRST_RUN_KEY) === 'pending';

export const markSetupPending = (db: Db): void => writeMeta(db, FIRST_RUN_KEY, 'pending');

const markSetupDone = (db: Db): void => writeMeta(db, FIRST_RUN_KEY, 'done');

export const setupStatus = (ctx: BackendContext): SetupStatus => {
  const self = readSelf(ctx.db, ctx.identity);
  const office = self.role === 'department' ? officePeer(ctx.db) : undefined;
  return {
    isPending: isSetupPending(ctx.db),
    isDemo: isDemo(ctx),
    role: self.role,
    hasPlan: hasAnyPlan(ctx.db),
    departmentId: self.departmentId,
    departmentName: self.departmentId ? departmentName(ctx.db, self.departmentId) : null,
    officeFingerprint: office?.fingerprint ?? null,
    fingerprint: self.fingerprint,
    hasDemo: ctx.seedsDir !== undefined,
    dataDir: dirname(ctx.dbPath),
    dbPath: ctx.dbPath,
    filesDir: ctx.filesDir,
  };
};

/** Office path, one click: this installation becomes the office and opens on the embedded demo. */
export const startFromDemo = (ctx: BackendContext): SetupStatus => {
  const { db, seedsDir } = ctx;
  if (seedsDir === undefined) throw new ApiError('refused', '本机没有内置示范规划,请导入规划文件');
  if (hasAnyPlan(db)) throw new ApiError('conflict', '本机已有规划,不再载入示范规划');
  initRole(ctx, 'office', undefined);
  db.transaction(() => {
    seedDemoPlan(db, ctx.identity.originId, seedsDir, ctx.clock().toISOString());
    markSetupDone(db);
  })();
  return setupStatus(ctx);
};

/** Ends the wizard once the chosen path is complete; refuses while it is not, saying what is missing. */
export const finishSetup = (ctx: BackendContext): SetupStatus => {
  const status = setupStatus(ctx);
  if (status.role === 'office' && !status.hasPlan) throw new ApiError('refused', '请先导入规划,或从示范规划开始');
  if (status.role === 'department' && (status.officeFingerprint === null || status.departmentId === null))
    throw new ApiError('refused', '请先打开牵头办公室发来的初始化包,并核对指纹');
  markSetupDone(ctx.db);
  return { ...status, isPending: false };
};
