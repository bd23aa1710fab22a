import type { PlanSummary } from '../../shared/domain/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

type PlanDbRow = {
  id: string;
  title: string;
  issuer: string;
  doc_number: string;
  source_name: string;
  source_sha256: string;
  imported_at: string;
  task_count: number;
};

export const listPlans = (db: Db): PlanSummary[] =>
  (
    prepared(
      db,
      `SELECT p.*, (SELECT COUNT(*) FROM tasks t WHERE t.plan_id = p.id AND t.deleted = 0) AS task_count
       FROM plans p WHERE p.deleted = 0 ORDER BY p.imported_at, p.title`,
    ).all() as PlanDbRow[]
  ).map((row) => ({
    id: row.id,
    title: row.title,
    issuer: row.issuer,
    docNumber: row.doc_number,
    sourceName: row.source_name,
    sourceSha256: row.source_sha256,
    taskCount: row.task_count,
    importedAt: row.imported_at,
  }));

/** The plan a caller means when it names none: the first imported. */
export const defaultPlanId = (db: Db): string | null =>
  (prepared(db, 'SELECT id FROM plans WHERE deleted = 0 ORDER BY imported_at, title LIMIT 1').get() as
    | { id: string }
    | undefined)?.id ?? null;
