import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { latestSchemaVersion } from '../open.js';

type AppHandlers = Pick<ApiHandlers, 'app.info'>;

export const createAppHandlers = ({ identity, dbPath, version }: BackendContext): AppHandlers => ({
  'app.info': async () => ({
    version,
    dbPath,
    originId: identity.originId,
    role: identity.role,
    schemaVersion: latestSchemaVersion(),
  }),
});
