// A task's timeline follows what each event answers, not the PCs' clocks (issue 13): the same round
// trip (issue, submit, return, resubmit, accept) with the office's and the department's clocks a year
// apart in each direction gives the same order at both ends, and a clock that contradicts the order is
// pointed out beside the time it recorded.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/progress/types.js';
import { HOUR_MS as HOUR, reviewRoundTrip, ROUND_TRIP_PERIOD as PERIOD, ROUND_TRIP_UNIT as UNIT, timelinesOf, YEAR_MS as YEAR } from '../helpers/round-trip.js';
import { fixedClock, SUITE_NOW_ISO } from '../helpers/suite-clock.js';
import { call, makeDepartment, makeOffice, tasksOf, writeReport } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

const roundTrip = async (root: string, officeOffset: number, deptOffset: number) => {
  const trip = await reviewRoundTrip(root, officeOffset, deptOffset);
  try {
    return await timelinesOf(trip);
  } finally {
    trip.close();
  }
};

const kinds = (events: TimelineEvent[]): string[] => events.map((e) => e.kind);
const CAUSAL = ['task', 'submitted', 'returned', 'resubmitted', 'accepted'];

describe('the timeline is ordered by what answers what, not by clocks', () => {
  let tmp: { dir: string; cleanup: () => void };
  beforeEach(() => {
    tmp = makeTempDir('duban-timeline-');
  });
  afterEach(() => tmp.cleanup());

  const cases: [string, number, number][] = [
    ['both clocks right', 0, 0],
    ['department a year behind', 0, -YEAR],
    ['department a year ahead', 0, YEAR],
    ['office a year behind', -YEAR, 0],
    ['office a year ahead', YEAR, 0],
  ];
  for (const [name, officeOffset, deptOffset] of cases) {
    it(`${name}: issue, submit, return, resubmit, accept in that order at both ends`, async () => {
      const run = await roundTrip(join(tmp.dir, name), officeOffset, deptOffset);
      expect(kinds(run.office)).toEqual(CAUSAL);
      expect(kinds(run.department)).toEqual(CAUSAL);
      expect(run.office.map((e) => e.text)).toEqual(run.department.map((e) => e.text));
      // Each event still shows the time its own PC recorded.
      const submitted = run.office.find((e) => e.kind === 'submitted');
      expect(Date.parse(submitted?.at ?? '')).toBe(new Date(SUITE_NOW_ISO).getTime() + deptOffset + HOUR);
      const noted = run.office.filter((e) => e.clockNote).map((e) => e.kind);
      if (officeOffset === 0 && deptOffset === 0) expect(noted).toEqual([]);
      // A department a year behind writes times before the office's events they answer: said beside them.
      if (deptOffset < 0) expect(noted).toEqual(['submitted', 'resubmitted']);
      if (officeOffset < 0) expect(noted).toEqual(['returned', 'accepted']);
    });
  }

  it('a PC whose clock went backwards is pointed out on the event it recorded', async () => {
    const root = join(tmp.dir, 'backwards');
    const office = await makeOffice(root);
    let deptNow = new Date(SUITE_NOW_ISO).getTime() + HOUR;
    const dept = await makeDepartment(root, office, UNIT, UNIT, () => new Date(deptNow));
    try {
      const task = (await tasksOf(dept, UNIT)).lead[0];
      if (!task) throw new Error('市商务局 leads no task');
      writeReport(dept, { taskId: task.id, periodId: PERIOD, status: 'on_track', percent: 40, progress: '第一版' });
      deptNow -= 30 * 86_400_000; // the CMOS battery, or a hand-set date
      writeReport(dept, { taskId: task.id, periodId: PERIOD, status: 'on_track', percent: 50, progress: '第二版' });
      const events = await call(dept, 'progress.timeline', { taskId: task.id });
      expect(kinds(events)).toEqual(['task', 'submitted', 'resubmitted']);
      expect(events[2]?.clockNote).toMatch(/早于它此前记录的/);
      expect(fixedClock(SUITE_NOW_ISO)().toISOString()).toBe(new Date(SUITE_NOW_ISO).toISOString());
    } finally {
      office.backend.close();
      dept.backend.close();
    }
  });
});
