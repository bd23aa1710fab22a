// The office enters what units without Duban send back (代录), on the 湛江 demo on a real SQLite file:
// sheets sent out (one, several, all not enrolled; with the Word form), a sheet filled with ExcelJS, a
// Word form filled by a program, a Word table typed from scratch, a published 进展通报, and the files
// that must be refused. Every outcome is checked in the database, not only in the preview.
import { decideReport } from '../helpers/review.js';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openClerkSheet } from '../helpers/fill-sheet.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';
import { fillWordForm, wordTable } from '../helpers/word-files.js';
import { findDepartment } from './progress-fixture.js';
import { readSummary, readChase } from '../helpers/report-reads.js';

let t: TempBackend;
let agri: string;
const Q4 = '2026-Q4';
const src = (name: string, bytes: Uint8Array | string) => ({ name, dataBase64: typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('base64') });
const reportsOf = (dept: string) =>
  t.backend.db.prepare('SELECT task_id, status, percent, progress, origin_id, row_version FROM reports WHERE department_id = ? ORDER BY task_id').all(dept) as {
    task_id: string;
    status: string;
    percent: number | null;
    progress: string;
    origin_id: string;
  }[];
const logCount = () => (t.backend.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;

beforeEach(async () => {
  t = makeTempBackend();
  agri = await findDepartment(t.backend, '市农业农村局');
});
afterEach(() => t.cleanup());

const sheetFor = async (departmentId: string) => (await t.backend['adoption.exportSheets']({ departmentIds: [departmentId] })).dataBase64;

describe('sheets out', () => {
  test('one unit: the workbench sheet itself; several or all not enrolled: one zip with a sheet (and a Word form) per unit', async () => {
    const one = await t.backend['adoption.exportSheets']({ departmentIds: [agri] });
    expect(one.fileName).toBe('市农业农村局-2026年第四季度-填报表.xlsx');
    expect(one.files).toEqual([{ fileName: one.fileName, unit: '市农业农村局', rowCount: 5 }]);
    const clerk = await openClerkSheet(one.dataBase64);
    expect(clerk.book.getWorksheet('督办识别信息')?.state).toBe('veryHidden');
    // The unit has no Duban: its instructions say to return the file, not to import it.
    expect(clerk.book.getWorksheet('填写说明')?.getCell('A9').text).toContain('交回');

    const trade = await findDepartment(t.backend, '市商务局');
    const two = await t.backend['adoption.exportSheets']({ departmentIds: [agri, trade], withWord: true });
    expect(two.fileName).toBe('2026年第四季度填报表-2个单位.zip');
    expect(Object.keys(unzipSync(Buffer.from(two.dataBase64, 'base64'))).sort()).toEqual(
      ['市农业农村局-2026年第四季度-填报表.docx', '市农业农村局-2026年第四季度-填报表.xlsx', '市商务局-2026年第四季度-填报表.docx', '市商务局-2026年第四季度-填报表.xlsx'].sort(),
    );

    const units = await t.backend['adoption.units']({});
    expect(units.units.every((u) => !u.isEnrolled && u.channel === 'none')).toBe(true);
    const all = await t.backend['adoption.exportSheets']({});
    expect(all.files).toHaveLength(units.units.length);
  });
});

describe('a returned Excel sheet', () => {
  test('matched by hidden id, columns moved, a stray row listed; commit writes 代录 reports with the file as evidence; again changes nothing', async () => {
    const clerk = await openClerkSheet(await sheetFor(agri));
    clerk.set('提高农产品优质供给水平', '状态', '正常推进');
    clerk.set('提高农产品优质供给水平', '完成进度(%)', '60%');
    clerk.set('提高农产品优质供给水平', '进展情况', '完成例行监测 1200 批次');
    clerk.swapColumns('进展情况', '存在问题');
    clerk.reverseRows();
    const stray = clerk.addRow({ 工作任务: '不存在的任务', 进展情况: '无' });
    const file = src('农业农村局交回.xlsx', await clerk.save());

    const preview = await t.backend['adoption.previewReturns']({ periodId: Q4, sources: [file] });
    const [f] = preview.files;
    expect(f?.refusal).toBeNull();
    expect(f?.departmentNames).toEqual(['市农业农村局']);
    expect(f?.counts).toEqual({ toWrite: 1, unchanged: 0, empty: 4, unplaced: 1 });
    const write = f?.matched.find((m) => m.outcome === 'write');
    expect(write).toMatchObject({ matchedBy: 'id', values: { status: 'on_track', percent: 60, progress: '完成例行监测 1200 批次' } });
    expect(write?.changes.map((c) => c.label)).toEqual(['状态', '完成进度', '进展情况']);
    expect(f?.unplaced).toEqual([expect.objectContaining({ rowNumber: stray, reason: expect.stringContaining('找不到') })]);

    const result = await t.backend['adoption.importReturns']({ periodId: Q4, sources: [file] });
    expect(result).toMatchObject({ written: 1, unplaced: 1, refusedFiles: 0 });
    const [report] = reportsOf(agri);
    expect(report).toMatchObject({ status: 'on_track', percent: 60, origin_id: t.backend.identity.originId });
    const proxy = t.backend.db.prepare('SELECT * FROM proxy_reports').all() as { file_sha256: string; source_kind: string; row_number: number }[];
    expect(proxy).toEqual([expect.objectContaining({ source_kind: 'sheet', file_name: '农业农村局交回.xlsx', file_sha256: f?.sha256 })]);
    const detail = await t.backend['progress.get']({ taskId: report?.task_id ?? '', departmentId: agri, periodId: Q4 });
    expect(detail.state).toBe('submitted');
    expect(detail.attachments.map((a) => [a.fileName, a.sha256])).toEqual([['农业农村局交回.xlsx', f?.sha256]]);
    const timeline = await t.backend['progress.timeline']({ taskId: report?.task_id ?? '' });
    expect(timeline.find((e) => e.kind === 'submitted')).toMatchObject({ who: '办公室(代市农业农村局录入)', text: expect.stringContaining(`SHA-256 ${f?.sha256.slice(0, 16)}`) });

    // The same file again: nothing written, nothing logged.
    const before = logCount();
    expect(await t.backend['adoption.importReturns']({ periodId: Q4, sources: [file] })).toMatchObject({ written: 0 });
    expect(logCount()).toBe(before);

    // The ranking and the chase list say how the unit reported.
    const summary = await readSummary(t.backend, { periodId: Q4 });
    expect(summary.ranking.find((d) => d.name === '市农业农村局')).toMatchObject({ submitted: 1, channel: 'proxy' });
    expect(summary.byChannel.find((b) => b.key === 'proxy')?.count).toBe(1);
    const chase = await readChase(t.backend, { periodId: Q4 });
    expect(chase.departments.find((d) => d.name === '市农业农村局')).toMatchObject({ missing: 4, channel: 'proxy' });
    // It goes through the same review as a packaged report.
    await decideReport(t.backend, { taskId: report?.task_id ?? '', departmentId: agri, periodId: Q4, decision: 'return', reason: '请补充批次明细', reviewer: '办公室' });
    expect((await t.backend['progress.get']({ taskId: report?.task_id ?? '', departmentId: agri, periodId: Q4 })).state).toBe('returned');
  });

  test('identity sheet gone: rows placed by 序号 and title for the unit chosen; unplaceable or no unit chosen: refused', async () => {
    const clerk = await openClerkSheet(await sheetFor(agri));
    clerk.book.removeWorksheet(clerk.book.getWorksheet('督办识别信息')?.id ?? 0);
    const idColumn = clerk.column('任务识别码(请勿修改)');
    for (let r = 4; r <= clerk.sheet.rowCount; r += 1) clerk.sheet.getRow(r).getCell(idColumn).value = null;
    clerk.set('提高农产品优质供给水平', '进展情况', '已完成春季抽检');
    const file = src('无识别信息.xlsx', await clerk.save());
    const noUnit = await t.backend['adoption.previewReturns']({ periodId: Q4, sources: [file] });
    expect(noUnit.files[0]?.refusal).toContain('无法确定是哪个单位');
    const placed = await t.backend['adoption.previewReturns']({ periodId: Q4, departmentId: agri, sources: [file] });
    expect(placed.files[0]?.matched.find((m) => m.outcome === 'write')).toMatchObject({ matchedBy: 'title', isStatusInferred: true, values: { status: 'on_track' } });

    // 市财政局 shares no task with 市农业农村局: no row of this sheet can be its.
    const finance = await findDepartment(t.backend, '市财政局');
    const wrongUnit = await t.backend['adoption.previewReturns']({ periodId: Q4, departmentId: finance, sources: [file] });
    expect(wrongUnit.files[0]?.refusal).toContain('没有一行能对应到市财政局的任务');
  });

  test('a sheet of another unit or another period is refused', async () => {
    const file = src('农业.xlsx', await sheetFor(agri));
    const trade = await findDepartment(t.backend, '市商务局');
    expect((await t.backend['adoption.previewReturns']({ periodId: Q4, departmentId: trade, sources: [file] })).files[0]?.refusal).toBe(
      '这是“市农业农村局”的填报表,与所选的单位“市商务局”不符,未导入。',
    );
    expect((await t.backend['adoption.previewReturns']({ periodId: '2026-Q3', sources: [file] })).files[0]?.refusal).toContain('这是2026年第四季度的填报表,当前导入的是2026年第三季度');
  });
});

describe('Word', () => {
  test('the Word form filled by a program: rows matched by the hidden task id, status from 完成进度', async () => {
    const bundle = await t.backend['adoption.exportSheets']({ departmentIds: [agri], withWord: true });
    const docx = unzipSync(Buffer.from(bundle.dataBase64, 'base64'))['市农业农村局-2026年第四季度-填报表.docx'];
    if (!docx) throw new Error('no docx');
    const filled = fillWordForm(docx, [
      { title: '提高农产品优质供给水平', cells: { 3: '完成监测 800 批次', 4: '检测人员不足', 6: '100' } },
      { title: '实施农村重点产品质量整治提升工程', cells: { 3: '开展专项检查 3 次', 6: '45' } },
    ]);
    const preview = await t.backend['adoption.previewReturns']({ periodId: Q4, sources: [src('农业农村局.docx', filled)] });
    const [f] = preview.files;
    expect(f).toMatchObject({ kind: 'word', refusal: null, departmentNames: ['市农业农村局'] });
    const writes = f?.matched.filter((m) => m.outcome === 'write') ?? [];
    expect(writes.map((m) => [m.code, m.matchedBy, m.values.status, m.values.percent])).toEqual([
      ['1', 'id', 'done', 100],
      ['14', 'id', 'on_track', 45],
    ]);
    expect(await t.backend['adoption.importReturns']({ periodId: Q4, sources: [src('农业农村局.docx', filled)] })).toMatchObject({ written: 2 });
    expect((t.backend.db.prepare("SELECT source_kind FROM proxy_reports").all() as { source_kind: string }[]).map((r) => r.source_kind)).toEqual(['word', 'word']);
  });

  test('a Word table written from scratch: other column order, an extra column, 完成情况 in words, a retyped title', async () => {
    const doc = wordTable(
      ['市农业农村局2026年第四季度重点工作推进情况'],
      ['工作任务', '序号', '备注', '责任单位', '完成情况', '进展情况'],
      [
        ['提高农产品优质供给水平', '1', '无', '市农业农村局', '已完成', '全年监测任务已完成'],
        ['实施农村重点产品质量整治提升', '14', '', '市农业农村局', '正常推进,完成70%', '专项检查 3 次'],
        ['一项没有的任务', '99', '', '', '滞后', ''],
      ],
    );
    const preview = await t.backend['adoption.previewReturns']({ periodId: Q4, departmentId: agri, sources: [src('自制表格.docx', doc)] });
    const [f] = preview.files;
    expect(f?.refusal).toBeNull();
    expect(f?.matched.map((m) => [m.code, m.matchedBy, m.values.status, m.values.percent, m.values.progress])).toEqual([
      ['1', 'title', 'done', 100, '全年监测任务已完成'],
      ['14', 'title', 'on_track', 70, '专项检查 3 次'],
    ]);
    expect(f?.unplaced).toEqual([{ rowNumber: 4, text: '99 一项没有的任务', reason: expect.stringContaining('找不到序号“99”') }]);
  });

  test('a published 进展通报: one period\'s reports for the units each row names', async () => {
    const doc = wordTable(
      ['关于2026年第四季度质量提升行动进展情况的通报'],
      ['序号', '工作任务', '责任单位', '进展情况', '完成情况'],
      [
        ['1', '提高农产品优质供给水平', '牵头单位:市农业农村局', '监测 1200 批次', '正常推进'],
        ['7', '推动服务业提质增效', '市商务局、市卫生健康局', '制定服务标准', '50%'],
        ['2', '未写单位的任务', '', '', '滞后'],
      ],
    );
    const preview = await t.backend['adoption.previewReturns']({ periodId: Q4, isBulletin: true, sources: [src('通报.docx', doc)] });
    const [f] = preview.files;
    expect(f?.kind).toBe('bulletin');
    expect(f?.matched.map((m) => [m.code, m.departmentName]).sort()).toEqual([
      ['1', '市农业农村局'],
      ['7', '市卫生健康局'],
      ['7', '市商务局'],
    ]);
    expect(f?.unplaced).toHaveLength(1);
    const result = await t.backend['adoption.importReturns']({ periodId: Q4, isBulletin: true, sources: [src('通报.docx', doc)] });
    expect(result.written).toBe(3);
    expect((t.backend.db.prepare("SELECT DISTINCT source_kind FROM proxy_reports").all() as { source_kind: string }[])).toEqual([{ source_kind: 'bulletin' }]);
  });
});

describe('bad input is refused in Chinese and changes nothing', () => {
  test('.doc/.wps, damaged, zip bomb, huge table, not a table, plain text', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const damaged = Buffer.from(await sheetFor(agri), 'base64').subarray(0, 3000);
    const { zipSync } = await import('fflate');
    const bomb = Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(80 * 1024 * 1024) }, { level: 9 }));
    const huge = wordTable([], ['序号', '工作任务', '进展情况'], Array.from({ length: 20_050 }, (_, i) => [String(i), `任务${i}`, '']));
    const noTable = wordTable(['只有一段话'], ['甲', '乙'], [['1', '2']]);
    const before = logCount();
    const preview = await t.backend['adoption.previewReturns']({
      periodId: Q4,
      departmentId: agri,
      sources: [src('旧版.doc', ole), src('旧版.wps', ole), src('损坏.xlsx', damaged), src('炸弹.docx', bomb), src('超大.docx', huge), src('无表格.docx', noTable), src('文本.txt', Buffer.from('进展情况'))],
    });
    expect(preview.files.map((f) => f.refusal)).toEqual([
      expect.stringContaining('旧版 Word/WPS/Excel 文件(.doc/.wps/.xls)'),
      expect.stringContaining('旧版 Word/WPS/Excel 文件'),
      expect.stringContaining('损坏'),
      expect.stringContaining('压缩炸弹'),
      expect.stringContaining('过长'),
      expect.stringContaining('找不到进展表格'),
      expect.stringContaining('不是 Excel(.xlsx)或 Word(.docx)文件'),
    ]);
    expect((await t.backend['adoption.importReturns']({ periodId: Q4, departmentId: agri, sources: [src('旧版.doc', ole)] })).written).toBe(0);
    expect(logCount()).toBe(before);
  });
});
