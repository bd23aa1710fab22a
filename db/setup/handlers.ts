import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { finishSetup, setupStatus, startFromDemo } from './first-run.js';

type SetupHandlers = Pick<ApiHandlers, 'setup.status' | 'setup.startDemo' | 'setup.finish'>;

export const createSetupHandlers = (ctx: BackendContext): SetupHandlers => ({
  'setup.status': async () => setupStatus(ctx),
  'setup.startDemo': async () => startFromDemo(ctx),
  'setup.finish': async () => finishSetup(ctx),
});
