// One build per request window (issue 18, db/reports/facts-cache.ts): the notice drafts the dashboard asks
// for right after its figures take the dashboard's build, and never a stale one: a write through the app,
// a write by another connection to the same file, another period or another day builds anew.
// On the hand-computed fixture (test/helpers/report-fixtures.ts), clock 2026-11-22.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { forgetSharedFacts } from '../../db/reports/facts-cache.js';
import { writeQualityFixture, type QualityFixture } from '../helpers/report-fixtures.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../db/reports/summary.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../db/reports/summary.js')>();
  return {
    ...real,
    readPeriodInputOf: (...args: Parameters<typeof real.readPeriodInputOf>) => {
      builds.count += 1;
      return real.readPeriodInputOf(...args);
    },
  };
});

let t: TempBackend;
let f: QualityFixture;

beforeEach(() => {
  t = makeTempBackend({ withDemo: false });
  f = writeQualityFixture(t.backend);
  builds.count = 0;
});
afterEach(() => t.cleanup());

const Q3 = { periodId: '2026-Q3' };

/** The drafts built from nothing, to compare the shared ones with. */
const freshDrafts = async (scope: { periodId?: string }): Promise<unknown> => {
  forgetSharedFacts(t.backend.db);
  return t.backend['notices.drafts'](scope);
};

describe('the notice drafts after the dashboard', () => {
  test('take the dashboard’s build: one read for both, the same drafts as built alone', async () => {
    await t.backend['reports.dashboard'](Q3);
    const shared = await t.backend['notices.drafts'](Q3);
    expect(builds.count).toBe(1);
    expect(shared).toEqual(await freshDrafts(Q3));
    expect(shared.units.map((u) => u.name)).toEqual(['市财政局', '市农业农村局', '湛江海关']);
  });

  test('the dashboard itself always builds (a click pays its own figures)', async () => {
    await t.backend['reports.dashboard'](Q3);
    await t.backend['reports.dashboard'](Q3);
    expect(builds.count).toBe(2);
  });

  test('a write through the app in between: built anew, and the drafts show it', async () => {
    await t.backend['reports.dashboard'](Q3);
    await t.backend['departments.rename']({ department: '市财政局', name: '市财政局(国资委)' });
    const drafts = await t.backend['notices.drafts'](Q3);
    expect(builds.count).toBe(2);
    expect(drafts.units.map((u) => u.name)).toContain('市财政局(国资委)');
  });

  test('a write by another connection to the same file: built anew', async () => {
    await t.backend['reports.dashboard'](Q3);
    const other = new Database(t.dbPath);
    try {
      other.prepare('UPDATE departments SET contact = ? WHERE id = ?').run('赵六 0759-9999999', f.dept.finance);
    } finally {
      other.close();
    }
    const drafts = await t.backend['notices.drafts'](Q3);
    expect(builds.count).toBe(2);
    expect(drafts.units.find((u) => u.departmentId === f.dept.finance)?.contact).toBe('赵六 0759-9999999');
  });

  test('another period, or the default period, is its own build', async () => {
    await t.backend['reports.dashboard'](Q3);
    const q4 = await t.backend['notices.drafts']({ periodId: '2026-Q4' });
    expect(builds.count).toBe(2);
    expect(q4).toEqual(await freshDrafts({ periodId: '2026-Q4' }));
  });
});
