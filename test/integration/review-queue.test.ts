// The review workspace's backend: the queue's filters and counts, one item with the previous period,
// batch decisions in one transaction that skip a report the unit resubmitted meanwhile, and the API's
// refusal messages that name neither the method nor the field path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.js';
import { call, makeOffice, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';
import { writeReportForSync } from '../../db/sync/report-writer.js';

describe('review queue', () => {
  let tmp: { dir: string; cleanup: () => void };
  let office: Site;
  const keys: { taskId: string; departmentId: string; name: string }[] = [];

  beforeAll(async () => {
    tmp = makeTempDir('duban-review-');
    office = await makeOffice(tmp.dir);
    const tasks = await call(office, 'tasks.list', {});
    for (const task of tasks.slice(0, 6)) {
      const lead = task.leads[0];
      if (!lead) continue;
      keys.push({ taskId: task.id, departmentId: lead.departmentId, name: lead.name });
      const write = (periodId: string, status: 'on_track' | 'behind', progress: string): number =>
        writeReportForSync(office.backend.context, { taskId: task.id, departmentId: lead.departmentId, periodId, status, percent: 30, progress });
      write('2026-Q3', 'on_track', `${task.code} 三季度`);
      write('2026-Q4', keys.length % 2 === 0 ? 'behind' : 'on_track', `${task.code} 四季度`);
    }
  });

  afterAll(() => {
    office?.backend.close();
    tmp?.cleanup();
  });

  it('lists the newest period first, with counts and units', async () => {
    const queue = await call(office, 'review.queue', {});
    expect(queue.periods.map((p) => p.label)).toEqual(['2026年第四季度', '2026年第三季度']);
    expect(queue.items).toHaveLength(keys.length);
    expect(queue.counts).toEqual({ pending: keys.length, accepted: 0, returned: 0 });
    expect(queue.items.every((i) => i.periodId === '2026-Q4')).toBe(true);
    const unit = keys[0]!;
    const byUnit = await call(office, 'review.queue', { departmentId: unit.departmentId });
    expect(byUnit.items.every((i) => i.departmentId === unit.departmentId)).toBe(true);
  });

  it('shows one item with the previous period beside it', async () => {
    const key = { ...keys[0]!, periodId: '2026-Q4' };
    const item = await call(office, 'review.item', { taskId: key.taskId, departmentId: key.departmentId, periodId: key.periodId });
    expect(item.detail.report?.progress).toContain('四季度');
    expect(item.previous.periodLabel).toBe('2026年第三季度');
    expect(item.previous.report?.progress).toContain('三季度');
  });

  it('accepts a batch in one go and skips a report resubmitted since it was seen', async () => {
    const queue = await call(office, 'review.queue', {});
    const [first, second] = queue.items;
    if (!first || !second) throw new Error('queue too short');
    // The unit sends a new version of the second report after the reviewer loaded the queue.
    writeReportForSync(office.backend.context, { taskId: second.taskId, departmentId: second.departmentId, periodId: '2026-Q4', status: 'on_track', percent: 50, progress: '补报' });
    const result = await call(office, 'review.decide', {
      items: [first, second].map((i) => ({ taskId: i.taskId, departmentId: i.departmentId, periodId: i.periodId, reportVersion: i.reportVersion })),
      decision: 'accept',
    });
    expect(result.decided).toBe(1);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.reason).toContain('新版本');
    const after = await call(office, 'review.queue', { state: 'all' });
    expect(after.counts.accepted).toBe(1);
  });

  it('refuses a return without a reason, naming the field only in details', async () => {
    const [item] = (await call(office, 'review.queue', {})).items;
    if (!item) throw new Error('empty queue');
    const attempt = call(office, 'review.decide', {
      items: [{ taskId: item.taskId, departmentId: item.departmentId, periodId: item.periodId, reportVersion: item.reportVersion }],
      decision: 'return',
      reason: '  ',
    });
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    const error = (await attempt.catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe('输入有误:退回时请写明理由');
    expect(error.message).not.toMatch(/review\.decide|字段|reason/);
    expect(error.details).toMatchObject({ issues: [{ path: 'reason', message: '退回时请写明理由' }] });
  });

  it('a percent of 150 is refused in Chinese without the method name or field path', async () => {
    const key = keys[0]!;
    const attempt = call(office, 'progress.saveDraft', {
      taskId: key.taskId,
      departmentId: key.departmentId,
      periodId: '2026-Q4',
      draft: { status: '', percent: '150', progress: '', problems: '', nextSteps: '', indicatorValues: {}, attachments: [] },
    });
    const error = (await attempt.catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe('输入有误:完成百分比不能超过 100(填写的是 150)');
    expect(error.details).toMatchObject({ issues: [{ path: 'draft.percent' }] });
  });
});
