// Drafts, submit, return and resubmit on a real SQLite file, through the API methods hosts call.
import { decideReport } from '../helpers/review.js';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dispatch } from '../../shared/api/validate.js';
import { createBackend } from '../../db/backend.js';
import { fixedClock, makeTempBackend, seedsDir, type TempBackend } from '../helpers/temp-backend.js';
import { filledDraft, findDepartment, findTask } from './progress-fixture.js';

let t: TempBackend;
let taskId: string;
let deptId: string;
const key = () => ({ taskId, departmentId: deptId, periodId: '2026-Q4' });
const changeCount = (): number => (t.backend.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;

beforeEach(async () => {
  t = makeTempBackend();
  taskId = await findTask(t.backend, '1');
  deptId = await findDepartment(t.backend, '市农业农村局');
});
afterEach(() => t.cleanup());

describe('drafts', () => {
  test('a draft survives closing the database and reopens exactly, without touching the change log', async () => {
    const before = changeCount();
    const draft = filledDraft({ percent: '6', progress: '半句话还没写完,' });
    await t.backend['progress.saveDraft']({ ...key(), draft });
    expect(changeCount()).toBe(before);
    t.backend.close();
    const reopened = createBackend({ dbPath: t.dbPath, clock: fixedClock('2026-11-23T09:00:00+08:00'), seedsDir });
    try {
      const detail = await reopened['progress.get'](key());
      expect(detail.state).toBe('draft');
      expect(detail.form).toEqual(draft);
      expect(detail.period.label).toBe('2026年第四季度');
      const list = await reopened['workbench.myTasks']({ departmentId: deptId });
      expect(list.rows.find((r) => r.taskId === taskId)?.state).toBe('draft');
    } finally {
      reopened.close();
    }
  });

  test('the current period is the default when none is named', async () => {
    const detail = await t.backend['progress.get']({ taskId, departmentId: deptId });
    expect(detail.period.id).toBe('2026-Q4');
    expect(detail.state).toBe('empty');
    expect(detail.role).toBe('lead');
    expect(detail.periods.at(-1)?.id).toBe('2026-Q4');
  });
});

describe('submit, return and resubmit', () => {
  test('submitting freezes the report, logs it, and drops the draft', async () => {
    await t.backend['progress.saveDraft']({ ...key(), draft: filledDraft() });
    const detail = await t.backend['progress.submit']({ ...key(), draft: filledDraft() });
    expect(detail.state).toBe('submitted');
    expect(detail.isEditable).toBe(false);
    expect(detail.draftSavedAt).toBeNull();
    expect(detail.report).toMatchObject({ status: 'on_track', percent: 60, rowVersion: 1 });
    const logged = t.backend.db.prepare("SELECT row_version, base_version FROM change_log WHERE table_name = 'reports'").all();
    expect(logged).toEqual([{ row_version: 1, base_version: 0 }]);

    await expect(t.backend['progress.saveDraft']({ ...key(), draft: filledDraft({ percent: '70' }) })).rejects.toThrow(
      '2026年第四季度的报告已提交,不能再修改',
    );
  });

  test('a returned report shows the reason, can be revised, and a resubmission bumps the version', async () => {
    await t.backend['progress.submit']({ ...key(), draft: filledDraft() });
    await decideReport(t.backend, { ...key(), decision: 'return', reason: '请补充抽检合格率数据', reviewer: '市场监管局 张科长' });

    let detail = await t.backend['progress.get'](key());
    expect(detail.state).toBe('returned');
    expect(detail.isEditable).toBe(true);
    expect(detail.latestReview).toMatchObject({ decision: 'return', reason: '请补充抽检合格率数据', reportVersion: 1 });
    expect(detail.form.percent).toBe('60');

    await t.backend['progress.saveDraft']({ ...key(), draft: filledDraft({ percent: '65' }) });
    expect((await t.backend['progress.get'](key())).state).toBe('returned');
    detail = await t.backend['progress.submit']({ ...key(), draft: filledDraft({ percent: '65', problems: '' }) });
    expect(detail.state).toBe('submitted');
    expect(detail.report).toMatchObject({ percent: 65, problems: '', rowVersion: 2 });
    const versions = t.backend.db
      .prepare("SELECT row_version, base_version FROM change_log WHERE table_name = 'reports' ORDER BY seq")
      .all();
    expect(versions).toEqual([
      { row_version: 1, base_version: 0 },
      { row_version: 2, base_version: 1 },
    ]);

    await decideReport(t.backend, { ...key(), decision: 'accept', reason: '', reviewer: '' });
    expect((await t.backend['progress.get'](key())).state).toBe('accepted');
    const timeline = await t.backend['progress.timeline']({ taskId });
    expect(timeline.map((e) => e.kind)).toEqual(['task', 'submitted', 'returned', 'resubmitted', 'accepted']);
    expect(timeline[2]?.text).toContain('理由:请补充抽检合格率数据');
    expect(timeline[1]?.who).toBe('市农业农村局');
  });

  test('the same version cannot be judged twice, and a return needs a reason', async () => {
    await t.backend['progress.submit']({ ...key(), draft: filledDraft() });
    await expect(decideReport(t.backend, { ...key(), decision: 'return', reason: ' ' })).rejects.toThrow('退回时请写明理由');
    await decideReport(t.backend, { ...key(), decision: 'accept', reason: '', reviewer: '' });
    await expect(decideReport(t.backend, { ...key(), decision: 'return', reason: '再看看', reviewer: '' })).rejects.toThrow(
      '这一版已经审核过',
    );
  });

  test('indicator values travel with the report and are logged', async () => {
    const { indicatorId } = await dispatch(t.backend, 'indicators.add', {
      taskId,
      name: '农产品质量安全例行检测总体合格率',
      unit: '%',
      targetText: '≥96',
    }) as { indicatorId: string };
    const detail = await t.backend['progress.get'](key());
    expect(detail.indicators).toEqual([
      expect.objectContaining({ id: indicatorId, unit: '%', target: { comparator: '>=', low: 96, high: null } }),
    ]);
    await t.backend['progress.submit']({ ...key(), draft: filledDraft({ indicatorValues: { [indicatorId]: '97.2' } }) });
    const row = t.backend.db.prepare('SELECT value_text, value_num, row_version FROM indicator_values').get();
    expect(row).toEqual({ value_text: '97.2', value_num: 97.2, row_version: 1 });
    expect((await t.backend['progress.get'](key())).report?.indicatorValues).toEqual({ [indicatorId]: '97.2' });
  });

  test('the lead sees what participants submitted for the same task and period', async () => {
    const participant = await findDepartment(t.backend, '市市场监管局');
    await t.backend['progress.submit']({ taskId, departmentId: participant, periodId: '2026-Q4', draft: filledDraft({ progress: '配合开展抽检' }) });
    const detail = await t.backend['progress.get'](key());
    const names = detail.participantReports.map((p) => [p.department.name, p.state]);
    expect(names).toEqual([
      ['市自然资源局', 'empty'],
      ['市市场监管局', 'submitted'],
    ]);
    expect(detail.participantReports[1]?.report?.progress).toBe('配合开展抽检');
  });
});
