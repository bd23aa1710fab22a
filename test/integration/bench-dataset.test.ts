// The bench's generator at a tiny scale, through the same code paths as `npm run bench` (real unit
// installations, signed packages, the office's merge): checks the dataset's shape, never timings.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { buildDataset, call, openInstallation } from '../../bench/build.js';
import { FULL_SCALE, growthScale, makePlanSpec, reportsOfDepartment, tasksOfDepartment, type Scale } from '../../bench/dataset.js';
import { openPackage } from '../../db/sync/package-zip.js';
import { makeTempDir } from '../helpers/temp-backend.js';

const TINY: Scale = { departments: 4, tasks: 12, periods: 3, attachmentsPerDepartment: 2, seed: 7 };

let cleanup = (): void => {};
afterEach(() => cleanup());

describe('bench dataset', () => {
  test('the full-scale spec has the figures the issue names, and the same seed gives the same plan', () => {
    const spec = makePlanSpec(FULL_SCALE);
    expect(spec.departmentNames).toHaveLength(100);
    expect(new Set(spec.departmentNames).size).toBe(100);
    expect(spec.plan.tasks).toHaveLength(2000);
    expect(spec.periodIds).toHaveLength(20);
    expect(spec.periodIds.at(-1)).toBe('2026-Q4');
    const reports = spec.departmentNames.reduce((n, _, d) => n + tasksOfDepartment(spec, d).length * spec.periodIds.length, 0);
    expect(reports).toBe(100_000);
    expect(FULL_SCALE.departments * FULL_SCALE.attachmentsPerDepartment).toBe(5000);
    expect(JSON.stringify(makePlanSpec(FULL_SCALE).plan)).toBe(JSON.stringify(spec.plan));
    expect(reportsOfDepartment(spec, FULL_SCALE, 3).reports[0]).toEqual(reportsOfDepartment(makePlanSpec(FULL_SCALE), FULL_SCALE, 3).reports[0]);
    // Growth: 1x, 4x, 16x of a base, 16x being the full dataset.
    expect([1, 4, 16].map((f) => growthScale(f).departments * growthScale(f).periods)).toEqual([125, 500, 2000]);
  });

  test('a tiny dataset: every unit writes its reports and files and exports a signed package the office merges', async () => {
    const temp = makeTempDir('duban-bench-test-');
    cleanup = temp.cleanup;
    const ds = await buildDataset(TINY, temp.dir);
    expect(ds.departments.map((d) => d.index)).toEqual([0, 1, 2, 3]);
    // Every unit is its own installation: its own key, so the office enrols four senders.
    expect(new Set(ds.departments.map((d) => d.fingerprint)).size).toBe(4);

    for (const dept of ds.departments) {
      const expected = tasksOfDepartment(ds.spec, dept.index).length * TINY.periods;
      expect(dept.reportCount).toBe(expected);
      expect(dept.attachmentCount).toBe(2);
      const pkg = openPackage(new Uint8Array(readFileSync(dept.packagePath)));
      expect(pkg.manifest.kind).toBe('progress');
      expect(pkg.manifest.from.departmentId).toBe(dept.id);
      expect(pkg.manifest.entries.find((e) => e.path === 'changes.ndjson')?.records).toBe(expected + 2);
      expect([...pkg.files.keys()].filter((p) => p.startsWith('attachments/'))).toHaveLength(2);
    }

    const office = openInstallation(ds.officeDbPath);
    try {
      const result = await call(office, 'sync.import', { sources: ds.departments.map((d) => ({ path: d.packagePath })), trust: ds.departments.map((d) => d.fingerprint) });
      expect(result.files.map((f) => f.outcome)).toEqual(['applied', 'applied', 'applied', 'applied']);
      const total = ds.departments.reduce((n, d) => n + d.reportCount, 0);
      expect((office.db.prepare('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n).toBe(total);
      expect((office.db.prepare('SELECT COUNT(*) AS n FROM report_attachments').get() as { n: number }).n).toBe(8);
      const first = ds.departments[0];
      if (!first) throw new Error('no unit');
      const list = await call(office, 'workbench.myTasks', { departmentId: first.id });
      expect(list.rows).toHaveLength(tasksOfDepartment(ds.spec, 0).length);
      // 2026-Q4 is the clock's period and every unit reported on it.
      expect(list.rows.every((r) => r.state === 'submitted')).toBe(true);
      expect(existsSync(first.dbPath)).toBe(true);
    } finally {
      office.close();
    }
  });
});
