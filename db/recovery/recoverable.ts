// A backend that starts even when its database will not open. Until the database is healthy every
// method but recovery.* answers with the reason (in Chinese); recovery.restore sets the damaged file
// aside, puts the chosen backup in its place and opens it, after which all methods work as usual.
// Hosts (local HTTP, Electron main, CLI) hand these handlers to their adapters unchanged.
import { dirname, join } from 'node:path';
import { apiMethods, type ApiHandlers, type ApiMethod } from '../../shared/api/contract.js';
import { ApiError, toApiError } from '../../shared/api/errors.js';
import { createBackend, type Backend, type BackendOptions } from '../backend.js';
import type { MaintenanceReport } from '../maintenance.js';
import { problemKindOf, recoverFromBackup, recoveryStatus } from './startup.js';
import type { StartupProblemKind } from '../../shared/api/methods/recovery.js';

export type RecoverableBackend = {
  handlers: ApiHandlers;
  /** The open backend, or null while the database needs recovery. */
  readonly backend: Backend | null;
  readonly problem: { kind: StartupProblemKind; message: string; error: ApiError } | null;
  /** Backend.runMaintenance when the database is open; nothing to do while it needs recovery. */
  runMaintenance(): Promise<MaintenanceReport | null>;
  close(): void;
};

export const openRecoverable = (options: BackendOptions): RecoverableBackend => {
  const filesDir = options.filesDir ?? join(dirname(options.dbPath), 'files');
  let backend: Backend | null = null;
  let problem: RecoverableBackend['problem'] = null;

  const open = (): void => {
    try {
      backend = createBackend(options);
      problem = null;
    } catch (error) {
      const apiError = toApiError(error);
      problem = { kind: problemKindOf(error), message: apiError.message, error: apiError };
    }
  };
  open();

  const unavailable = (): never => {
    const current = problem ?? { kind: 'unreadable', message: '数据库未打开', error: new ApiError('internal', '数据库未打开') };
    const hint = current.kind === 'damaged' ? '请在恢复页面选择最新的良好备份恢复。' : '';
    // Messages from below may or may not end in a full stop; the hint starts a new sentence either way.
    const sentence = /[。!?]$/.test(current.message) || hint === '' ? current.message : `${current.message}。`;
    throw new ApiError(current.error.code, `${sentence}${hint}`, { startupProblem: current.kind });
  };

  const handlers = {} as Record<ApiMethod, (arg: never) => Promise<unknown>>;
  for (const method of apiMethods) {
    handlers[method] = async (arg: never) => {
      if (backend) return (backend[method] as (a: never) => Promise<unknown>)(arg);
      if (method === 'recovery.status') return recoveryStatus(options.dbPath, filesDir, problem && { kind: problem.kind, message: problem.message });
      if (method === 'recovery.restore' && problem?.kind === 'damaged') {
        const { backupId } = arg as { backupId: string };
        const result = recoverFromBackup(options.dbPath, filesDir, backupId, (options.clock ?? (() => new Date()))());
        open();
        if (!backend) unavailable();
        return result;
      }
      return unavailable();
    };
  }

  return {
    handlers: handlers as unknown as ApiHandlers,
    get backend() {
      return backend;
    },
    get problem() {
      return problem;
    },
    runMaintenance: async () => ((backend as Backend | null) ? (backend as Backend).runMaintenance() : null),
    close: () => (backend as Backend | null)?.close(),
  };
};
