import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { listBackups, restoreBackup } from './backups.js';
import { listConflicts, resolveConflict } from './conflicts.js';
import { exportChanges, exportSetup } from './export.js';
import { importBatch } from './import-batch.js';
import { createImportJobs } from './import-jobs.js';
import type { ImportSource } from './import.js';
import { outbox } from './outbox.js';
import { massChangeShare as readMassChangeShare, setMassChangeShare } from './mass-change.js';
import { listReviewItems } from './review.js';
import { initRole, peerSummaries, revokePeer, syncStatus } from './setup.js';
import { readSelf } from './state.js';
import { catchUpWithHighWater } from './floors.js';
import { storedPackagePath } from './files.js';
import { unrecordedStoredPackages } from './stored-packages.js';
import { describe as describeCollecting, openCollecting, planCadence } from './collecting.js';
import { defaultPlanId } from '../plans/queries.js';

type SyncMethod = Extract<keyof ApiHandlers, `sync.${string}`>;
type SyncHandlers = Pick<ApiHandlers, SyncMethod>;

const departmentIdOf = (ctx: BackendContext, typed: string | undefined): string | null => {
  if (typed === undefined) {
    const self = readSelf(ctx.db, ctx.identity);
    return self.role === 'department' ? self.departmentId : null;
  }
  const row = ctx.db
    .prepare('SELECT id FROM departments WHERE deleted = 0 AND (id = @t OR name = @t OR id IN (SELECT department_id FROM department_aliases WHERE alias = @t))')
    .get({ t: typed }) as { id: string } | undefined;
  if (!row) throw new ApiError('not_found', `部门目录中没有“${typed}”`);
  return row.id;
};

export const createSyncHandlers = (ctx: BackendContext): SyncHandlers => {
  // Before any write of this session: a database copied back from an old backup gets its numbering floors.
  catchUpWithHighWater(ctx.db, ctx.filesDir, ctx.identity.originId);
  return handlersFor(ctx);
};

type SourceArg = { path: string } | { name: string; dataBase64: string } | { storedPackageId: string };

const handlersFor = (ctx: BackendContext): SyncHandlers => {
  // A kept package is named by id only: the page never learns or chooses paths inside the data folder.
  const readable = (sources: SourceArg[]): ImportSource[] =>
    sources.map((s): ImportSource => ('storedPackageId' in s ? { path: storedPackagePath(ctx.filesDir, s.storedPackageId) } : s));
  const jobs = createImportJobs(ctx);
  return {
    'sync.status': async () => syncStatus(ctx),
    'sync.init': async ({ role, name }) => initRole(ctx, role, name),
    'sync.peers': async () => peerSummaries(ctx),
    'sync.outbox': async () => outbox(ctx),
    'sync.revoke': async ({ key, reason }) => revokePeer(ctx, key, reason),
    'sync.setupPackage': async ({ department, out, keepCurrentKey }) => exportSetup(ctx, department, out, { keepCurrentKey }),
    'sync.collecting': async ({ open, due }) => {
      const cadence = planCadence(ctx.db, defaultPlanId(ctx.db));
      if (open === undefined) return describeCollecting(ctx, cadence);
      if (readSelf(ctx.db, ctx.identity).role !== 'office') throw new ApiError('refused', '报告期由牵头办公室开启,部门端以牵头办公室数据包中的报告期为准');
      if (!cadence) throw new ApiError('refused', '本机还没有规划');
      return openCollecting(ctx, cadence, open, due);
    },
    'sync.export': async ({ out, to }) => exportChanges(ctx, out, to),
    'sync.import': async ({ sources, trust, confirmMassChange }) => importBatch(ctx, readable(sources), trust, { confirmMassChange }),
    'sync.importStart': async ({ sources, trust, confirmMassChange }) => jobs.start(readable(sources), trust, confirmMassChange),
    'sync.importStatus': async ({ jobId }) => jobs.status(jobId),
    'sync.importConfirm': async ({ jobId, trustFingerprint, confirmMassChange }) => jobs.confirm(jobId, { trustFingerprint, confirmMassChange }),
    'sync.settings': async ({ massChangeShare }) => {
      if (massChangeShare !== undefined) setMassChangeShare(ctx.db, massChangeShare);
      return { massChangeShare: readMassChangeShare(ctx.db) };
    },
    'sync.listFolder': async ({ folder }) => {
      const dir = resolve(folder);
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        throw new ApiError('not_found', `找不到文件夹:${folder}`);
      }
      return names
        .filter((n) => n.toLowerCase().endsWith('.duban'))
        .map((n) => join(dir, n))
        .filter((p) => statSync(p).isFile())
        .sort();
    },
    'sync.conflicts': async ({ isOpenOnly }) => listConflicts(ctx.db, isOpenOnly),
    'sync.resolveConflict': async ({ table, pk, keepOrigin, keepVersion }) => resolveConflict(ctx, table, pk, keepOrigin, keepVersion),
    'sync.reviews': async ({ department }) => listReviewItems(ctx.db, departmentIdOf(ctx, department)),
    'sync.backups': async () => listBackups(ctx.filesDir),
    'sync.restoreBackup': async ({ id }) => ({ ...(await restoreBackup(ctx, id)), storedPackages: unrecordedStoredPackages(ctx) }),
    'sync.storedPackages': async () => unrecordedStoredPackages(ctx),
  };
};
