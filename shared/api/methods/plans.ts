import { z } from 'zod';
import type { PlanSummary } from '../../domain/types.js';

export const plansSchemas = {
  'plans.list': z.strictObject({}),
};

export type PlansResults = {
  'plans.list': PlanSummary[];
};
