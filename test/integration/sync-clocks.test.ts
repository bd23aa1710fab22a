// Clocks (issue 16): with the office clock and the department clock each a year ahead, right, or a year
// behind (every combination), one quarter's full round gives the same state at the office as with correct
// clocks. The period comes from the office (opened there by a person), never from the department's calendar.
import { reviewAs } from '../helpers/review.js';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open.js';
import { call, exportTo, fingerprintOfSite, openSite, type Site } from '../helpers/sync-fixture.js';
import { fixedClock, makeTempDir } from '../helpers/temp-backend.js';

const SHIFTS = { behind: '2025-12-10T10:00:00+08:00', right: '2026-12-10T10:00:00+08:00', ahead: '2027-12-10T10:00:00+08:00' } as const;
type Shift = keyof typeof SHIFTS;

/** The office's state in meaning: who reported what for which period, and what was decided (no ids, keys or clock readings). */
const officeState = (db: Db): unknown => ({
  reports: db
    .prepare(
      `SELECT t.code, d.name, r.period_id, r.status, r.percent, r.progress, r.row_version, r.deleted FROM reports r
       JOIN tasks t ON t.id = r.task_id JOIN departments d ON d.id = r.department_id ORDER BY t.seq, d.name, r.period_id`,
    )
    .all(),
  reviews: db
    .prepare(
      `SELECT t.code, d.name, v.period_id, v.report_version, v.decision, v.reason FROM reviews v
       JOIN tasks t ON t.id = v.task_id JOIN departments d ON d.id = v.department_id ORDER BY t.seq, v.report_version`,
    )
    .all(),
  conflicts: db.prepare('SELECT COUNT(*) AS n FROM sync_conflicts').get(),
  refused: db.prepare('SELECT COUNT(*) AS n FROM sync_refused').get(),
});

describe('clocks a year apart', () => {
  let tmp: { dir: string; cleanup: () => void };
  beforeAll(() => {
    tmp = makeTempDir('duban-clocks-');
  });
  afterAll(() => tmp.cleanup());

  const round = async (officeShift: Shift, deptShift: Shift): Promise<{ state: unknown; ahead: string | null | undefined; period: string }> => {
    const root = join(tmp.dir, `${officeShift}-${deptShift}`);
    const office: Site = openSite(root, 'office', { isOffice: true, clock: fixedClock(SHIFTS[officeShift]) });
    const dept: Site = openSite(root, 'dept', { isOffice: false, clock: fixedClock(SHIFTS[deptShift]) });
    try {
      await call(office, 'sync.init', { role: 'office', name: '办公室' });
      // The office opens the quarter it collects; its own calendar does not decide it.
      await call(office, 'sync.collecting', { open: '2026-Q4' });
      await call(dept, 'sync.init', { role: 'department' });
      const setup = await call(office, 'sync.setupPackage', { department: '市商务局', out: join(root, 'setup.duban') });
      await call(dept, 'sync.import', { sources: [{ path: setup.path }], trust: [await fingerprintOfSite(office)] });
      const mine = await call(dept, 'workbench.myTasks', {});
      const unit = mine.department.id;
      for (const row of mine.rows.slice(0, 3)) {
        // The form's own path (progress.submit), for the period the workbench offers.
        await call(dept, 'progress.submit', {
          taskId: row.taskId,
          departmentId: unit,
          periodId: mine.period.id,
          draft: { status: 'on_track', percent: '50', progress: `${row.code} 本季度进展`, problems: '', nextSteps: '', indicatorValues: {}, attachments: [] },
        });
      }
      const up = await exportTo(dept, join(root, 'up.duban'));
      const imported = await call(office, 'sync.import', { sources: [{ path: up.path }], trust: [await fingerprintOfSite(dept)] });
      expect(imported.files[0]?.outcome).toBe('applied');
      const first = mine.rows[0]!;
      await reviewAs(office, { task: first.taskId, department: '市商务局', periodId: '2026-Q4', decision: 'return', reason: '请补充数据', reviewer: '' });
      await call(dept, 'sync.import', { sources: [{ path: (await exportTo(office, join(root, 'down.duban'), '市商务局')).path }], trust: [] });
      await call(dept, 'progress.submit', {
        taskId: first.taskId,
        departmentId: unit,
        periodId: '2026-Q4',
        draft: { status: 'on_track', percent: '60', progress: '已补充数据', problems: '', nextSteps: '', indicatorValues: {}, attachments: [] },
      });
      await call(office, 'sync.import', { sources: [{ path: (await exportTo(dept, join(root, 'up2.duban'))).path }], trust: [] });
      await reviewAs(office, { task: first.taskId, department: '市商务局', periodId: '2026-Q4', decision: 'accept', reason: '', reviewer: '' });
      await call(dept, 'sync.import', { sources: [{ path: (await exportTo(office, join(root, 'down2.duban'), '市商务局')).path }], trust: [] });
      const reviews = await call(dept, 'sync.reviews', {});
      expect(reviews.find((r) => r.taskId === first.taskId)?.state).toBe('accepted');
      const ahead = (await call(dept, 'app.clockCheck', { isRecording: false })).aheadOfUs;
      return { state: officeState(office.backend.db), ahead, period: mine.period.id };
    } finally {
      office.backend.close();
      dept.backend.close();
    }
  };

  it('gives the office the same state for every combination of clocks', async () => {
    const baseline = await round('right', 'right');
    expect(baseline.period).toBe('2026-Q4');
    for (const officeShift of Object.keys(SHIFTS) as Shift[]) {
      for (const deptShift of Object.keys(SHIFTS) as Shift[]) {
        if (officeShift === 'right' && deptShift === 'right') continue;
        const result = await round(officeShift, deptShift);
        expect(result.period, `${officeShift}/${deptShift}`).toBe('2026-Q4');
        expect(result.state, `${officeShift}/${deptShift}`).toEqual(baseline.state);
        // Display only: office packages dated far ahead of the department's clock are named on its screens.
        const isOfficeAhead = Date.parse(SHIFTS[officeShift]) > Date.parse(SHIFTS[deptShift]);
        if (isOfficeAhead) expect(result.ahead, `${officeShift}/${deptShift}`).toContain('本机日期可能不对');
        else expect(result.ahead ?? null, `${officeShift}/${deptShift}`).toBeNull();
      }
    }
  }, 120_000);
});
