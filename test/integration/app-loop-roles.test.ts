// The in-app side of the loop: packages handed back as bytes with readable names, what the 数据交换
// screen shows before and after an export, and who may write a unit's report on which PC.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, type ReportDraft } from '../../shared/progress/types.js';
import { writeMeta } from '../../db/meta.js';
import { call, makeDepartment, makeOffice, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

const draft = (progress: string): ReportDraft => ({ ...emptyDraft(), status: 'on_track', percent: '50', progress });

describe('the loop in the app: packages as bytes, the outbox, roles', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-app-loop-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('exports a progress package as bytes with a readable name; the outbox counts what goes out and what waits', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局', 'shangwu');
    sites.push(office, dept);
    const task = (await tasksOf(dept, '市商务局')).lead[0];
    expect((await call(dept, 'sync.outbox', {})).pending.changes).toBe(0);
    writeReport(dept, { taskId: task?.id ?? '', periodId: '2026-Q4', status: 'on_track', percent: 40, progress: '培训 3 场' });
    const before = await call(dept, 'sync.outbox', {});
    expect(before.pending.reports).toBe(1);
    expect(before.lastExport).toBeNull();

    const result = await call(dept, 'sync.export', {});
    expect(result.path).toBe('');
    expect(result.fileName).toMatch(/^市商务局-进度包-\d{4}年第.季度-\d{8}\.duban$/);
    expect(Buffer.from(result.dataBase64 ?? '', 'base64').subarray(0, 2).toString()).toBe('PK');

    const after = await call(dept, 'sync.outbox', {});
    expect(after.lastExport?.fileName).toBe(result.fileName);
    expect(after.awaitingAck).toEqual({ packages: 1, reports: 1 });
    expect(after.newSinceLastExport).toBe(0);
    // The office sees the unit, not yet enrolled, with its setup package made.
    const unit = (await call(office, 'sync.outbox', {})).units.find((u) => u.name === '市商务局');
    expect(unit?.peer).toBeNull();
    expect(unit?.lastSetup?.kind).toBe('setup');
  });

  it('a department PC writes only its own unit; an installed office writes a report only as 代填, never over the unit’s own', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局', 'shangwu');
    sites.push(office, dept);
    const departments = await call(office, 'departments.list', {});
    const idOf = (name: string): string => departments.find((d) => d.name === name)?.id ?? '';
    const task = (await tasksOf(dept, '市商务局')).lead[0]?.id ?? '';
    const other = (await tasksOf(dept, '市财政局')).lead[0]?.id ?? '';

    expect((await call(dept, 'workbench.settings', {})).departmentId).toBe(idOf('市商务局'));
    await expect(call(dept, 'workbench.updateSettings', { departmentId: idOf('市财政局') })).rejects.toThrow(/初始化包设定/);
    await expect(call(dept, 'progress.saveDraft', { taskId: other, departmentId: idOf('市财政局'), periodId: '2026-Q4', draft: draft('x') })).rejects.toThrow(
      /本机是市商务局的电脑/,
    );

    // An office set up through the wizard: writing for a unit is an explicit 代填.
    writeMeta(office.backend.db, 'first_run', 'done');
    const key = { taskId: other, departmentId: idOf('市财政局'), periodId: '2026-Q4' };
    await expect(call(office, 'progress.submit', { ...key, draft: draft('代录') })).rejects.toThrow(/代填/);
    await call(office, 'progress.submit', { ...key, draft: draft('按市财政局报来的表格代录'), isProxy: true });
    const timeline = await call(office, 'progress.timeline', { taskId: other });
    expect(timeline.some((e) => e.who === '办公室代填(市财政局)' && e.text.startsWith('办公室代填并提交'))).toBe(true);

    // The unit's own report, once imported, is not the office's to change.
    writeReport(dept, { taskId: task, periodId: '2026-Q4', status: 'on_track', percent: 40, progress: '培训 3 场' });
    const progress = await call(dept, 'sync.export', {});
    const sender = await call(dept, 'sync.status', {});
    const imported = await call(office, 'sync.import', { sources: [{ name: progress.fileName, dataBase64: progress.dataBase64 ?? '' }], trust: [sender.fingerprint] });
    expect(imported.files[0]?.outcome).toBe('applied');
    await expect(
      call(office, 'progress.saveDraft', { taskId: task, departmentId: idOf('市商务局'), periodId: '2026-Q4', draft: draft('改一下'), isProxy: true }),
    ).rejects.toThrow(/由市商务局自己报送/);
  });
});
