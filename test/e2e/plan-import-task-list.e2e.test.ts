// The import preview in Chromium, when the reader got the task list wrong: the office takes out a read task
// that is not one (不是任务), puts it back from 未导入的行, takes in a line the reader left there (作为任务),
// sets its lead, and imports exactly the tasks it now sees.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { TASK_LIST_PLAN as PLAN } from '../helpers/task-list-plan.js';

const app = serveAppForTests({ withDemo: false, filesPrefix: 'duban-e2e-tasklist-' });

describe('plan import preview: what is a task', () => {
  it('takes a task out, puts it back, takes a line in as a task with its lead, and imports what it shows', async () => {
    const path = join(app().files.dir, '河湖长制任务分工.txt');
    writeFileSync(path, PLAN);
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles(path);
    await page.getByRole('tab', { name: /任务 3/ }).waitFor();

    // The closing remark is no task.
    const remark = page.locator('tr', { hasText: '本分工' });
    await remark.getByRole('button', { name: /不是任务/ }).click();
    await page.getByRole('tab', { name: /任务 2/ }).waitFor();
    await expect(page.locator('.preview-tasks').textContent()).resolves.not.toContain('本分工');

    // It waits in 未导入的行 and can be put back, then taken out again.
    await page.getByRole('tab', { name: /未导入的行/ }).click();
    const dropped = page.locator('.unplaced', { hasText: '不是任务' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'plan-import-task-dropped');
    await dropped.getByRole('button', { name: '恢复为任务' }).click();
    await page.getByRole('tab', { name: /任务 3/ }).waitFor();
    await page.getByRole('tab', { name: /^任务/ }).click();
    await page.locator('tr', { hasText: '本分工' }).getByRole('button', { name: /不是任务/ }).click();
    await page.getByRole('tab', { name: /任务 2/ }).waitFor();

    // The stray line before the first heading is a task: take it in; its clause gives lead and helpers.
    await page.getByRole('tab', { name: /未导入的行/ }).click();
    const stray = page.locator('.unplaced', { hasText: '推进河道清淤疏浚' });
    await stray.getByRole('button', { name: /作为任务/ }).click();
    await page.getByRole('tab', { name: /任务 3/ }).waitFor();
    await page.getByRole('tab', { name: /^任务/ }).click();
    const taken = page.locator('tr', { hasText: '推进河道清淤疏浚' });
    await expect(taken.textContent()).resolves.toContain('镇水务站');
    await expect(taken.textContent()).resolves.toContain('镇财政所、镇农业服务中心');

    // The office corrects its lead like any other task's.
    await taken.getByRole('button', { name: /的牵头单位/ }).click();
    await taken.getByLabel('牵头单位(用顿号分隔)').fill('镇水务站、镇财政所');
    await taken.getByRole('button', { name: '确定' }).click();
    await page.locator('tr', { hasText: '推进河道清淤疏浚' }).locator('td', { hasText: '镇水务站、镇财政所' }).first().waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'plan-import-task-list');

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入:任务 3 项' }).waitFor();
    const stored = await app().temp.backend['tasks.list']({});
    expect(stored.map((t) => t.title)).toEqual(['推进河道清淤疏浚', '开展河湖“清四乱”行动', '加强入河排污口监管']);
    const first = stored[0];
    expect(first?.leads.map((l) => l.name)).toEqual(['镇水务站', '镇财政所']);
    expect(first?.participants.map((l) => l.name)).toEqual(['镇农业服务中心']);
  });
});
