// The office's figures against numbers worked out by hand on the fixture of test/helpers/report-fixtures.ts.
// Clock 2026-11-22 (China). Plan from 2026-01-01; 2026-Q3 ends 09-30 and is due 10-05 (次月5日前).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { filterTasks } from '../../shared/reports/rules.js';
import { writeQualityFixture, type QualityFixture } from '../helpers/report-fixtures.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';
import { readSummary, readChase } from '../helpers/report-reads.js';

let t: TempBackend;
let f: QualityFixture;

beforeEach(() => {
  t = makeTempBackend({ withDemo: false });
  f = writeQualityFixture(t.backend);
});
afterEach(() => t.cleanup());

const counts = <K extends string>(buckets: { key: K; count: number }[]): Record<string, number> =>
  Object.fromEntries(buckets.filter((b) => b.count > 0).map((b) => [b.key, b.count]));

describe('2026-Q3, a period already over', () => {
  test('reports received against expected: group units are not counted, 23:30 on the due day is on time', async () => {
    const s = await readSummary(t.backend, { periodId: '2026-Q3' });
    expect(s.period.label).toBe('2026年第三季度');
    expect(s.asOf).toBe('2026-09-30');
    expect(s.today).toBe('2026-11-22');
    expect(s.taskCount).toBe(5);
    // T1: 商务 农业 财政; T2: 农业 海关; T3: 海关 (各县区 is a group); T4: 财政 商务; T5: 商务 → 9 owed.
    // Received: T1 商务, T1 农业 (10-12, late), T2 农业, T3 海关, T4 商务 (10-05 23:30), T5 商务.
    expect(s.reports).toEqual({
      expected: 9,
      received: 6,
      onTime: 5,
      late: 1,
      missing: 3,
      returned: 1,
      accepted: 2,
      awaitingReview: 3,
    });
  });

  test('tasks by status and by light, judged at the period end', async () => {
    const s = await readSummary(t.backend, { periodId: '2026-Q3' });
    // T4's lead (财政) never reported: its participant's 已完成 does not stand for the task.
    expect(counts(s.byStatus)).toEqual({ on_track: 1, behind: 1, ongoing: 1, done: 1, unreported: 1 });
    // T1: planned 272/364 days = 75%, reported 60 → lags 15 → yellow. T2: deadline 06-30 passed → red.
    // T3: no deadline, 长期坚持 → green. T4: planned 272/343 = 79%, nothing reported → red. T5: done → green.
    expect(counts(s.byLight)).toEqual({ red: 2, yellow: 1, green: 2 });
    const byId = new Map(s.tasks.map((x) => [x.taskId, x]));
    expect(byId.get(f.task.t1)?.lightReason).toBe('进度落后计划 15 个百分点');
    expect(byId.get(f.task.t2)?.light).toBe('red');
    expect(byId.get(f.task.t2)?.reportState).toBe('returned');
    expect(byId.get(f.task.t2)?.deadlineClass).toBe('overdue_open');
    expect(byId.get(f.task.t5)?.deadlineClass).toBe('overdue_done');
    expect(byId.get(f.task.t4)?.status).toBe('unreported');
    expect(byId.get(f.task.t4)?.missingUnits.map((d) => d.name)).toEqual(['市财政局']);
  });

  test('completion by section', async () => {
    const s = await readSummary(t.backend, { periodId: '2026-Q3' });
    expect(s.bySection).toEqual([
      { section: '一、提升产品质量', label: '一、提升产品质量', total: 2, done: 0, meanPercent: 65 },
      // T3 has no percent (0), T4 nothing (0), T5 done (100): 100 / 3 = 33.
      { section: '二、强化质量基础', label: '二、强化质量基础', total: 3, done: 1, meanPercent: 33 },
    ]);
  });

  test('department ranking: on time first, then led tasks on track, then fewer returns', async () => {
    const s = await readSummary(t.backend, { periodId: '2026-Q3' });
    const rows = s.ranking.map((r) => [r.rank, r.name, r.expected, r.submitted, r.onTime, r.returned, r.onTimeRate, r.onTrackRate]);
    expect(rows).toEqual([
      [1, '市商务局', 3, 3, 3, 0, 100, 50],
      [2, '湛江海关', 2, 1, 1, 0, 50, 100],
      [3, '市农业农村局', 2, 2, 1, 1, 50, 0],
      [4, '市财政局', 2, 0, 0, 0, 0, 0],
    ]);
    expect(s.ranking.some((r) => r.name.startsWith('各县'))).toBe(false);
    expect(s.ranking[3]?.contact).toBe('赵六 0759-4444444');
  });

  test('indicators off target, binding first, with attainment', async () => {
    const s = await readSummary(t.backend, { periodId: '2026-Q3' });
    expect(s.offTarget.map((i) => [i.name, i.isBinding, i.latestValueText, i.attainmentRate])).toEqual([
      ['产品质量监督抽查合格率', true, '96', 99],
      ['每万人口发明专利拥有量', false, '4', 80],
    ]);
    const i3 = s.indicators.find((i) => i.indicatorId === f.indicator.i3);
    expect(i3?.attainment.state).toBe('met');
    const i4 = s.indicators.find((i) => i.indicatorId === f.indicator.i4);
    expect(i4?.attainment.state).toBe('unknown');
    expect(i4?.latestPeriodId).toBeNull();
  });

  test('every number clicks through to exactly the tasks behind it', async () => {
    const s = await readSummary(t.backend, { periodId: '2026-Q3' });
    for (const b of s.byLight) expect(filterTasks(s.tasks, { kind: 'light', light: b.key })).toHaveLength(b.count);
    for (const b of s.byStatus) expect(filterTasks(s.tasks, { kind: 'status', status: b.key })).toHaveLength(b.count);
    expect(filterTasks(s.tasks, { kind: 'missing' }).map((x) => x.code)).toEqual(['1', '2', '4']);
    expect(filterTasks(s.tasks, { kind: 'missing', departmentId: f.dept.finance }).map((x) => x.code)).toEqual(['1', '4']);
    expect(filterTasks(s.tasks, { kind: 'returned' }).map((x) => x.code)).toEqual(['2']);
    expect(filterTasks(s.tasks, { kind: 'department', departmentId: f.dept.commerce }).map((x) => x.code)).toEqual(['1', '4', '5']);
  });
});

describe('chase lists as of today (2026-11-22)', () => {
  test('units that owe 2026-Q3, 48 days past the due date, with their contact', async () => {
    const c = await readChase(t.backend, { periodId: '2026-Q3' });
    expect(c.departments.map((d) => [d.name, d.missing, d.expected, d.daysOverdue, d.contact])).toEqual([
      ['市财政局', 2, 2, 48, '赵六 0759-4444444'],
      ['湛江海关', 1, 2, 48, '王五 0759-3333333'],
    ]);
  });

  test('tasks near or past their deadline', async () => {
    const c = await readChase(t.backend, { periodId: '2026-Q3' });
    expect(c.tasks.map((x) => [x.code, x.deadlineClass, x.daysLeft])).toEqual([
      ['2', 'overdue_open', -145],
      ['4', 'near', 18],
      ['5', 'overdue_done', -68],
    ]);
    expect(c.tasks[1]?.contacts).toEqual(['赵六 0759-4444444']);
  });

  test('the current period is not yet due, and a task done and accepted is no longer chased', async () => {
    const c = await readChase(t.backend, {});
    expect(c.period.id).toBe('2026-Q4');
    expect(c.departments.every((d) => d.daysOverdue === -44)).toBe(true);
    // Q4: nothing reported yet. T5 was done and accepted in Q3 (办结销号), so 9 - 1 = 8 owed.
    expect(c.departments.reduce((n, d) => n + d.missing, 0)).toBe(8);
  });
});

describe('edge cases produce sensible output', () => {
  test('an empty period: everything unreported, lights still judged', async () => {
    const s = await readSummary(t.backend, { periodId: '2026-Q4' });
    expect(s.reports.received).toBe(0);
    expect(s.reports.expected).toBe(8);
    expect(counts(s.byStatus)).toEqual({ unreported: 5 });
    // T1 judged on its Q3 report at 11-22: planned 325/364 = 89%, 60 reported → lags 29 → yellow.
    expect(s.tasks.find((x) => x.taskId === f.task.t1)?.light).toBe('yellow');
  });

  test('a period of another cadence is refused in Chinese', async () => {
    await expect(readSummary(t.backend, { periodId: '2026-M03' })).rejects.toThrow(/报告期应如 2026-Q4/);
  });
});
