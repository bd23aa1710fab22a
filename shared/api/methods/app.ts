import { z } from 'zod';
import type { AppInfo } from '../../domain/types.js';

export const appSchemas = {
  'app.info': z.strictObject({}),
};

export type AppResults = {
  'app.info': AppInfo;
};
