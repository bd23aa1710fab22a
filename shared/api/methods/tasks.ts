import { z } from 'zod';
import type { TaskRow } from '../../domain/types.js';
import { idSchema } from '../fields.js';

export const tasksSchemas = {
  'tasks.list': z.strictObject({
    planId: idSchema.optional(),
  }),
};

export type TasksResults = {
  'tasks.list': TaskRow[];
};
