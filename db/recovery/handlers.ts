import { ApiError } from '../../shared/api/errors.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { recoveryStatus } from './startup.js';

type RecoveryHandlers = Pick<ApiHandlers, 'recovery.status' | 'recovery.restore'>;

/** On an open, healthy database: nothing to recover (restoring a backup is sync.restoreBackup). */
export const createRecoveryHandlers = (ctx: BackendContext): RecoveryHandlers => ({
  'recovery.status': async () => recoveryStatus(ctx.dbPath, ctx.filesDir, null),
  'recovery.restore': async () => {
    throw new ApiError('refused', '数据库完好,无需恢复。如要回到某个备份,请在“数据交换 → 备份”中恢复。');
  },
});
