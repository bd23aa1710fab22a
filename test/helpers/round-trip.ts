// A round trip between an office and one department whose PC clocks are set apart (issue 13's
// timeline scenario): issue, submit, return, resubmit, accept, each step an hour after the last.
import { reviewAs } from './review.js';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { TimelineEvent } from '../../shared/progress/types.js';
import { SUITE_NOW_ISO } from './suite-clock.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, tasksOf, writeReport, type Site } from './sync-fixture.js';

export const YEAR_MS = 365 * 86_400_000;
export const HOUR_MS = 3_600_000;
export const ROUND_TRIP_PERIOD = '2026-Q4';
export const ROUND_TRIP_UNIT = '市商务局';

/** A clock that moves only when the scenario says so: the suite's instant, this PC's offset, the step reached. */
const steppedClock = (offsetMs: number) => {
  let step = 0;
  const base = new Date(SUITE_NOW_ISO).getTime();
  return {
    clock: () => new Date(base + offsetMs + step * HOUR_MS),
    advance: (to: number) => {
      step = to;
    },
  };
};

export type RoundTrip = { office: Site; dept: Site; taskId: string; close: () => void };

/** Leaves both sites open (the caller closes them): the office's and the department's databases after the trip. */
export const reviewRoundTrip = async (root: string, officeOffset: number, deptOffset: number): Promise<RoundTrip> => {
  const officeClock = steppedClock(officeOffset);
  const deptClock = steppedClock(deptOffset);
  const office = await makeOffice(root, officeClock.clock);
  const dept = await makeDepartment(root, office, ROUND_TRIP_UNIT, ROUND_TRIP_UNIT, deptClock.clock);
  const close = (): void => {
    office.backend.close();
    dept.backend.close();
  };
  try {
    const task = (await tasksOf(dept, ROUND_TRIP_UNIT)).lead[0];
    if (!task) throw new Error('市商务局 leads no task');
    const trust = [await fingerprintOfSite(dept)];
    const carry = async (from: Site, to: Site, name: string, address?: string): Promise<void> => {
      const pkg = await exportTo(from, join(root, `${name}.duban`), address);
      const result = await call(to, 'sync.import', { sources: [{ path: pkg.path }], trust });
      expect(result.files[0]?.outcome, JSON.stringify(result.files[0])).toBe('applied');
    };
    const report = (percent: number, progress: string) =>
      writeReport(dept, { taskId: task.id, periodId: ROUND_TRIP_PERIOD, status: 'on_track', percent, progress });
    const review = (decision: 'accept' | 'return', reason: string) =>
      reviewAs(office, { task: task.id, department: ROUND_TRIP_UNIT, periodId: ROUND_TRIP_PERIOD, decision, reason });

    deptClock.advance(1);
    report(40, '已完成摸底调查');
    await carry(dept, office, 'p1');
    officeClock.advance(2);
    await review('return', '请补充数据');
    await carry(office, dept, 'r1', ROUND_TRIP_UNIT);
    deptClock.advance(3);
    report(60, '已完成摸底调查,共 120 家企业');
    await carry(dept, office, 'p2');
    officeClock.advance(4);
    await review('accept', '');
    await carry(office, dept, 'r2', ROUND_TRIP_UNIT);
    return { office, dept, taskId: task.id, close };
  } catch (error) {
    close();
    throw error;
  }
};

export const timelinesOf = async (trip: RoundTrip): Promise<{ office: TimelineEvent[]; department: TimelineEvent[] }> => ({
  office: await call(trip.office, 'progress.timeline', { taskId: trip.taskId }),
  department: await call(trip.dept, 'progress.timeline', { taskId: trip.taskId }),
});
