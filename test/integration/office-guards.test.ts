// Office work is refused by the backend on a department PC (not only hidden in its UI), and an office PC
// writes a unit's report only as 代填, which goes through the same 代录 path as a returned sheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.js';
import { emptyDraft, type ReportDraft } from '../../shared/progress/types.js';
import { writeMeta } from '../../db/meta.js';
import { call, makeDepartment, makeOffice, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir, seedsDir } from '../helpers/temp-backend.js';
import { readSummary } from '../helpers/report-reads.js';

const draft = (progress: string): ReportDraft => ({ ...emptyDraft(), status: 'on_track', percent: '50', progress });

/** The rows a refused call must leave alone. */
const snapshot = (site: Site): unknown =>
  ['plans', 'tasks', 'departments', 'department_aliases', 'reviews', 'indicators', 'change_log', 'sync_exports', 'sync_peers'].map(
    (t) => site.backend.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number },
  );

const refusal = async (promise: Promise<unknown>): Promise<ApiError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
};

describe('office work on a department PC, and 代填 on an office PC', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-guards-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('refuses plan import, directory edits, review decisions, setup packages and new indicators on a department PC, and changes nothing', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局', 'shangwu');
    sites.push(office, dept);
    const task = (await tasksOf(dept, '市商务局')).lead[0]?.id ?? '';
    const departmentId = (await call(dept, 'workbench.settings', {})).departmentId ?? '';
    writeReport(dept, { taskId: task, periodId: '2026-Q4', status: 'on_track', percent: 40, progress: '培训 3 场' });
    const plan = readFileSync(join(seedsDir, '004_5cb87e2d2ab2f10e.txt')).toString('base64');
    const before = snapshot(dept);

    const attempts: [string, Promise<unknown>][] = [
      ['导入规划', call(dept, 'plans.import', { fileName: '方案.txt', contentBase64: plan })],
      ['修改部门目录', call(dept, 'departments.rename', { department: '市财政局', name: '市财政厅' })],
      ['修改部门目录', call(dept, 'departments.merge', { from: '市财政局', into: '市商务局' })],
      ['修改部门目录', call(dept, 'departments.addAlias', { department: '市商务局', alias: '商务' })],
      ['修改部门目录', call(dept, 'departments.setGroupMembers', { group: '各县(市、区)人民政府', members: ['遂溪县人民政府'] })],
      ['审核报告', call(dept, 'review.decide', { items: [{ taskId: task, departmentId, periodId: '2026-Q4', reportVersion: 1 }], decision: 'accept' })],
      ['生成初始化包', call(dept, 'sync.setupPackage', { department: '市财政局' })],
      ['添加指标', call(dept, 'indicators.add', { taskId: task, name: '培训场次', unit: '场', targetText: '≥3' })],
      ['吊销密钥', call(dept, 'sync.revoke', { key: 'office', reason: '试图吊销办公室的密钥' })],
      ['审批延期和办结申请', call(dept, 'lifecycle.decide', { requestId: task, requestVersion: 1, decision: 'approve' })],
      ['重新启用已办结的任务', call(dept, 'lifecycle.reopen', { taskId: task, reason: '重新启用' })],
    ];
    for (const [action, attempt] of attempts) {
      const error = await refusal(attempt);
      expect(error.code, action).toBe('refused');
      expect(error.message, action).toContain(action);
      expect(error.message).not.toMatch(/[A-Za-z]{4,}/);
    }
    expect(snapshot(dept)).toEqual(before);
    // The plan-import refusal names the PC, so the clerk knows why.
    expect((await refusal(call(dept, 'plans.import', { fileName: '方案.txt', contentBase64: plan }))).message).toContain('本机是市商务局的部门端电脑');
  });

  it('refuses an office PC writing a unit’s report as the unit; its 代填 is recorded as 代录 like a returned sheet', async () => {
    const office = await makeOffice(tmp.dir);
    sites.push(office);
    writeMeta(office.backend.db, 'first_run', 'done');
    const finance = (await call(office, 'departments.list', {})).find((d) => d.name === '市财政局')?.id ?? '';
    const task = (await tasksOf(office, '市财政局')).lead[0]?.id ?? '';
    const key = { taskId: task, departmentId: finance, periodId: '2026-Q4' };

    for (const attempt of [call(office, 'progress.saveDraft', { ...key, draft: draft('草稿') }), call(office, 'progress.submit', { ...key, draft: draft('提交') })]) {
      const error = await refusal(attempt);
      expect(error.code).toBe('refused');
      expect(error.message).toContain('代填');
    }
    expect(office.backend.db.prepare('SELECT COUNT(*) AS n FROM reports').get()).toEqual({ n: 0 });

    await call(office, 'progress.submit', { ...key, draft: draft('按电话记录代填'), isProxy: true });
    const origin = office.backend.identity.originId;
    expect(office.backend.db.prepare('SELECT origin_id, row_version, progress FROM reports').all()).toEqual([{ origin_id: origin, row_version: 1, progress: '按电话记录代填' }]);
    // The same record a returned sheet's 代录 leaves (db/adoption/proxy-write.ts), with no source file.
    expect(office.backend.db.prepare('SELECT report_version, source_kind, file_name, file_sha256, entered_by FROM proxy_reports').all()).toEqual([
      { report_version: 1, source_kind: 'form', file_name: '', file_sha256: null, entered_by: origin },
    ]);
    const summary = await readSummary((m, a) => call(office, m, a), { periodId: '2026-Q4' });
    expect(summary.ranking.find((r) => r.name === '市财政局')?.channel).toBe('proxy');
    const timeline = await call(office, 'progress.timeline', { taskId: task });
    expect(timeline.find((e) => e.kind === 'submitted')).toMatchObject({ who: '办公室代填(市财政局)', text: expect.stringMatching(/^办公室代填并提交/) });

    // Its review is a review of a 代录, which stays on the office (never sent to the unit as its own).
    const result = await call(office, 'review.decide', { items: [{ ...key, reportVersion: 1 }], decision: 'return', reason: '请补充数据' });
    expect(result.decided).toBe(1);
    expect(office.backend.db.prepare('SELECT COUNT(*) AS n FROM proxy_reviews').get()).toEqual({ n: 1 });
    // A resubmission after the return is 代填 again, version 2.
    await call(office, 'progress.submit', { ...key, draft: draft('补充了数据'), isProxy: true });
    expect(office.backend.db.prepare('SELECT report_version FROM proxy_reports ORDER BY report_version').all()).toEqual([{ report_version: 1 }, { report_version: 2 }]);
  });

  it('discards a 代填 draft, and refuses discarding another unit’s draft on a department PC', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局', 'shangwu');
    sites.push(office, dept);
    const finance = (await call(dept, 'departments.list', {})).find((d) => d.name === '市财政局')?.id ?? '';
    const own = (await call(dept, 'workbench.settings', {})).departmentId ?? '';
    const task = (await tasksOf(dept, '市商务局')).lead[0]?.id ?? '';
    const key = { taskId: task, departmentId: own, periodId: '2026-Q4' };
    await call(dept, 'progress.saveDraft', { ...key, draft: draft('写了一半') });
    expect((await call(dept, 'progress.get', key)).draftSavedAt).not.toBeNull();
    expect(await call(dept, 'progress.discardDraft', key)).toEqual({ isDiscarded: true });
    expect((await call(dept, 'progress.get', key)).draftSavedAt).toBeNull();
    expect((await refusal(call(dept, 'progress.discardDraft', { ...key, departmentId: finance }))).code).toBe('refused');
  });
});
