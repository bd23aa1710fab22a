// Edge cases the office meets: a plan with no tasks, no indicators, no reports, and one unit with 300 tasks.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeFixture } from '../helpers/report-fixtures.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';
import { readSummary, readChase } from '../helpers/report-reads.js';

let t: TempBackend;
beforeEach(() => {
  t = makeTempBackend({ withDemo: false });
});
afterEach(() => t.cleanup());

describe('sensible output at the edges', () => {
  test('a plan with no tasks: zeros, no ranking, no error', async () => {
    const planId = writeFixture(t.backend, (w) => w.plan({ title: '空规划', importedAt: '2026-01-01T00:00:00+08:00' }));
    const s = await readSummary(t.backend, { planId });
    expect(s.taskCount).toBe(0);
    expect(s.reports.expected).toBe(0);
    expect(s.ranking).toEqual([]);
    expect(s.bySection).toEqual([]);
    const c = await readChase(t.backend, { planId });
    expect(c.departments).toEqual([]);
    const b = await t.backend['reports.bulletin']({ planId });
    expect(b.lagging).toEqual([]);
    expect(b.officeName).toBe('领导小组办公室');
  });

  test('one unit leading 300 tasks, a third of them reported, no indicators', async () => {
    const planId = writeFixture(t.backend, (w) => {
      const plan = w.plan({ title: '大规划', importedAt: '2026-01-01T00:00:00+08:00' });
      const big = w.department('市市场监督管理局', { contact: '钱七 0759-5555555' });
      const other = w.department('市商务局');
      for (let i = 1; i <= 300; i += 1) {
        const taskId = w.task({
          planId: plan,
          code: String(i),
          section: i <= 150 ? '一、上篇' : '二、下篇',
          title: `任务${i}`,
          deadlineDate: i % 3 === 0 ? '2026-12-31' : null,
          leads: [big],
          participants: i === 1 ? [other] : [],
        });
        if (i % 3 === 0) w.report({ taskId, departmentId: big, periodId: '2026-Q4', status: 'on_track', percent: 90, submittedAt: '2026-11-20T10:00:00+08:00' });
      }
      return plan;
    });
    const s = await readSummary(t.backend, { planId, periodId: '2026-Q4' });
    expect(s.taskCount).toBe(300);
    expect(s.reports).toMatchObject({ expected: 301, received: 100, missing: 201 });
    expect(s.ranking.map((r) => [r.name, r.expected, r.submitted, r.ledTasks])).toEqual([
      ['市市场监督管理局', 300, 100, 300],
      ['市商务局', 1, 0, 0],
    ]);
    expect(s.bySection.map((x) => [x.label, x.total])).toEqual([
      ['一、上篇', 150],
      ['二、下篇', 150],
    ]);
    expect(s.indicators).toEqual([]);
    expect(s.offTarget).toEqual([]);
    // 100 reported at 90% against a planned 89% are green; 200 without deadline or report have no light.
    expect(s.byLight.find((b) => b.key === 'green')?.count).toBe(100);
    expect(s.byLight.find((b) => b.key === 'none')?.count).toBe(200);
    const c = await readChase(t.backend, { planId, periodId: '2026-Q4' });
    expect(c.departments[0]).toMatchObject({ name: '市市场监督管理局', missing: 200, contact: '钱七 0759-5555555' });
    const file = await t.backend['reports.exportXlsx']({ planId, periodId: '2026-Q4' });
    expect(file.byteLength).toBeGreaterThan(10_000);
  });

  test('the office name is a local setting printed on the bulletin', async () => {
    writeFixture(t.backend, (w) => w.plan({ title: '规划', importedAt: '2026-01-01T00:00:00+08:00' }));
    await t.backend['reports.updateSettings']({ officeName: '湛江市质量强市工作领导小组办公室' });
    expect((await t.backend['reports.bulletin']({})).officeName).toBe('湛江市质量强市工作领导小组办公室');
  });
});
