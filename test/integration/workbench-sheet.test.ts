// The clerk's Excel round trip on the 湛江 demo, on a real SQLite file and real .xlsx files: export the
// fill-in sheet for 市农业农村局, fill it with ExcelJS the way a clerk would (drop-down words, 60%, a moved
// column, sorted rows, a stray row, a bad percentage), preview, import as drafts, import again.
import { decideReport } from '../helpers/review.js';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ApiError } from '../../shared/api/errors.js';
import { openClerkSheet } from '../helpers/fill-sheet.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';
import { filledDraft, findDepartment } from './progress-fixture.js';

let t: TempBackend;
let dept: string;
let now = new Date('2026-11-22T09:00:00+08:00');
const Q4 = '2026-Q4';
const draftsTable = (): unknown[] => t.backend.db.prepare('SELECT * FROM report_drafts ORDER BY task_id').all();

beforeEach(async () => {
  now = new Date('2026-11-22T09:00:00+08:00');
  t = makeTempBackend({ clock: () => now });
  dept = await findDepartment(t.backend, '市农业农村局');
  // 市农业农村局 also joins the tasks of 市直相关单位 as its member.
  await t.backend['departments.setGroupMembers']({ group: '市直相关单位', members: ['市农业农村局', '市水务局'] });
});
afterEach(() => t.cleanup());

const exportFor = async (departmentId = dept, periodId?: string) => t.backend['sheet.export']({ departmentId, periodId });

const refusal = async (run: Promise<unknown>): Promise<ApiError> => {
  try {
    await run;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('export the fill-in sheet', () => {
  test('one row per task the unit leads or joins (through a group too), with drop-downs, grey read-only columns and hidden ids', async () => {
    const file = await exportFor();
    expect(file.fileName).toBe('市农业农村局-2026年第四季度-填报表.xlsx');
    const mine = await t.backend['workbench.myTasks']({ departmentId: dept });
    expect(file.rowCount).toBe(mine.rows.length);
    const via = mine.rows.find((r) => r.viaGroup === '市直相关单位');
    expect(via).toBeDefined();

    const clerk = await openClerkSheet(file.dataBase64);
    expect(clerk.book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['进展填报', 'visible'],
      ['填写说明', 'visible'],
      ['督办识别信息', 'veryHidden'],
    ]);
    const { sheet } = clerk;
    expect(sheet.getCell('A1').value).toBe('湛江市开展质量提升行动的方案 工作任务进展填报表');
    expect(String(sheet.getCell('A2').value)).toContain('填报单位:市农业农村局    报告期:2026年第四季度');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号', '工作任务', '本单位角色', '完成时限', '状态', '完成进度(%)', '进展情况', '存在问题', '下一步计划', '任务识别码(请勿修改)',
    ]);
    expect(sheet.getColumn(10).hidden).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    const row1 = sheet.getRow(clerk.rowOf('提高农产品优质供给水平'));
    expect(row1.getCell(3).value).toBe('牵头');
    expect(row1.getCell(5).dataValidation).toMatchObject({ type: 'list', formulae: ['"未启动,正常推进,已完成,滞后,长期坚持"'] });
    expect(row1.getCell(6).dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 100] });
    const fill = (c: ExcelJS.Cell) => (c.fill?.type === 'pattern' ? (c.fill.fgColor as { argb?: string } | undefined)?.argb : undefined);
    expect(fill(row1.getCell(2))).toBe('FFEDEDED');
    expect(fill(row1.getCell(7))).toBeUndefined();
    expect(sheet.getRow(clerk.rowOf(via?.title ?? '')).getCell(3).value).toBe('参与(作为“市直相关单位”成员)');
    expect(clerk.book.getWorksheet('填写说明')?.getCell('A9').text).toContain('从 Excel 导入');
  });

  test('prefilled from the draft, or from the submitted report', async () => {
    const [a, b] = (await t.backend['workbench.myTasks']({ departmentId: dept })).rows;
    if (!a || !b) throw new Error('demo changed');
    const draft = filledDraft({ status: 'behind', percent: '30', progress: '草稿里的进展' });
    await t.backend['progress.saveDraft']({ taskId: a.taskId, departmentId: dept, periodId: Q4, draft });
    await t.backend['progress.submit']({ taskId: b.taskId, departmentId: dept, periodId: Q4, draft: { ...draft, status: 'done', percent: '100', progress: '已报送的进展' } });
    const clerk = await openClerkSheet((await exportFor()).dataBase64);
    const values = (title: string) => (clerk.sheet.getRow(clerk.rowOf(title)).values as unknown[]).slice(5, 8);
    expect(values(a.title)).toEqual(['滞后', 30, '草稿里的进展']);
    expect(values(b.title)).toEqual(['已完成', 100, '已报送的进展']);
    expect(clerk.sheet.getRow(clerk.rowOf(b.title)).getCell(5).note).toContain('已提交');
  });
});

describe('preview and import what the clerk filled', () => {
  const fillLikeAClerk = async (): Promise<{ base64: string; strayRow: number; badRow: number }> => {
    const clerk = await openClerkSheet((await exportFor()).dataBase64);
    clerk.set('提高农产品优质供给水平', '状态', '正常推进');
    clerk.set('提高农产品优质供给水平', '完成进度(%)', 60);
    clerk.set('提高农产品优质供给水平', '进展情况', '完成农产品例行监测1200批次,合格率97.5%。');
    clerk.set('提高农产品优质供给水平', '存在问题', '基层检测力量不足');
    clerk.set('实施农村重点产品质量整治提升工程', '状态', ' 已 完成 ');
    // Typed as 100% in Excel: the cell holds 1, formatted as a percentage (its own style: loaded cells share theirs).
    const done = clerk.set('实施农村重点产品质量整治提升工程', '完成进度(%)', 1);
    done.style = { ...done.style, numFmt: '0%' };
    clerk.set('实施农村重点产品质量整治提升工程', '进展情况', '整治工程全部完工。');
    clerk.set('着力打造湛江优质品牌', '状态', '滞后');
    clerk.set('着力打造湛江优质品牌', '完成进度(%)', '35%');
    clerk.set('着力打造湛江优质品牌', '进展情况', '品牌评选推迟到明年。');
    // This row lost its hidden id (copied from another file): found by 序号 + 工作任务.
    clerk.set('着力打造湛江优质品牌', '任务识别码(请勿修改)', null);
    clerk.set('持续改善环境质量', '完成进度(%)', '六十');
    clerk.swapColumns('进展情况', '存在问题');
    clerk.reverseRows();
    const badRow = clerk.rowOf('持续改善环境质量');
    const strayRow = clerk.addRow({ 序号: '99', 工作任务: '自行增加的农机补贴工作', 状态: '正常推进', '完成进度(%)': 50 });
    return { base64: await clerk.save(), strayRow, badRow };
  };

  test('3 rows become drafts, 2 are not placed with row numbers and reasons; importing again changes nothing', async () => {
    const { base64, strayRow, badRow } = await fillLikeAClerk();
    const source = { name: '填好的.xlsx', dataBase64: base64 };
    const preview = await t.backend['sheet.preview']({ departmentId: dept, periodId: Q4, source });
    expect(preview.counts).toMatchObject({ toWrite: 3, unplaced: 2 });
    expect(preview.matched.filter((m) => m.outcome === 'draft').map((m) => [m.code, m.matchedBy, m.values.status, m.values.percent])).toEqual(
      expect.arrayContaining([['1', 'id', 'on_track', '60'], ['14', 'id', 'done', '100'], ['19', 'title', 'behind', '35']]),
    );
    expect(preview.unplaced).toEqual(
      expect.arrayContaining([
        { rowNumber: badRow, text: '8 持续改善环境质量', reason: '完成进度“六十”不是数字,请填写 0 到 100 之间的整数,如 60' },
        expect.objectContaining({ rowNumber: strayRow, reason: expect.stringContaining('找不到这项任务') }),
      ]),
    );
    expect(preview.summary).toContain('3 项有新内容将保存为草稿');
    expect(draftsTable()).toEqual([]);

    const result = await t.backend['sheet.import']({ departmentId: dept, periodId: Q4, source });
    expect(result).toMatchObject({ written: 3, unplaced: 2 });
    const mine = await t.backend['workbench.myTasks']({ departmentId: dept });
    const drafted = mine.rows.filter((r) => r.hasDraft).map((r) => [r.code, r.state]);
    expect(drafted.sort()).toEqual([['1', 'draft'], ['14', 'draft'], ['19', 'draft']]);
    const task1 = mine.rows.find((r) => r.code === '1');
    const detail = await t.backend['progress.get']({ taskId: task1?.taskId ?? '', departmentId: dept, periodId: Q4 });
    expect(detail.state).toBe('draft');
    expect(detail.form).toMatchObject({ status: 'on_track', percent: '60', progress: '完成农产品例行监测1200批次,合格率97.5%。', problems: '基层检测力量不足' });
    expect(detail.report).toBeNull();

    const before = draftsTable();
    now = new Date('2026-11-23T10:00:00+08:00');
    const again = await t.backend['sheet.import']({ departmentId: dept, periodId: Q4, source });
    expect(again).toMatchObject({ written: 0, unchanged: 3 });
    expect(draftsTable()).toEqual(before);
  });

  test('submitted and unchanged is left alone; submitted and changed is refused for that row; returned and changed becomes a draft on top', async () => {
    const rows = (await t.backend['workbench.myTasks']({ departmentId: dept })).rows;
    const [a, b] = rows;
    if (!a || !b) throw new Error('demo changed');
    const draft = filledDraft({ percent: '50', progress: '已报送' });
    for (const r of [a, b]) await t.backend['progress.submit']({ taskId: r.taskId, departmentId: dept, periodId: Q4, draft });
    await decideReport(t.backend, { taskId: b.taskId, departmentId: dept, periodId: Q4, decision: 'return', reason: '请补充数据', reviewer: '办公室' });
    const clerk = await openClerkSheet((await exportFor()).dataBase64);
    const untouched = await clerk.save();
    const same = await t.backend['sheet.preview']({ departmentId: dept, source: { name: 'x.xlsx', dataBase64: untouched } });
    expect(same.matched.find((m) => m.taskId === a.taskId)?.outcome).toBe('unchanged');
    clerk.set(a.title, '完成进度(%)', 70);
    clerk.set(b.title, '完成进度(%)', 70);
    const source = { name: 'x.xlsx', dataBase64: await clerk.save() };
    const preview = await t.backend['sheet.preview']({ departmentId: dept, source });
    expect(preview.unplaced).toEqual([expect.objectContaining({ reason: expect.stringContaining('本期报告已提交,不能再修改') })]);
    await t.backend['sheet.import']({ departmentId: dept, periodId: Q4, source });
    expect((await t.backend['progress.get']({ taskId: a.taskId, departmentId: dept, periodId: Q4 })).form.percent).toBe('50');
    const returned = await t.backend['progress.get']({ taskId: b.taskId, departmentId: dept, periodId: Q4 });
    expect([returned.state, returned.form.percent, returned.report?.percent, returned.draftSavedAt !== null]).toEqual(['returned', '70', 50, true]);
  });
});

describe('rows that are not placed, each with its reason', () => {
  test('another unit’s task, text over 5,000 characters, the same task twice', async () => {
    const commerceTask = (await t.backend['workbench.myTasks']({ departmentId: await findDepartment(t.backend, '市商务局') })).rows.find((r) => r.role === 'lead');
    const clerk = await openClerkSheet((await exportFor()).dataBase64);
    const foreign = clerk.addRow({ 序号: commerceTask?.code ?? '', 工作任务: commerceTask?.title ?? '', '任务识别码(请勿修改)': commerceTask?.taskId ?? '', 状态: '滞后' });
    clerk.set('持续改善环境质量', '进展情况', '长'.repeat(5001));
    const twice = clerk.addRow({ 序号: '1', 工作任务: '提高农产品优质供给水平', 状态: '滞后' });
    const preview = await t.backend['sheet.preview']({ departmentId: dept, source: { name: 'x.xlsx', dataBase64: await clerk.save() } });
    expect(preview.unplaced.map((u) => [u.rowNumber, u.reason])).toEqual([
      [clerk.rowOf('持续改善环境质量'), '进展情况超过 5000 字(共 5001 字),请精简后再导入'],
      [foreign, `任务“${commerceTask?.code} ${commerceTask?.title}”不是市农业农村局牵头或参与的任务`],
      [twice, `与第 ${clerk.rowOf('提高农产品优质供给水平')} 行是同一项任务,只导入第 ${clerk.rowOf('提高农产品优质供给水平')} 行`],
    ]);
  });
});

describe('sheets that are refused outright, with nothing written', () => {
  test('a sheet of another unit, of another period, and a sheet with its identification removed', async () => {
    const commerce = await findDepartment(t.backend, '市商务局');
    const other = await refusal(t.backend['sheet.preview']({ departmentId: dept, source: { name: 'a.xlsx', dataBase64: (await exportFor(commerce)).dataBase64 } }));
    expect([other.code, other.message]).toEqual(['refused', '这是“市商务局”的填报表,当前单位是“市农业农村局”,不能导入。请导入本单位导出的填报表。']);

    const q3 = await openClerkSheet((await exportFor(dept, '2026-Q3')).dataBase64);
    q3.set('提高农产品优质供给水平', '状态', '正常推进');
    const source = { name: 'q3.xlsx', dataBase64: await q3.save() };
    const period = await refusal(t.backend['sheet.import']({ departmentId: dept, periodId: Q4, source }));
    expect(period.message).toBe('这是2026年第三季度的填报表,当前报告期是2026年第四季度,不能导入。请导出本期的填报表重新填写。');

    const stripped = await openClerkSheet((await exportFor()).dataBase64);
    stripped.book.removeWorksheet('督办识别信息');
    const noMeta = await refusal(t.backend['sheet.preview']({ departmentId: dept, source: { name: 'b.xlsx', dataBase64: await stripped.save() } }));
    expect(noMeta.message).toContain('表中缺少督办的识别信息');
    expect(draftsTable()).toEqual([]);
  });

  test('not an xlsx, a damaged one, an old .xls, a zip bomb and a huge sheet: typed Chinese refusals', async () => {
    const { zipSync } = await import('fflate');
    const good = Buffer.from((await exportFor()).dataBase64, 'base64');
    const workbookXml = new TextEncoder().encode('<workbook/>');
    const cases: [string, Uint8Array, string][] = [
      ['notes.xlsx', new TextEncoder().encode('这不是表格'), '不是 Excel(.xlsx)文件'],
      ['cut.xlsx', good.subarray(0, good.length / 2), '文件已损坏'],
      ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), '旧版 Excel 文件(.xls)'],
      ['bomb.xlsx', zipSync({ 'xl/workbook.xml': workbookXml, 'xl/worksheets/sheet1.xml': new Uint8Array(70 * 1024 * 1024) }, { level: 9 }), '压缩炸弹'],
      ['huge.xlsx', zipSync({ 'xl/workbook.xml': workbookXml, 'xl/worksheets/sheet1.xml': new TextEncoder().encode(`<sheetData>${'<row r="1"/>'.repeat(20_001)}</sheetData>`) }), '表格行数过多'],
    ];
    for (const [name, bytes, words] of cases) {
      const error = await refusal(t.backend['sheet.preview']({ departmentId: dept, source: { name, dataBase64: Buffer.from(bytes).toString('base64') } }));
      expect([name, error.code, error.message]).toEqual([name, 'bad_input', expect.stringContaining(words)]);
    }
    expect(draftsTable()).toEqual([]);
  });
});
