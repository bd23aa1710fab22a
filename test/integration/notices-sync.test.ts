// 催办通知单 travel to the unit they are addressed to, in the office's package (like its reviews): the unit
// sees 已收到催办通知单 on the task's timeline; another unit's notice stays at the office. Importing the
// package twice changes nothing.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

const UNIT = '市商务局';

describe('a notice reaches its unit', () => {
  let tmp: { dir: string; cleanup: () => void };
  let office: Site;
  let dept: Site;

  beforeEach(async () => {
    tmp = makeTempDir('duban-notices-sync-');
    office = await makeOffice(join(tmp.dir, 'sites'));
    dept = await makeDepartment(join(tmp.dir, 'sites'), office, UNIT);
  });
  afterEach(() => {
    office.backend.close();
    dept.backend.close();
    tmp.cleanup();
  });

  it('its own notice only, shown as received on the task timeline, idempotent on re-import', async () => {
    const drafts = await call(office, 'notices.drafts', { periodId: '2026-Q3' });
    const unit = drafts.units.find((u) => u.name === UNIT);
    const other = drafts.units.find((u) => u.name !== UNIT);
    expect(unit, 'the unit is late in 2026-Q3 (nothing reported)').toBeDefined();
    expect(other).toBeDefined();
    const mine = await call(office, 'notices.issue', { periodId: '2026-Q3', departmentId: unit?.departmentId ?? '', docNumber: '湛质办督〔2026〕1号', replyBy: '2026-11-30' });
    await call(office, 'notices.issue', { periodId: '2026-Q3', departmentId: other?.departmentId ?? '', docNumber: '湛质办督〔2026〕2号', replyBy: '2026-11-30' });

    const deptStatus = await call(dept, 'sync.status', {});
    // The unit's first package (a 2026-Q4 report) enrols its key at the office; then the office's package for it.
    const lead = (await tasksOf(dept, UNIT)).lead[0]?.id ?? '';
    writeReport(dept, { taskId: lead, periodId: '2026-Q4', status: 'on_track', percent: 30, progress: '按计划推进' });
    const hello = await exportTo(dept, join(tmp.dir, 'progress.duban'));
    const enrolled = await call(office, 'sync.import', { sources: [{ path: hello.path }], trust: [await fingerprintOfSite(dept)] });
    expect(enrolled.files[0]?.outcome, JSON.stringify(enrolled.files[0])).toBe('applied');
    const pkg = await exportTo(office, join(tmp.dir, 'receipt.duban'), UNIT);
    const trust = [await fingerprintOfSite(office)];
    const first = await call(dept, 'sync.import', { sources: [{ path: pkg.path }], trust });
    expect(first.files[0]?.outcome, JSON.stringify(first.files[0])).toBe('applied');
    const again = await call(dept, 'sync.import', { sources: [{ path: pkg.path }], trust });
    expect(again.files[0]?.outcome).toBe('already_imported');

    const received = await call(dept, 'notices.list', {});
    expect(received.map((n) => [n.docNumber, n.departmentName, n.tasks.length])).toEqual([['湛质办督〔2026〕1号', UNIT, mine.tasks.length]]);
    const taskId = mine.tasks[0]?.taskId ?? '';
    const timeline = await call(dept, 'progress.timeline', { taskId });
    expect(timeline.find((e) => e.kind === 'notice')?.text).toContain('已收到催办通知单 湛质办督〔2026〕1号');
    // The office's own timeline says it sent it.
    expect((await call(office, 'progress.timeline', { taskId })).find((e) => e.kind === 'notice')?.text).toContain(`向${UNIT}发出催办通知单`);
    // A unit cannot issue one.
    await expect(call(dept, 'notices.issue', { periodId: '2026-Q3', departmentId: deptStatus.departmentId ?? '', docNumber: 'X1号', replyBy: '2026-11-30' })).rejects.toThrow('只有牵头办公室可以发催办通知单');
  });
});
