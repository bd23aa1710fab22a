// The office's own columns (issue 19): added, renamed, reordered, hidden and filled at the office, checked
// by kind, refused on a department PC; exported to Excel in the office's order (hidden ones left out);
// carried to a department in the plan-update package and shown there read-only.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, exportTo, makeDepartment, makeOffice, tasksOf, type Site } from '../helpers/sync-fixture.js';
import { base64, makeXlsx } from '../helpers/plan-files.js';
import { makeTempBackend, makeTempDir } from '../helpers/temp-backend.js';
import { TASK_COLUMNS } from '../../shared/plan/task-columns.js';

const headerRow = async (base64: string): Promise<{ headers: unknown[]; rows: unknown[][] }> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('任务进展')!;
  const values = (n: number): unknown[] => (sheet.getRow(n).values as unknown[]).slice(1);
  const rows: unknown[][] = [];
  for (let n = 4; n <= sheet.rowCount; n += 1) rows.push(values(n));
  return { headers: values(3), rows };
};

describe("the office's own columns", () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-columns-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('adds, renames, reorders, hides and fills them; exports them in order; carries them to a department read-only', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(office, dept);
    const leader = await call(office, 'columns.add', { name: '责任领导', kind: 'person' });
    const due = await call(office, 'columns.add', { name: '调整后时限', kind: 'date' });
    const done = await call(office, 'columns.add', { name: '是否重点', kind: 'choice', choices: ['是', '否', '是'] });
    const note = await call(office, 'columns.add', { name: '备注', kind: 'text' });
    expect(done.choices).toEqual(['是', '否']);
    await expect(call(office, 'columns.add', { name: '牵头部门', kind: 'text' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(call(office, 'columns.add', { name: '空选项', kind: 'choice' })).rejects.toMatchObject({ code: 'bad_input' });

    await call(office, 'columns.update', { id: leader.id, name: '分管领导' });
    await call(office, 'columns.move', { id: note.id, direction: 'left' });
    await call(office, 'columns.update', { id: due.id, isHidden: true });
    const listed = await call(office, 'columns.list', {});
    expect(listed.map((c) => [c.name, c.isHidden])).toEqual([
      ['分管领导', false],
      ['调整后时限', true],
      ['备注', false],
      ['是否重点', false],
    ]);

    const task = (await tasksOf(office, '市商务局')).lead[0]!;
    await call(office, 'columns.setValue', { taskId: task.id, columnId: leader.id, value: '王副市长' });
    expect((await call(office, 'columns.setValue', { taskId: task.id, columnId: due.id, value: '2027年6月30日' })).value).toBe('2027-06-30');
    await call(office, 'columns.setValue', { taskId: task.id, columnId: done.id, value: '是' });
    await call(office, 'columns.setValue', { taskId: task.id, columnId: note.id, value: '按月调度' });
    await expect(call(office, 'columns.setValue', { taskId: task.id, columnId: done.id, value: '也许' })).rejects.toMatchObject({
      code: 'bad_input',
      message: '“是否重点”只能选:是、否',
    });
    await expect(call(office, 'columns.setValue', { taskId: task.id, columnId: due.id, value: '明年' })).rejects.toMatchObject({ code: 'bad_input' });
    const filled = (await call(office, 'tasks.list', {})).find((t) => t.id === task.id)!;
    expect(filled.custom).toEqual({ [leader.id]: '王副市长', [due.id]: '2027-06-30', [done.id]: '是', [note.id]: '按月调度' });
    // Clearing a cell empties it.
    await call(office, 'columns.setValue', { taskId: task.id, columnId: note.id, value: '' });
    await call(office, 'columns.setValue', { taskId: task.id, columnId: note.id, value: '按月调度' });

    // Excel: after 完成时限, the visible columns in the office's order, then the period's report.
    const file = await call(office, 'reports.exportXlsx', { periodId: '2026-Q4' });
    const { headers, rows } = await headerRow(file.dataBase64);
    // The built-in columns come from the one list, so a new built-in column does not move this check.
    const after = TASK_COLUMNS.length;
    expect(headers.slice(after - 1, after + 4)).toEqual([TASK_COLUMNS[after - 1]?.header, '分管领导', '备注', '是否重点', '状态']);
    const row = rows.find((r) => r[1] === task.title)!;
    expect(row.slice(after, after + 3)).toEqual(['王副市长', '按月调度', '是']);

    // To the department in the plan-update package, read-only there.
    const down = await exportTo(office, join(tmp.dir, 'down.duban'), '市商务局');
    expect(down.kind).toBe('plan-update');
    const result = await call(dept, 'sync.import', { sources: [{ path: down.path }], trust: [] });
    expect(result.files[0]).toMatchObject({ outcome: 'applied', counts: { refused: 0, conflicts: 0 } });
    expect((await call(dept, 'columns.list', {})).map((c) => c.name)).toEqual(['分管领导', '调整后时限', '备注', '是否重点']);
    const there = (await tasksOf(dept, '市商务局')).lead.find((t) => t.id === task.id)!;
    expect(there.custom[leader.id]).toBe('王副市长');
    await expect(call(dept, 'columns.setValue', { taskId: task.id, columnId: leader.id, value: '改' })).rejects.toMatchObject({ code: 'refused' });
    await expect(call(dept, 'columns.add', { name: '部门自加', kind: 'text' })).rejects.toMatchObject({ code: 'refused' });
  });

  it('keeps an .xlsx plan’s unknown columns (责任领导, 备注) as custom columns, shown in the preview', async () => {
    const site = makeTempBackend({ withDemo: false });
    try {
      const xlsx = await makeXlsx([
        ['某县质量强县工作任务分解表'],
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '责任领导', '备注'],
        [1, '优化营商环境', '县发改局', '县财政局', '2023年6月', '张副县长', '每月调度'],
        [2, '质量教育', '县教育局', '', '持续推进', '李副县长', ''],
      ]);
      const arg = { fileName: '分解表.xlsx', contentBase64: base64(xlsx) };
      const { plan } = await site.backend['plans.preview'](arg);
      expect(plan.extraColumns).toEqual(['责任领导', '备注']);
      expect(plan.tasks.map((t) => t.extra)).toEqual([{ 责任领导: '张副县长', 备注: '每月调度' }, { 责任领导: '李副县长' }]);
      const imported = await site.backend['plans.import'](arg);
      const columns = await site.backend['columns.list']({ planId: imported.planId });
      expect(columns.map((c) => [c.name, c.kind])).toEqual([
        ['责任领导', 'text'],
        ['备注', 'text'],
      ]);
      const tasks = await site.backend['tasks.list']({ planId: imported.planId });
      expect(tasks.map((t) => columns.map((c) => t.custom[c.id] ?? ''))).toEqual([
        ['张副县长', '每月调度'],
        ['李副县长', ''],
      ]);
    } finally {
      site.cleanup();
    }
  });
});
