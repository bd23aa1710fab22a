// The import preview in Chromium on a page no shaped reader knows: a county news report whose paragraphs each open
// with the unit that does the work (shared/plan/unit-led-pieces.ts). The office sees one task per unit with its lead,
// the headline and lead-in left out, and imports them.
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { previewPlanText } from '../helpers/plan-preview.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { UNIT_LED_NEWS } from '../helpers/unit-led-news.js';

const app = serveAppForTests({ withDemo: false, filesPrefix: 'duban-e2e-unit-led-' });

describe('plan import preview: a news report with no numbering and no labels', () => {
  it('shows one task per unit-led paragraph and imports them with their units', async () => {
    const page = await previewPlanText(app(), '中考服务保障.txt', UNIT_LED_NEWS);
    await page.getByRole('tab', { name: /任务 4/ }).waitFor();
    await page.getByText('以下 4 项任务是按“以单位开头的句子”读出的').waitFor();
    const police = page.locator('tr', { hasText: '县交警大队承担考点周边交通疏导任务' });
    await police.locator('td', { hasText: '县交警大队' }).first().waitFor();
    await expect(page.locator('tr', { hasText: '县卫健局、县疾控中心安排医护人员' }).textContent()).resolves.toContain('推定');
    await expect(page.locator('tr', { hasText: '中考临近' }).count()).resolves.toBe(0);
    await screenshot(page, 'plan-import-unit-led');

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入:任务 4 项' }).waitFor();
    const stored = await app().temp.backend['tasks.list']({});
    expect(stored.map((t) => [t.leads.map((l) => l.name), t.participants.map((l) => l.name)])).toEqual([
      [['县交警大队'], []],
      [['县市场监管局'], []],
      [['县卫健局'], ['县疾控中心']],
      [['县供电公司'], []],
    ]);
  });
});
