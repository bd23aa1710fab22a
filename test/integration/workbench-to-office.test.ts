// The whole path a report takes: a clerk submits it in the workbench with an evidence file, the
// department exports a package, the office merges it, sees the report and the file, returns it; the
// department imports the review, sees the reason, resubmits; the office sees the new version.
import { reviewAs } from '../helpers/review.js';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

const PERIOD = '2026-Q4';
const EVIDENCE = Buffer.from('例行监测结果:合格率 97.5%', 'utf8');

const draft = (progress: string) => ({
  status: 'on_track' as const,
  percent: '60',
  progress,
  problems: '',
  nextSteps: '开展冬春季农产品专项抽检',
  indicatorValues: {},
  attachments: [] as { sha256: string; fileName: string }[],
});

describe('a report from the workbench to the office and back', () => {
  let tmp: { dir: string; cleanup: () => void };
  let office: Site;
  let dept: Site;
  beforeEach(async () => {
    tmp = makeTempDir();
    office = await makeOffice(tmp.dir);
    dept = await makeDepartment(tmp.dir, office, '市农业农村局');
  });
  afterEach(() => {
    office.backend.close();
    dept.backend.close();
    tmp.cleanup();
  });

  it('travels as a signed package, is returned with a reason, and comes back revised', async () => {
    const mine = await call(dept, 'departments.tasks', { department: '市农业农村局' });
    const task = mine.lead.find((t) => t.code === '1');
    if (!task) throw new Error('task 1 missing');
    const key = { taskId: task.id, departmentId: mine.department.id, periodId: PERIOD };

    const file = await call(dept, 'attachments.add', { fileName: '例行监测结果.txt', dataBase64: EVIDENCE.toString('base64') });
    await call(dept, 'progress.submit', { ...key, draft: { ...draft('完成全市农产品例行监测'), attachments: [{ sha256: file.sha256, fileName: '例行监测结果.txt' }] } });

    const first = await exportTo(dept, join(tmp.dir, 'p1.duban'));
    const imported = await call(office, 'sync.import', { sources: [{ path: first.path }], trust: [await fingerprintOfSite(dept)] });
    expect(imported.files[0]?.outcome).toBe('applied');

    const atOffice = await call(office, 'progress.get', key);
    expect(atOffice.report?.progress).toBe('完成全市农产品例行监测');
    const evidence = await call(office, 'attachments.read', { sha256: file.sha256 });
    expect(Buffer.from(evidence.dataBase64, 'base64').equals(EVIDENCE)).toBe(true);

    await reviewAs(office, { task: task.id, department: '市农业农村局', periodId: PERIOD, decision: 'return', reason: '请补充抽检批次数' });
    const review = await exportTo(office, join(tmp.dir, 'r1.duban'), '市农业农村局');
    expect((await call(dept, 'sync.import', { sources: [{ path: review.path }] })).files[0]?.outcome).toBe('applied');

    const returned = await call(dept, 'progress.get', key);
    expect(returned.state).toBe('returned');
    expect(JSON.stringify(returned)).toContain('请补充抽检批次数');

    await call(dept, 'progress.submit', { ...key, draft: { ...draft('完成例行监测 1200 批次'), attachments: [{ sha256: file.sha256, fileName: '例行监测结果.txt' }] } });
    const second = await exportTo(dept, join(tmp.dir, 'p2.duban'));
    expect((await call(office, 'sync.import', { sources: [{ path: second.path }] })).files[0]?.outcome).toBe('applied');
    const revised = await call(office, 'progress.get', key);
    expect(revised.report?.progress).toBe('完成例行监测 1200 批次');
    expect(revised.state).toBe('submitted');
  });
});
