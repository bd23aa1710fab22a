// Mixed adoption on real installations: an office on the 湛江 demo, units that run Duban (signed
// packages) and units that return sheets (代录). The dashboard's figures are checked against numbers
// worked out by hand from the seed, and a unit that moves from sheets to Duban mid-year loses nothing
// and is counted once.
import { decideReport } from '../helpers/review.js';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openClerkSheet } from '../helpers/fill-sheet.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';
import { readSummary, readChase } from '../helpers/report-reads.js';

const Q3 = '2026-Q3';
const Q4 = '2026-Q4';
let tmp: { dir: string; cleanup: () => void };
let office: Site;
const sites: Site[] = [];

const idOf = async (code: string): Promise<string> => {
  const task = (await call(office, 'tasks.list', {})).find((t) => t.code === code);
  if (!task) throw new Error(`no task ${code}`);
  return task.id;
};
const deptId = async (name: string): Promise<string> => {
  const d = (await call(office, 'departments.list', {})).find((x) => x.name === name);
  if (!d) throw new Error(`no ${name}`);
  return d.id;
};

/** The unit reports these tasks with its own Duban and hands the package over. */
const byPackage = async (name: string, codes: string[], periodId = Q4): Promise<Site> => {
  const site = sites.find((s) => s.name === name) ?? (await makeDepartment(tmp.dir, office, name));
  if (!sites.includes(site)) sites.push(site);
  for (const code of codes) writeReport(site, { taskId: await idOf(code), periodId, status: 'on_track', percent: 50, progress: `${name}自己报送的进展` });
  const pkg = await exportTo(site, join(tmp.dir, `${name}-${sites.length}-${codes.join('')}.duban`));
  const result = await call(office, 'sync.import', { sources: [{ path: pkg.path }], trust: [await fingerprintOfSite(site)] });
  expect(result.files[0]?.outcome).toBe('applied');
  return site;
};

/** The office sends the unit its sheet; the unit fills these tasks (by title) and sends it back. */
const filledSheet = async (name: string, titles: string[], periodId = Q4, extra?: (c: Awaited<ReturnType<typeof openClerkSheet>>) => void) => {
  const bundle = await call(office, 'adoption.exportSheets', { periodId, departmentIds: [await deptId(name)] });
  const clerk = await openClerkSheet(bundle.dataBase64);
  for (const title of titles) {
    clerk.set(title, '状态', '正常推进');
    clerk.set(title, '完成进度(%)', 40);
    clerk.set(title, '进展情况', `${name}表格填报的进展`);
  }
  extra?.(clerk);
  return { name: bundle.fileName, dataBase64: await clerk.save() };
};

beforeEach(async () => {
  tmp = makeTempDir();
  office = await makeOffice(tmp.dir);
});
afterEach(() => {
  for (const s of sites.splice(0)) s.backend.close();
  office.backend.close();
  tmp.cleanup();
});

describe('one period, 2 units by package and 3 by sheet', () => {
  test('the dashboard, chase list and bulletin match the hand-computed figures', async () => {
    // From seed 004: 市商务局 is on tasks 7, 10, 11, 19, 26; 市财政局 on 28; 市农业农村局 on 1, 8, 14, 19, 20;
    // 市卫生健康局 on 2, 7, 12; 市交通运输局 on 6, 7, 22. The plan owes 138 task × unit reports in all.
    await byPackage('市商务局', ['7', '10', '11', '19', '26']);
    await byPackage('市财政局', ['28']);
    const agri = await filledSheet('市农业农村局', ['提高农产品优质供给水平', '持续改善环境质量', '实施农村重点产品质量整治提升工程']);
    const health = await filledSheet('市卫生健康局', ['提高食品药品质量安全水平', '推动服务业提质增效', '推进社会治理和公共服务质量水平']);
    const transport = await filledSheet('市交通运输局', ['构建现代先进测量体系'], Q4, (c) => c.addRow({ 工作任务: '表外自加的一行', 进展情况: '无' }));
    const result = await call(office, 'adoption.importReturns', { periodId: Q4, sources: [agri, health, transport] });
    expect(result).toMatchObject({ written: 7, files: 3, refusedFiles: 0, unplaced: 1 });

    const summary = await readSummary((m, a) => call(office, m, a), { periodId: Q4 });
    // 5 + 1 by package, 3 + 3 + 1 by sheet = 13 received, all before the due day, none reviewed yet.
    expect(summary.reports).toEqual({ expected: 138, received: 13, onTime: 13, late: 0, missing: 125, returned: 0, accepted: 0, awaitingReview: 13 });
    expect(summary.byChannel.map((b) => [b.label, b.count])).toEqual([
      ['进度包', 2],
      ['表格代录', 3],
      ['未报', 33],
    ]);
    const five = ['市商务局', '市财政局', '市农业农村局', '市卫生健康局', '市交通运输局'];
    expect(five.map((n) => summary.ranking.find((d) => d.name === n)).map((d) => [d?.name, d?.expected, d?.submitted, d?.channel])).toEqual([
      ['市商务局', 5, 5, 'package'],
      ['市财政局', 1, 1, 'package'],
      ['市农业农村局', 5, 3, 'proxy'],
      ['市卫生健康局', 3, 3, 'proxy'],
      ['市交通运输局', 3, 1, 'proxy'],
    ]);
    const chase = await readChase((m, a) => call(office, m, a), { periodId: Q4 });
    expect(chase.departments.filter((d) => five.includes(d.name)).map((d) => [d.name, d.missing, d.channel])).toEqual([
      ['市交通运输局', 2, 'proxy'],
      ['市农业农村局', 2, 'proxy'],
    ]);
    expect(chase.departments).toHaveLength(33 + 2);
    const bulletin = await call(office, 'reports.bulletin', { periodId: Q4 });
    expect(bulletin.summary.byChannel).toEqual(summary.byChannel);
    const units = await call(office, 'adoption.units', { periodId: Q4 });
    expect(units.units.filter((u) => u.isEnrolled).map((u) => u.name).sort()).toEqual(['市商务局', '市财政局'].sort());
  });
});

describe('a unit that moves from sheets to Duban mid-year', () => {
  test('its own reports take over, earlier 代录 stay in history, nothing is counted twice, the sheet cannot overwrite its report', async () => {
    const agriId = await deptId('市农业农村局');
    const task1 = await idOf('1');
    const q3 = await filledSheet('市农业农村局', ['提高农产品优质供给水平', '实施农村重点产品质量整治提升工程'], Q3);
    expect((await call(office, 'adoption.importReturns', { periodId: Q3, sources: [q3] })).written).toBe(2);
    const q4 = await filledSheet('市农业农村局', ['提高农产品优质供给水平'], Q4);
    expect((await call(office, 'adoption.importReturns', { periodId: Q4, sources: [q4] })).written).toBe(1);
    // The office accepts its 代录 of task 1: version numbers are per writer, so this review must not
    // later judge the unit's own report of the same task and period.
    await decideReport(office.backend, { taskId: task1, departmentId: agriId, periodId: Q4, decision: 'accept', reason: '', reviewer: '办公室' });

    // The unit installs Duban and reports Q4 itself, task 1 included.
    const dept = await byPackage('市农业农村局', ['1', '8']);
    expect(await call(office, 'sync.conflicts', {})).toEqual([]);
    // Its setup package carried the office's 代录 of its earlier periods: the clerk sees its history.
    const carried = await call(dept, 'progress.get', { taskId: task1, departmentId: agriId, periodId: Q3 });
    expect(carried.report?.progress).toBe('市农业农村局表格填报的进展');
    expect(dept.backend.db.prepare('SELECT COUNT(*) AS n FROM reports WHERE period_id = ?').get(Q3)).toEqual({ n: 2 });
    expect(dept.backend.db.prepare('SELECT COUNT(*) AS n FROM reviews').get()).toEqual({ n: 0 });
    expect((await call(office, 'progress.get', { taskId: task1, departmentId: agriId, periodId: Q4 })).state).toBe('submitted');
    const rows = office.backend.db.prepare('SELECT task_id, period_id, origin_id, progress FROM reports WHERE department_id = ? ORDER BY period_id, task_id').all(agriId) as {
      period_id: string;
      origin_id: string;
      progress: string;
    }[];
    expect(rows.map((r) => [r.period_id, r.origin_id === dept.backend.identity.originId ? 'unit' : 'office', r.progress])).toEqual(
      expect.arrayContaining([
        [Q3, 'office', '市农业农村局表格填报的进展'],
        [Q3, 'office', '市农业农村局表格填报的进展'],
        [Q4, 'unit', '市农业农村局自己报送的进展'],
        [Q4, 'unit', '市农业农村局自己报送的进展'],
      ]),
    );
    expect(rows).toHaveLength(4);
    const timeline = await call(office, 'progress.timeline', { taskId: task1 });
    expect(timeline.filter((e) => e.periodId === Q4).map((e) => [e.who, e.text.slice(0, 14)])).toEqual([
      ['办公室(代市农业农村局录入)', '代录市农业农村局2026年第'],
      ['办公室', '通过市农业农村局2026年第'],
      ['市农业农村局', '提交2026年第四季度报告:'],
    ]);
    expect(timeline.find((e) => e.kind === 'accepted')?.text).toContain('该代录已由单位自己报送的报告取代');

    const summary = await readSummary((m, a) => call(office, m, a), { periodId: Q4 });
    expect(summary.ranking.find((d) => d.name === '市农业农村局')).toMatchObject({ expected: 5, submitted: 2, channel: 'package' });
    expect((await readSummary((m, a) => call(office, m, a), { periodId: Q3 })).ranking.find((d) => d.name === '市农业农村局')).toMatchObject({ submitted: 2, channel: 'proxy' });

    // The old Q4 sheet again: its row for task 1 would overwrite the unit's own report, so it is listed, not applied.
    const again = await call(office, 'adoption.previewReturns', { periodId: Q4, sources: [q4] });
    expect(again.files[0]?.unplaced).toEqual([expect.objectContaining({ reason: expect.stringContaining('已用督办自己报送了本期这项任务的报告') })]);
    const before = office.backend.db.prepare('SELECT COUNT(*) AS n FROM change_log').get();
    expect((await call(office, 'adoption.importReturns', { periodId: Q4, sources: [q4] })).written).toBe(0);
    expect(office.backend.db.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual(before);
  });
});
