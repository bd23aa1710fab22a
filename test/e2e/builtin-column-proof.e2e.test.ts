// Proof of docs/adding-a-column.md (issue 19): the built-in column 联系人 added by its migration, its line
// in db/migrations/index.ts and one entry in shared/plan/task-columns.ts is read from an .xlsx and a
// .docx with that header, shows in the import preview and the task table, goes into the Excel export,
// and a revised document changes it (previewed) without wiping a value it leaves empty.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../hosts/http/server.js';
import { assertBuilt, launchChromium, newPage, rendererBuild, screenshot } from '../helpers/browser.js';
import { base64, makeDocx, makeXlsx } from '../helpers/plan-files.js';
import { makeTempBackend, makeTempDir, type TempBackend } from '../helpers/temp-backend.js';
import { call, exportTo, makeDepartment, makeOffice } from '../helpers/sync-fixture.js';
import { updateSynced } from '../../db/sync/synced-write.js';

const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '联系人'];

describe('a built-in column from one list entry', () => {
  let browser: Browser;
  let host: HttpHost;
  let temp: TempBackend;
  let page: Page;
  const files = makeTempDir('duban-e2e-builtin-');
  const headers = () => page.locator('.task-table thead th').allTextContents();

  beforeAll(async () => {
    assertBuilt();
    temp = makeTempBackend({ withDemo: false });
    host = await startHttpHost({ handlers: temp.backend, staticDir: rendererBuild });
    browser = await launchChromium();
    page = await newPage(browser, { height: 768 });
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    temp?.cleanup();
    files.cleanup();
  });

  it('reads it from a .docx table', async () => {
    const docx = makeDocx(['某县工作任务分解表', [HEADER, ['1', '优化营商环境', '县发改局', '县财政局', '2023年6月', '张三 0759-1234']]]);
    const { plan } = await temp.backend['plans.preview']({ fileName: '分解表.docx', contentBase64: base64(docx) });
    expect(plan.tasks.map((t) => t.cells)).toEqual([{ contact_person: '张三 0759-1234' }]);
    expect(plan.extraColumns ?? []).toEqual([]);
  });

  it('shows it in the preview and the task table, and exports it to Excel', async () => {
    const path = join(files.dir, '分解表.xlsx');
    writeFileSync(
      path,
      await makeXlsx([
        ['某县质量强县工作任务分解表'],
        HEADER,
        [1, '优化营商环境', '县发改局', '县财政局', '2023年6月', '张三'],
        [2, '质量教育', '县教育局', '', '持续推进', '李四'],
      ]),
    );
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles(path);
    await page.locator('tr[data-path="1"] td.col-contact_person', { hasText: '张三' }).waitFor();
    await screenshot(page, 'builtin-column-preview');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入' }).waitFor();
    await page.getByRole('button', { name: '任务分解表' }).click();
    await expect.poll(headers, { timeout: 15_000 }).toEqual(['序号', '工作任务', '牵头部门', '参与部门', '完成时限', '联系人']);
    await expect.poll(() => page.locator('tr[data-task-code="2"] td.col-contact_person').textContent(), { timeout: 15_000 }).toBe('李四');
    await screenshot(page, 'builtin-column-table');

    const file = await temp.backend['reports.exportXlsx']({});
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('任务进展')!;
    const row = (n: number): unknown[] => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(3).slice(0, 7)).toEqual(['序号', '工作任务', '主要内容', '牵头部门', '参与部门', '完成时限', '联系人']);
    expect(row(4)[6]).toBe('张三');
  });

  it('takes a revised document’s values and keeps one it leaves empty', async () => {
    const revised = await makeXlsx([
      ['某县质量强县工作任务分解表'],
      HEADER,
      [1, '优化营商环境', '县发改局', '县财政局', '2023年6月', '王五'],
      [2, '质量教育', '县教育局', '', '持续推进', ''],
    ]);
    const arg = { fileName: '分解表(修订).xlsx', contentBase64: base64(revised) };
    const preview = await temp.backend['plans.preview'](arg);
    expect(preview.diff?.columns.changed.map((c) => [c.code, c.column, c.before, c.after])).toEqual([['1', '联系人', '张三', '王五']]);
    expect(preview.diff?.columns.keptCount).toBe(1);
    await temp.backend['plans.import'](arg);
    const tasks = await temp.backend['tasks.list']({});
    expect(tasks.map((t) => t.cells)).toEqual([{ contact_person: '王五' }, { contact_person: '李四' }]);
  });

  it('travels to a department in the plan-update package', async () => {
    const office = await makeOffice(files.dir);
    const dept = await makeDepartment(files.dir, office, '市商务局', 'shangwu');
    try {
      const task = (await call(office, 'tasks.list', {}))[0]!;
      const { db, identity } = office.backend.context;
      db.transaction(() => updateSynced(db, identity.originId, 'tasks', task.id, { id: task.id }, { contact_person: '张三' }))();
      const down = await exportTo(office, join(files.dir, 'down.duban'), '市商务局');
      expect((await call(dept, 'sync.import', { sources: [{ path: down.path }], trust: [] })).files[0]?.outcome).toBe('applied');
      expect((await call(dept, 'tasks.list', {})).find((t) => t.id === task.id)?.cells).toEqual({ contact_person: '张三' });
    } finally {
      office.backend.close();
      dept.backend.close();
    }
  });
});
