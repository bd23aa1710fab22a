import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { latestSchemaVersion } from '../open.js';
import { acceptClock, checkClock } from './clock.js';

type AppHandlers = Pick<ApiHandlers, 'app.info' | 'app.clockCheck' | 'app.acceptClock'>;

export const createAppHandlers = (ctx: BackendContext): AppHandlers => ({
  'app.info': async () => ({
    version: ctx.version,
    dbPath: ctx.dbPath,
    originId: ctx.identity.originId,
    role: ctx.identity.role,
    schemaVersion: latestSchemaVersion(),
  }),
  'app.clockCheck': async ({ isRecording }) => checkClock(ctx, isRecording !== false),
  'app.acceptClock': async () => acceptClock(ctx),
});
