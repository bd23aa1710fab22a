// The local backend: one object implementing every method of the shared contract over one SQLite file.
// Hosts (Electron IPC, local HTTP, CLI) validate arguments with the shared schemas and call it.
import { ApiError } from '../shared/api/errors.js';
import type { ApiHandlers } from '../shared/api/contract.js';
import { getDepartment, listDepartments } from './departments/directory.js';
import { ensureIdentity, type Identity } from './identity.js';
import { latestSchemaVersion, openDatabase, type Db } from './open.js';
import { defaultPlanId, listPlans } from './plans/queries.js';
import { hasAnyPlan, seedDemoPlan } from './seed/demo.js';
import { listDepartmentTasks, listTasks } from './tasks/queries.js';

export type Clock = () => Date;

export type BackendOptions = {
  dbPath: string;
  /** Folder for attachments and backups beside the database. */
  filesDir?: string;
  /** Injected so tests are deterministic; the PC clock is for display only, never for merge decisions. */
  clock?: Clock;
  /** When set and the database holds no plan, the embedded demo plan is loaded from this folder. */
  seedsDir?: string;
  version?: string;
};

export type Backend = ApiHandlers & {
  readonly db: Db;
  readonly identity: Identity;
  close(): void;
};

const requirePlanId = (db: Db, planId: string | undefined): string => {
  const id = planId ?? defaultPlanId(db);
  if (!id) throw new ApiError('not_found', '还没有导入任何规划,请先导入规划文件。');
  if (planId && !listPlans(db).some((p) => p.id === planId)) throw new ApiError('not_found', `找不到规划 ${planId}`);
  return id;
};

export const createBackend = (options: BackendOptions): Backend => {
  const clock = options.clock ?? (() => new Date());
  const db = openDatabase(options.dbPath);
  const identity = ensureIdentity(db);
  if (options.seedsDir && !hasAnyPlan(db)) seedDemoPlan(db, identity.originId, options.seedsDir, clock().toISOString());

  const handlers: ApiHandlers = {
    'app.info': async () => ({
      version: options.version ?? '0.0.0',
      dbPath: options.dbPath,
      originId: identity.originId,
      role: identity.role,
      schemaVersion: latestSchemaVersion(),
    }),
    'plans.list': async () => listPlans(db),
    'tasks.list': async ({ planId }) => listTasks(db, requirePlanId(db, planId)),
    'departments.list': async ({ planId }) => listDepartments(db, planId ?? defaultPlanId(db)),
    'departments.tasks': async ({ department, planId }) => {
      const plan = requirePlanId(db, planId);
      const row = getDepartment(db, department);
      return {
        department: row,
        lead: listDepartmentTasks(db, plan, row.id, 'lead'),
        participant: listDepartmentTasks(db, plan, row.id, 'participant'),
      };
    },
  };

  return Object.assign(handlers, { db, identity, close: () => db.close() });
};
