// The import preview in Chromium on two shapes the pages of heldout84–99 showed misread: a rectification notice whose
// 整改措施 lines order a unit to act (`责令X立即…`, `X责令施工单位…`), and a duty table whose unit column comes first,
// printed one row per line (`序号 涉及部门 职责分工` / `1 市公安局 负责…`) above the list of documents it rests on. The
// office sees each item with the unit that answers for it, and imports them.
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { previewPlanText } from '../helpers/plan-preview.js';
import { serveAppForTests } from '../helpers/served-app.js';

const app = serveAppForTests({ withDemo: false, filesPrefix: 'duban-e2e-rectification-' });

const NOTICE = [
  '关于公路安全隐患排查整改情况的通报',
  '1.路面坑槽破损。',
  '存在问题:某线大桥东侧路面坑槽破损,影响行车安全。',
  '整改措施:责令县公路养护中心立即对路面进行修复。',
  '2.施工现场无警示标识。',
  '存在问题:某镇危桥改造现场无任何安全警示标识。',
  '整改措施:县交通质量监督站责令施工单位立即整改。',
].join('\n');

const DUTY_TABLE = [
  '烟花爆竹安全监管职责边界',
  '序号 涉及部门 职责分工',
  '1 市公安局 负责运输通行证发放和运输路线确定工作。',
  '2 市应急管理局 负责生产、经营、储存单位的安全生产监督管理。',
  '3 市市场监督管理局 负责生产环节产品质量监督。',
  '相关依据:',
  '1.《烟花爆竹安全管理条例》(国务院令第455号)',
  '2.市公安局“三定”规定',
].join('\n');

describe('plan import preview: rectification orders and a unit-first duty table', () => {
  it('gives each hazard the unit its 整改措施 line orders, or that orders', async () => {
    const page = await previewPlanText(app(), '隐患整改通报.txt', NOTICE);
    await page.getByRole('tab', { name: /任务 2/ }).waitFor();
    await page.locator('tr', { hasText: '路面坑槽破损' }).locator('td', { hasText: '县公路养护中心' }).first().waitFor();
    await page.locator('tr', { hasText: '施工现场无警示标识' }).locator('td', { hasText: '县交通质量监督站' }).first().waitFor();
    await expect(page.locator('tr', { hasText: '施工现场无警示标识' }).textContent()).resolves.not.toContain('施工单位、');
    await screenshot(page, 'plan-import-rectification');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入:任务 2 项' }).waitFor();
  });

  it('reads a unit-first table row by row and leaves the documents it rests on out of the tasks', async () => {
    const page = await previewPlanText(app(), '烟花爆竹职责边界.txt', DUTY_TABLE);
    await page.getByRole('tab', { name: /任务 3/ }).waitFor();
    await page.locator('tr', { hasText: '负责运输通行证发放' }).locator('td', { hasText: '市公安局' }).first().waitFor();
    await page.locator('tr', { hasText: '负责生产环节产品质量监督' }).locator('td', { hasText: '市市场监督管理局' }).first().waitFor();
    await expect(page.locator('tr', { hasText: '烟花爆竹安全管理条例' }).count()).resolves.toBe(0);
    await screenshot(page, 'plan-import-unit-first-table');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入:任务 3 项' }).waitFor();
    // The notice imported by the walk above shares this backend: only the table's tasks are compared.
    const stored = (await app().temp.backend['tasks.list']({})).filter((t) => t.title.startsWith('负责'));
    expect(stored.map((t) => [t.title.split(/[,。]/)[0], t.leads.map((l) => l.name)])).toEqual([
      ['负责运输通行证发放和运输路线确定工作', ['市公安局']],
      ['负责生产、经营、储存单位的安全生产监督管理', ['市应急管理局']],
      ['负责生产环节产品质量监督', ['市市场监督管理局']],
    ]);
  });
});
