// Issue 21 part 1 across sync: a lead unit asks (延期 / 办结), the office decides, the unit sees the
// decision; every package imported twice, the office's packages also out of order; a closed task is
// reopened. Requests and decisions meet by request id; both ends end with the same lifecycle rows.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.js';
import { updateSynced } from '../../db/sync/synced-write.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, tasksOf, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';
import { readChase } from '../helpers/report-reads.js';

const UNIT = '市商务局';

const refusal = async (p: Promise<unknown>): Promise<ApiError> => {
  try {
    await p;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

/** The lifecycle rows as data, for comparing both ends. */
const lifecycleRows = (site: Site): unknown => ({
  requests: site.backend.db.prepare('SELECT * FROM lifecycle_requests ORDER BY id').all(),
  attachments: site.backend.db.prepare('SELECT * FROM lifecycle_attachments ORDER BY request_id, sha256').all(),
  decisions: site.backend.db.prepare('SELECT * FROM lifecycle_decisions ORDER BY id').all(),
});

const countRows = (site: Site): number =>
  (site.backend.db.prepare('SELECT (SELECT COUNT(*) FROM lifecycle_requests) + (SELECT COUNT(*) FROM lifecycle_decisions) + (SELECT COUNT(*) FROM change_log) AS n').get() as { n: number }).n;

describe('延期申请 and 办结销号 travel between a unit and the office', () => {
  let tmp: { dir: string; cleanup: () => void };
  let office: Site;
  let dept: Site;
  let leadTask: string;
  let otherTask: string;
  let trust: string[];
  let n = 0;

  /** Exports from one side and imports into the other twice: the second time changes nothing. */
  const carry = async (from: Site, to: Site, address?: string): Promise<string> => {
    n += 1;
    const pkg = await exportTo(from, join(tmp.dir, `pkg-${n}.duban`), address);
    const first = await call(to, 'sync.import', { sources: [{ path: pkg.path }], trust });
    expect(first.files[0]?.outcome, JSON.stringify(first.files[0])).toBe('applied');
    const before = countRows(to);
    const again = await call(to, 'sync.import', { sources: [{ path: pkg.path }], trust });
    expect(again.files[0]?.outcome).toBe('already_imported');
    expect(countRows(to)).toBe(before);
    return pkg.path;
  };

  beforeEach(async () => {
    tmp = makeTempDir('duban-lifecycle-');
    office = await makeOffice(join(tmp.dir, 'sites'));
    const tasks = await tasksOf(office, UNIT);
    leadTask = tasks.lead[0]?.id ?? '';
    otherTask = (tasks.participant[0]?.id ?? '') || '';
    // The plan gives this task a deadline (the office's own, logged edit: it travels in the setup package).
    const db = office.backend.db;
    db.transaction(() => updateSynced(db, office.backend.identity.originId, 'tasks', leadTask, { id: leadTask }, { deadline_date: '2026-12-31' }))();
    dept = await makeDepartment(join(tmp.dir, 'sites'), office, UNIT);
    trust = [await fingerprintOfSite(dept)];
  });
  afterEach(() => {
    office.backend.close();
    dept.backend.close();
    tmp.cleanup();
  });

  it('延期: bad requests are refused and change nothing; the approved date stands at both ends beside the original', async () => {
    const unitId = (await call(dept, 'sync.status', {})).departmentId ?? '';
    const before = countRows(dept);
    expect(otherTask).not.toBe('');
    const notLead = await refusal(call(dept, 'lifecycle.request', { taskId: otherTask, departmentId: unitId, kind: 'extension', newDeadline: '2027-06-30', reason: '需要更多时间' }));
    expect(notLead.code).toBe('refused');
    expect(notLead.message).toContain('不是任务');
    const early = await refusal(call(dept, 'lifecycle.request', { taskId: leadTask, departmentId: unitId, kind: 'extension', newDeadline: '2026-12-01', reason: '需要更多时间' }));
    expect(early.code).toBe('bad_input');
    expect(early.message).toBe('申请延至的日期须晚于现在的完成时限(2026年12月底)');
    const noReport = await refusal(call(dept, 'lifecycle.request', { taskId: leadTask, departmentId: unitId, kind: 'closure', finalReport: '  ' }));
    expect(noReport.code).toBe('bad_input');
    expect(noReport.message).toContain('办结报告');
    expect(countRows(dept)).toBe(before);

    const file = await call(dept, 'attachments.add', { fileName: '延期说明.pdf', dataBase64: Buffer.from('%PDF-1.4 延期说明').toString('base64') });
    const asked = await call(dept, 'lifecycle.request', {
      taskId: leadTask,
      departmentId: unitId,
      kind: 'extension',
      newDeadline: '2027-03-31',
      reason: '省级批复延后',
      attachments: [{ sha256: file.sha256, fileName: file.fileName }],
    });
    expect(asked.state).toBe('pending');
    // One pending request at a time.
    expect((await refusal(call(dept, 'lifecycle.request', { taskId: leadTask, departmentId: unitId, kind: 'extension', newDeadline: '2027-04-30', reason: '再延' }))).code).toBe('refused');

    // The office cannot decide what it never received.
    const unknown = await refusal(call(office, 'lifecycle.decide', { requestId: asked.id, requestVersion: asked.version, decision: 'approve' }));
    expect(unknown.code).toBe('not_found');
    expect(unknown.message).toContain('没有收到');

    await carry(dept, office);
    const queue = await call(office, 'lifecycle.queue', {});
    expect(queue.pending).toBe(1);
    expect(queue.items[0]).toMatchObject({ id: asked.id, kind: 'extension', requestedDeadline: '2027-03-31', currentDeadline: '2026-12-31', departmentName: UNIT });
    expect(queue.items[0]?.attachments).toEqual([{ sha256: file.sha256, fileName: '延期说明.pdf' }]);
    const evidence = await call(office, 'attachments.read', { sha256: file.sha256 });
    expect(Buffer.from(evidence.dataBase64, 'base64').toString()).toBe('%PDF-1.4 延期说明');

    const decided = await call(office, 'lifecycle.decide', { requestId: asked.id, requestVersion: asked.version, decision: 'approve', decidedBy: '张科长' });
    expect(decided.request.state).toBe('approved');
    expect((await refusal(call(office, 'lifecycle.decide', { requestId: asked.id, requestVersion: asked.version, decision: 'refuse', reason: '重复' }))).message).toContain('已经处理过');

    await carry(office, dept, UNIT);
    for (const site of [office, dept]) {
      const life = await call(site, 'lifecycle.task', { taskId: leadTask, departmentId: unitId });
      expect(life.effectiveDeadline).toBe('2027-03-31');
      expect(life.originalDeadline).toBe('2026-12-31');
      expect(life.extensionNote).toBe('原定2026年12月底,经批准延至2027年3月底');
      expect(life.requests[0]?.state).toBe('approved');
      const timeline = await call(site, 'progress.timeline', { taskId: leadTask });
      const kinds = timeline.map((e) => e.kind);
      expect(kinds.indexOf('extension')).toBeGreaterThan(0);
      expect(kinds.indexOf('lifecycle')).toBeGreaterThan(kinds.indexOf('extension'));
      expect(timeline.find((e) => e.kind === 'lifecycle')?.text).toContain('批准延期');
    }
    // The unit's workbench and the office's chase list both judge against the new date.
    const mine = await call(dept, 'workbench.myTasks', { departmentId: unitId });
    expect(mine.rows.find((r) => r.taskId === leadTask)).toMatchObject({ deadline: '2027-03-31', originalDeadline: '2026-12-31' });
    expect(lifecycleRows(dept)).toEqual(lifecycleRows(office));
  });

  it('办结: refused, asked again, closed, then reopened; the office packages arrive out of order and twice', async () => {
    const unitId = (await call(dept, 'sync.status', {})).departmentId ?? '';
    const first = await call(dept, 'lifecycle.request', { taskId: leadTask, departmentId: unitId, kind: 'closure', finalReport: '各项工作已完成', reason: '' });
    await carry(dept, office);
    const refuse = await refusal(call(office, 'lifecycle.decide', { requestId: first.id, requestVersion: first.version, decision: 'refuse', reason: '  ' }));
    expect(refuse.code).toBe('bad_input');
    await call(office, 'lifecycle.decide', { requestId: first.id, requestVersion: first.version, decision: 'refuse', reason: '缺少验收材料' });
    await carry(office, dept, UNIT);
    const seen = await call(dept, 'lifecycle.task', { taskId: leadTask, departmentId: unitId });
    expect(seen.requests[0]).toMatchObject({ state: 'refused', decision: { reason: '缺少验收材料' } });
    expect(seen.closureBlocked).toBeNull();

    const second = await call(dept, 'lifecycle.request', { taskId: leadTask, departmentId: unitId, kind: 'closure', finalReport: '已补充验收材料,全部完成' });
    await carry(dept, office);
    await call(office, 'lifecycle.decide', { requestId: second.id, requestVersion: second.version, decision: 'approve', reason: '同意' });
    // Two office packages cut before the unit reads either: the later one carries both decisions.
    const closeOut = await exportTo(office, join(tmp.dir, 'close.duban'), UNIT);
    await call(office, 'lifecycle.reopen', { taskId: leadTask, reason: '上级要求继续跟踪' });
    const reopenPkg = await exportTo(office, join(tmp.dir, 'reopen.duban'), UNIT);
    const officeClosedThenOpen = await call(office, 'lifecycle.task', { taskId: leadTask });
    expect(officeClosedThenOpen.closedAt).toBeNull();
    expect(officeClosedThenOpen.reopenedReason).toBe('上级要求继续跟踪');

    for (const path of [reopenPkg.path, reopenPkg.path, closeOut.path, closeOut.path]) await call(dept, 'sync.import', { sources: [{ path }], trust });
    const after = await call(dept, 'lifecycle.task', { taskId: leadTask, departmentId: unitId });
    expect(after.closedAt).toBeNull();
    expect(after.reopenedReason).toBe('上级要求继续跟踪');
    expect(after.requests.map((r) => r.state).sort()).toEqual(['approved', 'refused']);
    const texts = (await call(dept, 'progress.timeline', { taskId: leadTask })).map((e) => e.text);
    const at = (word: string): number => texts.findIndex((t) => t.includes(word));
    expect(at('不予销号')).toBeGreaterThan(0);
    expect(at('同意销号')).toBeGreaterThan(at('不予销号'));
    expect(at('重新启用')).toBeGreaterThan(at('同意销号'));
    expect(lifecycleRows(dept)).toEqual(lifecycleRows(office));
  });

  it('a closed task leaves the unit workbench and the chase list, and the bulletin lists it as 已办结', async () => {
    const unitId = (await call(dept, 'sync.status', {})).departmentId ?? '';
    const asked = await call(dept, 'lifecycle.request', { taskId: leadTask, departmentId: unitId, kind: 'closure', finalReport: '全部完成' });
    await carry(dept, office);
    await call(office, 'lifecycle.decide', { requestId: asked.id, requestVersion: asked.version, decision: 'approve' });
    await carry(office, dept, UNIT);
    const mine = await call(dept, 'workbench.myTasks', { departmentId: unitId });
    expect(mine.rows.find((r) => r.taskId === leadTask)).toMatchObject({ closedAt: '2026-11-22', light: 'green' });
    const chase = await readChase((m, a) => call(office, m, a), {});
    expect(chase.tasks.map((t) => t.taskId)).not.toContain(leadTask);
    const owing = chase.departments.find((d) => d.departmentId === unitId);
    expect(owing?.taskIds ?? []).not.toContain(leadTask);
    const bulletin = await call(office, 'reports.bulletin', {});
    expect(bulletin.closed?.map((c) => [c.taskId, c.closedAt])).toEqual([[leadTask, '2026-11-22']]);
    // A closed task asks nothing more of the unit.
    const life = await call(dept, 'lifecycle.task', { taskId: leadTask, departmentId: unitId });
    expect(life.extensionBlocked).toBe('任务已办结销号');
  });
});
