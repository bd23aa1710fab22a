// The embedded demo: the 湛江 质量提升行动方案 (seed 004) loaded into an empty database,
// so a fresh install opens on a real plan.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDecompositionTable } from '../../shared/plan/decomposition-table.js';
import type { Db } from '../open.js';
import { storeParsedPlan, type StoredPlan } from '../plans/store-plan.js';

export const DEMO_SEED_FILE = '004_5cb87e2d2ab2f10e.txt';

export const hasAnyPlan = (db: Db): boolean => db.prepare('SELECT 1 FROM plans WHERE deleted = 0 LIMIT 1').get() !== undefined;

export const seedDemoPlan = (db: Db, originId: string, seedsDir: string, now: string): StoredPlan => {
  const bytes = readFileSync(join(seedsDir, DEMO_SEED_FILE));
  const parsed = readDecompositionTable(bytes.toString('utf8'));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return storeParsedPlan(db, originId, parsed, { name: DEMO_SEED_FILE, sha256 }, now);
};
