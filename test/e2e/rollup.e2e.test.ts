// Roll-ups in Chromium, two offices each on its own database and page: the city office clicks 上报上级
// (a real download), the province picks the file with 导入下级汇总, confirms the city's fingerprint and
// opens the city's plan read-only (figures, decomposition table); a tampered roll-up is refused in Chinese.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../hosts/http/server.js';
import { newPage, rendererBuild, screenshot } from '../helpers/browser.js';
import { privateKeyOf, repack, sha256 } from '../helpers/package-tamper.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { call, exportTo, fingerprintOfSite, initOffice, makeDepartment, openSite, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';

describe('roll-up between two offices in Chromium', () => {
  let tmp: { dir: string };
  let city: Site;
  let province: Site;
  let provinceHost: HttpHost;
  let cityPage: Page;
  let provincePage: Page;
  let provinceFingerprint = '';
  let rollupPath = '';

  /** Two pages in one browser: the one photographed is brought to the front first, or Chromium may not paint it. */
  const shot = async (page: Page, name: string): Promise<void> => {
    await page.bringToFront();
    await screenshot(page, name);
  };

  const openRollupTab = async (page: Page): Promise<void> => {
    await page.getByRole('button', { name: '数据交换' }).click();
    await page.getByRole('tab', { name: '上报与汇总' }).click();
  };

  /** A step that cannot happen fails with its own message, instead of waiting out the test's timeout. */
  const failFast = (page: Page): void => page.setDefaultTimeout(20_000);

  // The app served is the city office's; the province's is served beside it.
  const app = serveAppForTests({
    filesPrefix: 'duban-e2e-rollup-',
    prepare: async (temp, tmp) => {
      city = await initOffice({ ...temp, name: 'office' });
      for (const [unit, percent, progress] of [
        ['市商务局', 45, '四季度完成外贸企业走访 12 家,签约项目 3 个'],
        ['市财政局', 100, '质量提升专项资金 800 万元已全部拨付'],
      ] as const) {
        const dept = await makeDepartment(tmp.dir, city, unit);
        const task = (await tasksOf(dept, unit)).lead[0]!;
        writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: percent === 100 ? 'done' : 'on_track', percent, progress });
        const pkg = await exportTo(dept, join(tmp.dir, 'stick') + '/');
        await call(city, 'sync.import', { sources: [{ path: pkg.path }], trust: [await fingerprintOfSite(dept)] });
        dept.backend.close(); // only the setup needs the units
      }
      // The province: an office of its own, with no plan of its own yet.
      province = openSite(tmp.dir, 'province', { isOffice: false });
      provinceFingerprint = (await call(province, 'sync.init', { role: 'office', name: '广东省市场监管局' })).fingerprint;
      provinceHost = await startHttpHost({ handlers: province.backend, staticDir: rendererBuild });
    },
    page: { width: 1366, height: 768, beforeGoto: failFast },
  });

  beforeAll(async () => {
    ({ files: tmp, page: cityPage } = app());
    provincePage = await newPage(app().browser, { width: 1366, height: 768 });
    failFast(provincePage);
    await provincePage.goto(provinceHost.url);
  });

  afterAll(async () => {
    await provinceHost?.close();
    province?.backend.close();
  });

  it('the city office clicks 上报上级 and the roll-up downloads', async () => {
    await openRollupTab(cityPage);
    await cityPage.getByLabel('上级单位').fill(provinceFingerprint);
    const [download] = await Promise.all([cityPage.waitForEvent('download'), cityPage.getByRole('button', { name: '上报上级' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^湛江市质量强市工作领导小组办公室-汇总上报包-(\d{4}年第.季度-)?\d{8}(\(\d+\))?\.duban$/);
    rollupPath = join(tmp.dir, download.suggestedFilename());
    await download.saveAs(rollupPath);
    await cityPage.getByText('已生成汇总上报包(原样附上 2 个部门进度包').waitFor();
    await shot(cityPage, 'rollup-city-made');
  });

  it('the province picks it, confirms the fingerprint and opens the city plan read-only', async () => {
    await openRollupTab(provincePage);
    await provincePage.getByText('还没有导入下级汇总').waitFor();
    await provincePage.getByLabel('选择下级汇总包').setInputFiles(rollupPath);
    const report = provincePage.getByRole('table', { name: '导入报告' });
    await expect.poll(async () => (await report.textContent()) ?? '').toContain('待确认指纹');
    expect(await report.textContent()).toContain(await fingerprintOfSite(city));
    await shot(provincePage, 'rollup-province-trust');
    await provincePage.getByRole('button', { name: '指纹一致,确认登记并导入' }).click();
    await expect.poll(async () => (await report.textContent()) ?? '').toContain('签名全部有效');
    const list = provincePage.getByRole('table', { name: '已导入的下级汇总' });
    await expect.poll(async () => (await list.textContent()) ?? '').toContain('湛江市质量强市工作领导小组办公室');
    expect(await list.textContent()).toContain('2026年第四季度');
    await shot(provincePage, 'rollup-province-list');

    await list.getByRole('button', { name: /只读查看/ }).click();
    const viewer = provincePage.getByTestId('rollup-viewer');
    await viewer.getByText('只读查看', { exact: true }).waitFor();
    expect(await viewer.textContent()).toContain('湛江市开展质量提升行动的方案');
    await viewer.locator('canvas').first().waitFor();
    await shot(provincePage, 'rollup-province-view-figures');
    await viewer.getByRole('tab', { name: /任务分解表/ }).click();
    await viewer.locator('tr[data-task-code]').first().waitFor();
    expect(await viewer.locator('tr[data-task-code]').count()).toBe(30);
    await shot(provincePage, 'rollup-province-view-tasks');
    // Read-only: no input writes anything; the view offers no edit, only going back.
    expect(await viewer.locator('textarea').count()).toBe(0);
    await viewer.getByRole('button', { name: '返回汇总列表' }).click();
    await list.waitFor();
  });

  it('refuses a tampered roll-up in Chinese and changes nothing', async () => {
    const tampered = repack(new Uint8Array(readFileSync(rollupPath)), privateKeyOf(city.dbPath), (files) => {
      const first = Object.keys(files).filter((p) => p.startsWith('packages/')).sort()[0]!;
      const inner = Buffer.from(files[first]!);
      const at = Math.floor(inner.length / 2);
      inner.writeUInt8(inner.readUInt8(at) ^ 0x04, at);
      files[first] = new Uint8Array(inner);
    });
    const path = join(tmp.dir, '湛江-汇总上报包-被改动.duban');
    writeFileSync(path, tampered);
    const before = sha256(province.backend.db.serialize());
    await provincePage.getByLabel('选择下级汇总包').setInputFiles(path);
    const report = provincePage.getByRole('table', { name: '导入报告' });
    await expect.poll(async () => (await report.textContent()) ?? '').toContain('拒收');
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('整个汇总包未导入,本机未做任何改动');
    expect(text).toContain('✗');
    await shot(provincePage, 'rollup-province-tampered');
    expect(sha256(province.backend.db.serialize())).toBe(before);
    expect(await provincePage.getByRole('table', { name: '已导入的下级汇总' }).locator('tbody tr').count()).toBe(1);
  });
});
