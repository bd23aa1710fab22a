// The import preview in Chromium, when the reader gets a whole section's units wrong the same way: the office
// ticks a section, sets its lead once, makes another section's listed units lead together, takes a task out,
// and imports exactly what it then sees.
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { previewPlanText } from '../helpers/plan-preview.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { BULK_PLAN } from '../helpers/bulk-plan.js';

const app = serveAppForTests({ withDemo: false, filesPrefix: 'duban-e2e-bulk-' });

describe('plan import preview: correcting many tasks at once', () => {
  it('sets a section lead once, makes listed units co-lead, drops a task, and imports what it shows', async () => {
    const page = await previewPlanText(app(), '民生实事任务分工.txt', BULK_PLAN);
    await page.getByRole('tab', { name: /任务 6/ }).waitFor();
    await page.getByRole('tab', { name: /待处理 3/ }).waitFor();
    const bar = page.getByRole('region', { name: '批量修改' });
    await expect(bar.count()).resolves.toBe(0);

    // A ticked task taken out on its own is no longer counted; put back, it is not ticked.
    await page.getByLabel('选择任务 6').check();
    await bar.getByText('已选 1 项任务').waitFor();
    await page.locator('tr', { hasText: '做好实事项目的宣传' }).getByRole('button', { name: /不是任务/ }).click();
    await page.getByRole('tab', { name: /任务 5/ }).waitFor();
    await expect(bar.count()).resolves.toBe(0);
    await page.getByRole('tab', { name: /未导入的行/ }).click();
    // Three tasks with no lead: the list points to the tick boxes.
    await page.getByText('有 3 项任务没有找到牵头单位:可在“任务”页勾选这些任务').waitFor();
    await page.locator('.unplaced', { hasText: '做好实事项目的宣传' }).getByRole('button', { name: '恢复为任务' }).click();
    await page.getByRole('tab', { name: /任务 6/ }).waitFor();
    await page.getByRole('tab', { name: /^任务/ }).click();
    await expect(page.getByLabel('选择任务 6').isChecked()).resolves.toBe(false);

    // A whole section with no unit read: one lead for all three.
    await page.getByLabel('选择“教育卫生”下的全部任务').check();
    await bar.getByText('已选 3 项任务').waitFor();
    await expect(bar.getByRole('button', { name: '设为牵头单位' }).isDisabled()).resolves.toBe(true);
    await bar.getByLabel('批量设定的单位(用顿号分隔)').fill('县教育局、县卫健局');
    await screenshot(page, 'plan-import-bulk-bar');
    await bar.getByRole('button', { name: '设为牵头单位' }).click();
    await page.locator('tr', { hasText: '培训乡村医生200人次' }).locator('td', { hasText: '县教育局、县卫健局' }).waitFor();
    for (const title of ['新建公办幼儿园3所', '改造乡镇卫生院5所']) {
      await expect(page.locator('tr', { hasText: title }).textContent()).resolves.toContain('县教育局、县卫健局');
    }
    await expect(page.getByRole('tab', { name: /待处理/ }).count()).resolves.toBe(0);
    await expect(bar.count()).resolves.toBe(0);

    // The other section's listed units lead together, not only the first; one of its tasks is no task.
    await page.getByLabel('选择“城乡建设”下的全部任务').check();
    await page.getByLabel('选择任务 6').uncheck();
    await bar.getByText('已选 2 项任务').waitFor();
    await bar.getByRole('button', { name: '所列单位共同牵头' }).click();
    const road = page.locator('tr', { hasText: '新建农村公路30公里' });
    await road.locator('td', { hasText: '县交通运输局、县财政局、各乡镇' }).waitFor();
    await expect(road.textContent()).resolves.not.toContain('推定');
    await page.getByLabel('选择任务 6').check();
    await bar.getByRole('button', { name: '都不是任务' }).click();
    await page.getByRole('tab', { name: /任务 5/ }).waitFor();
    await screenshot(page, 'plan-import-bulk-done');

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入:任务 5 项' }).waitFor();
    const stored = await app().temp.backend['tasks.list']({});
    expect(stored.map((t) => [t.title, t.leads.map((l) => l.name), t.participants.map((l) => l.name)])).toEqual([
      ['新建公办幼儿园3所', ['县教育局', '县卫健局'], []],
      ['改造乡镇卫生院5所', ['县教育局', '县卫健局'], []],
      ['培训乡村医生200人次', ['县教育局', '县卫健局'], []],
      ['改造老旧小区12个', ['县住建局', '县财政局'], []],
      ['新建农村公路30公里', ['县交通运输局', '县财政局', '各乡镇'], []],
    ]);
  });
});
