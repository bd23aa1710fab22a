// The one declaration of synced tables (shared/sync/tables.ts) against the schema a fresh database gets:
// every declared table exists with its key and bookkeeping columns, every column its row shape names
// exists, and the lists sync derives from it partition the tables by owner.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEPARTMENT_TABLES, OFFICE_TABLES, PLAN_TABLES, SYNCED, SYNCED_TABLES, UNIT_TABLES } from '../../shared/sync/tables.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

describe('synced tables, declared once', () => {
  let site: TempBackend;
  beforeEach(() => {
    site = makeTempBackend({ withDemo: false });
  });
  afterEach(() => site.cleanup());

  const columnsOf = (table: string): { name: string; pk: number }[] =>
    site.backend.db.prepare(`SELECT name, pk FROM pragma_table_info('${table}')`).all() as { name: string; pk: number }[];

  it.each(SYNCED_TABLES)('%s exists with its declared key, row columns and version columns', (table) => {
    const spec = SYNCED[table];
    const columns = columnsOf(table);
    const names = columns.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['row_version', 'origin_id', 'deleted']));
    const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    expect(key).toEqual([...spec.key]);
    const shape = Object.keys((spec.row as unknown as { shape: Record<string, unknown> }).shape);
    expect(names).toEqual(expect.arrayContaining(shape));
    expect(spec.label).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it('gives every table exactly one owner, and the plan is the office tables every unit receives', () => {
    expect([...OFFICE_TABLES, ...DEPARTMENT_TABLES].sort()).toEqual([...SYNCED_TABLES].sort());
    expect(PLAN_TABLES).toEqual(['departments', 'plans', 'tasks', 'assignments', 'indicators', 'plan_columns', 'task_values']);
    // Issue 21 adds the lead unit's 延期/办结 requests and their evidence (migration 70).
    expect(DEPARTMENT_TABLES).toEqual(['reports', 'indicator_values', 'report_attachments', 'lifecycle_requests', 'lifecycle_attachments']);
    // Addressed to one unit: reviews, 延期/办结 decisions and 催办通知单 (issue 21).
    expect(UNIT_TABLES).toEqual(['reviews', 'lifecycle_decisions', 'notices']);
  });
});
