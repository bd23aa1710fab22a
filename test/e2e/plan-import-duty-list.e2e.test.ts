// The import preview in Chromium on a 职责分工 page in the shapes heldout78–83 showed misread: a unit's heading over its
// points (`1、甲区政府负责:` / `(1)…`), the same point printed under two units, and a unit's name alone over its duty
// (`3、市交警支队` / the duty on the next line). The office sees one task per point with its unit, and imports them.
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { previewPlanText } from '../helpers/plan-preview.js';
import { serveAppForTests } from '../helpers/served-app.js';

const app = serveAppForTests({ withDemo: false, filesPrefix: 'duban-e2e-duty-list-' });

const DUTY_LIST = [
  '城区扬尘污染整治职责分工',
  '一、各区职责',
  '1、甲区政府负责:',
  '(1)取缔建成区燃煤小锅炉。',
  '(2)组织辖区企业实施废气治理,限期达标排放。',
  '2、乙区政府负责:',
  '(1)整治城乡结合部露天烧烤。',
  '(2)组织辖区企业实施废气治理,限期达标排放。',
  '二、部门职责',
  '1、市交警支队',
  '严查冒黑烟车辆上路,加强渣土车运输管理。',
  '2、市城管局',
  '负责城区道路清扫保洁,增加洒水冲洗频次。',
].join('\n');

describe('plan import preview: a duty list of unit headings over their points', () => {
  it('shows each point as a task of its unit, the repeated point under both districts, and imports them', async () => {
    const page = await previewPlanText(app(), '扬尘整治职责分工.txt', DUTY_LIST);
    await page.getByRole('tab', { name: /任务 6/ }).waitFor();
    await expect(page.locator('tr', { hasText: '组织辖区企业实施废气治理' }).count()).resolves.toBe(2);
    await page.locator('tr', { hasText: '取缔建成区燃煤小锅炉' }).locator('td', { hasText: '甲区政府' }).first().waitFor();
    // `甲区政府负责:` names its unit in so many words: no 推定 tag.
    await expect(page.locator('tr', { hasText: '取缔建成区燃煤小锅炉' }).textContent()).resolves.not.toContain('推定');
    await page.locator('tr', { hasText: '严查冒黑烟车辆上路' }).locator('td', { hasText: '市交警支队' }).first().waitFor();
    await screenshot(page, 'plan-import-duty-list');

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '已导入:任务 6 项' }).waitFor();
    const stored = await app().temp.backend['tasks.list']({});
    expect(stored.map((t) => [t.title.split(/[,。]/)[0], t.leads.map((l) => l.name)])).toEqual([
      ['取缔建成区燃煤小锅炉', ['甲区政府']],
      ['组织辖区企业实施废气治理', ['甲区政府']],
      ['整治城乡结合部露天烧烤', ['乙区政府']],
      ['组织辖区企业实施废气治理', ['乙区政府']],
      ['严查冒黑烟车辆上路', ['市交警支队']],
      ['负责城区道路清扫保洁', ['市城管局']],
    ]);
  });
});
