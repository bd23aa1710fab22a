// The queries behind the office's and the clerk's everyday screens must not read a whole table that grows
// with the plan or its history (issue 18 found a per-task scan of tasks that grew with the square of the
// plan). Every statement the list, summary, chase, dashboard and task-table methods run is captured with
// its arguments and explained (EXPLAIN QUERY PLAN): a SCAN of a growing table fails the test.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ApiMethod } from '../../shared/api/contract.js';
import { writeGeneratedPlan } from '../helpers/reports-dataset.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

// Tables that grow with the plan or its history. Not plans: an office holds a handful, and listing them
// (with their task counts, each by index) is a scan of a few rows.
const GROWING = new Set([
  'tasks', 'assignments', 'reports', 'reviews', 'report_drafts', 'report_attachments', 'attachments', 'indicators',
  'indicator_values', 'change_log', 'search_refs', 'search_tasks', 'progress_search', 'departments', 'department_aliases', 'group_members',
]);

type Captured = { sql: string; args: unknown[] };

/** Table names behind the aliases a statement uses (FROM reports r, JOIN tasks AS t, …). */
const aliasesOf = (sql: string): Map<string, string> => {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+(?:AS\s+)?([A-Za-z_][A-Za-z0-9_]*))?/gi)) {
    const table = m[1] as string;
    map.set(table, table);
    const alias = m[2];
    if (alias && !/^(ON|WHERE|JOIN|LEFT|INNER|CROSS|USING|GROUP|ORDER|LIMIT|AND|SET|VALUES)$/i.test(alias)) map.set(alias, table);
  }
  return map;
};

describe('hot-path queries use indexes', () => {
  let t: TempBackend;
  let planId: string;
  const captured: Captured[] = [];

  beforeAll(() => {
    t = makeTempBackend({ withDemo: false });
    planId = writeGeneratedPlan(t.backend, 7, 120).planId;
    const db = t.backend.db;
    const prepare = db.prepare.bind(db);
    // Record every statement prepared from now on and the arguments of each run.
    db.prepare = ((sql: string) => {
      const statement = prepare(sql);
      for (const method of ['all', 'get', 'run', 'iterate'] as const) {
        const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
        Object.defineProperty(statement, method, {
          value: (...args: unknown[]) => {
            captured.push({ sql, args });
            return original(...args);
          },
        });
      }
      return statement;
    }) as typeof db.prepare;
  });
  afterAll(() => t.cleanup());

  const scansOf = (method: ApiMethod): string[] => {
    const db = t.backend.db;
    const problems: string[] = [];
    for (const { sql, args } of captured.splice(0)) {
      if (!/^\s*(SELECT|WITH)\b/i.test(sql)) continue;
      const aliases = aliasesOf(sql);
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(args as never[])) as { detail: string }[];
      for (const { detail } of plan) {
        const m = /^SCAN (\w+)/.exec(detail);
        if (!m || / VIRTUAL TABLE INDEX \d+:M/.test(detail)) continue; // an FTS5 MATCH is an index read
        const table = aliases.get(m[1] as string) ?? (m[1] as string);
        if (GROWING.has(table)) problems.push(`${method}: ${detail}\n  in ${sql.replace(/\s+/g, ' ').trim().slice(0, 300)}`);
      }
    }
    return problems;
  };

  test('the aliases of a statement are read back to their tables', () => {
    expect([...aliasesOf('SELECT 1 FROM reports r JOIN tasks AS t ON t.id = r.task_id LEFT JOIN reviews v ON 1').entries()]).toEqual([
      ['reports', 'reports'], ['r', 'reports'], ['tasks', 'tasks'], ['t', 'tasks'], ['reviews', 'reviews'], ['v', 'reviews'],
    ]);
  });

  test('office figures: notice drafts, dashboard (summary and chase), drill-down lists, bulletin', async () => {
    captured.splice(0);
    for (const periodId of ['2026-Q3', '2025-Q2']) {
      // The notice drafts first: after the dashboard they take its build and run no figure query.
      await t.backend['notices.drafts']({ planId, periodId });
      expect(scansOf('notices.drafts')).toEqual([]);
      await t.backend['reports.dashboard']({ planId, periodId });
      expect(scansOf('reports.dashboard')).toEqual([]);
      await t.backend['reports.drill']({ planId, periodId, filter: { kind: 'light', light: 'red' } });
      expect(scansOf('reports.drill')).toEqual([]);
      await t.backend['reports.bulletin']({ planId, periodId });
      expect(scansOf('reports.bulletin')).toEqual([]);
    }
  });

  test("the task table and a unit's list", async () => {
    captured.splice(0);
    await t.backend['tasks.list']({ planId });
    expect(scansOf('tasks.list')).toEqual([]);
    const unit = (t.backend.db.prepare("SELECT id FROM departments WHERE name = '单位03'").get() as { id: string }).id;
    await t.backend['workbench.myTasks']({ departmentId: unit });
    expect(scansOf('workbench.myTasks')).toEqual([]);
  });

  test('the check catches a full scan (the leaf test without the parent index)', () => {
    const db = t.backend.db;
    captured.splice(0);
    db.exec('DROP INDEX tasks_by_parent');
    try {
      db.prepare('SELECT id FROM tasks t WHERE t.plan_id = ? AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)').all(planId);
      expect(scansOf('tasks.list').join('\n')).toMatch(/SCAN c/);
    } finally {
      db.exec('CREATE INDEX tasks_by_parent ON tasks(parent_id)');
    }
  });
});
