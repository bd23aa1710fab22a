import { z } from 'zod';
import type { SetupStatus } from '../../setup/types.js';

export const setupSchemas = {
  'setup.status': z.strictObject({}),
  /** Office, first run: load the embedded demo plan and finish the wizard in one step. */
  'setup.startDemo': z.strictObject({}),
  /** Finish the wizard: an office needs a plan, a department its office's setup package. */
  'setup.finish': z.strictObject({}),
};

export type SetupResults = {
  'setup.status': SetupStatus;
  'setup.startDemo': SetupStatus;
  'setup.finish': SetupStatus;
};
