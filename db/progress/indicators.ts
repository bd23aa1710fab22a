// Indicators of a task (written by the office) and the values a department reported for them.
import type { IndicatorAttribute } from '../../shared/plan/attribute.js';
import { randomUUID } from 'node:crypto';
import { parseTarget, type Target } from '../../shared/progress/attainment.js';
import type { IndicatorField, ReportKey } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { requireOfficePc } from '../roles.js';
import { prepared } from '../statements.js';
import { insertSynced } from '../sync/synced-write.js';
import { namesOf, requireTask } from './lookup.js';

type IndicatorDbRow = {
  id: string;
  name: string;
  unit: string;
  baseline_text: string;
  target_text: string;
  comparator: Target['comparator'] | null;
  bound_low: number | null;
  bound_high: number | null;
};

export const listTaskIndicators = (db: Db, taskId: string): IndicatorField[] =>
  (
    prepared(
      db,
      `SELECT id, name, unit, baseline_text, target_text, comparator, bound_low, bound_high
       FROM indicators WHERE task_id = ? AND deleted = 0 ORDER BY seq`,
    ).all(taskId) as IndicatorDbRow[]
  ).map((row) => ({
    id: row.id,
    name: row.name,
    unit: row.unit,
    baselineText: row.baseline_text,
    targetText: row.target_text,
    // A comparator stored by the importer wins; otherwise the target text is read here.
    target:
      row.comparator && row.bound_low !== null
        ? { comparator: row.comparator, low: row.bound_low, high: row.bound_high }
        : parseTarget(row.target_text),
  }));

/** indicator id → value text, for one department and period. */
export const readIndicatorValues = (db: Db, key: ReportKey): Record<string, string> =>
  Object.fromEntries(
    (
      prepared(
        db,
        `SELECT v.indicator_id, v.value_text FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
         WHERE i.task_id = ? AND v.department_id = ? AND v.period_id = ? AND v.deleted = 0`,
      ).all(key.taskId, key.departmentId, key.periodId) as { indicator_id: string; value_text: string }[]
    ).map((r) => [r.indicator_id, r.value_text]),
  );

export type NewIndicator = {
  taskId: string;
  name: string;
  unit: string;
  targetText: string;
  baselineText: string;
  category: string;
  attribute: IndicatorAttribute | null;
};

/** The office adds an indicator to a task; its owner is the task's first lead unit. */
export const addIndicator = (ctx: BackendContext, input: NewIndicator): string => {
  requireOfficePc(ctx, '添加指标');
  const task = requireTask(ctx.db, input.taskId);
  const target = parseTarget(input.targetText);
  const id = randomUUID();
  ctx.db.transaction(() => {
    const seq = (prepared(ctx.db, 'SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM indicators WHERE plan_id = ?').get(task.planId) as {
      seq: number;
    }).seq;
    insertSynced(ctx.db, ctx.identity.originId, 'indicators', id, {
      id,
      plan_id: task.planId,
      task_id: task.id,
      seq,
      category: input.category,
      name: input.name,
      unit: input.unit,
      baseline_text: input.baselineText,
      target_text: input.targetText,
      comparator: target?.comparator ?? null,
      bound_low: target?.low ?? null,
      bound_high: target?.high ?? null,
      attribute: input.attribute,
      owner_department_id: namesOf(ctx.db, task.id, 'lead')[0]?.id ?? null,
      deleted: 0,
    });
  })();
  return id;
};
