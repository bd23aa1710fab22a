import { z } from 'zod';
import type { AppInfo, ClockCheck } from '../../domain/types.js';

export const appSchemas = {
  'app.info': z.strictObject({}),
  /** Does the PC's date look right? Called when the app starts; raises the latest-seen mark when it does. */
  'app.clockCheck': z.strictObject({
    /** false: only read (`duban info` and other read-only commands leave the database file as it was). */
    isRecording: z.boolean().optional(),
  }),
  /** The person confirmed the PC's date: forget the latest-seen mark. */
  'app.acceptClock': z.strictObject({}),
};

export type AppResults = {
  'app.info': AppInfo;
  'app.clockCheck': ClockCheck;
  'app.acceptClock': ClockCheck;
};
