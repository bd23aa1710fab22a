// The whole USB loop through the app alone, as three people on three PCs: the office and two clerks
// (市商务局, 市财政局), each a built app in Chromium on its own database. After start nothing but the
// page is used: files are picked with the file chooser, and every file the app makes is saved through
// the browser host's download path onto a folder standing for the USB stick.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, launchChromium, newPage, openReport, screenshot, spawnHost, type HostProcess } from '../helpers/browser.js';
import { makeTempDir, seedsDir } from '../helpers/temp-backend.js';

const SEED_004 = join(seedsDir, '004_5cb87e2d2ab2f10e.txt');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('the whole loop in the app, three PCs, no command line', () => {
  let tmp: { dir: string; cleanup: () => void };
  let browser: Browser;
  const hosts: HostProcess[] = [];
  let stick = '';
  let office: Page;
  let shangwu: Page;
  let caizheng: Page;
  let officeFingerprint = '';
  const files: Record<string, string> = {};

  const open = async (name: string): Promise<Page> => {
    const dbPath = join(tmp.dir, name, 'duban.sqlite');
    const host = await spawnHost(dbPath);
    hosts.push(host);
    const page = await newPage(browser);
    await page.goto(host.url);
    return page;
  };

  /** Clicks and keeps the download on the stick under the name the app gave it. */
  const saveDownload = async (page: Page, click: () => Promise<void>): Promise<string> => {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = join(stick, download.suggestedFilename());
    await download.saveAs(path);
    return path;
  };

  /** A batch makes one download per unit. */
  const saveDownloads = async (page: Page, count: number, click: () => Promise<void>): Promise<string[]> => {
    const paths: Promise<string>[] = [];
    const onDownload = (download: { suggestedFilename: () => string; saveAs: (p: string) => Promise<void> }): void => {
      const path = join(stick, download.suggestedFilename());
      paths.push(download.saveAs(path).then(() => path));
    };
    page.on('download', onDownload);
    await click();
    await expect.poll(() => paths.length, { timeout: 20_000 }).toBe(count);
    page.off('download', onDownload);
    return Promise.all(paths);
  };

  const nav = (page: Page, name: string) => page.locator('.app-nav').getByRole('button', { name, exact: true });
  const syncTab = (page: Page, name: RegExp | string) => page.locator('.sync-tabs').getByRole('tab', { name });

  /** 数据交换 → 导入数据包 → 选择文件…, then waits until every picked file has a line in the report. */
  const importFiles = async (page: Page, paths: string[]): Promise<void> => {
    await nav(page, '数据交换').click();
    await syncTab(page, '导入数据包').click();
    await page.locator('input[type=file][accept=".duban"]').setInputFiles(paths);
    await page.getByRole('progressbar').filter({ hasText: `已处理 ${paths.length} 个数据包` }).waitFor({ timeout: 30_000 });
  };

  const departmentSetsUp = async (page: Page, setupPackage: string, unit: string, shot: string): Promise<void> => {
    await page.getByRole('button', { name: '打开初始化包…' }).click();
    await page.getByLabel('选择初始化包').setInputFiles(setupPackage);
    const code = page.getByLabel('牵头办公室指纹');
    await code.waitFor();
    expect((await code.textContent())?.trim()).toBe(officeFingerprint);
    await screenshot(page, `${shot}-fingerprint`);
    await page.getByRole('button', { name: '指纹一致,完成设置' }).click();
    await expect.poll(async () => (await page.getByLabel('本单位').textContent()) ?? '', { timeout: 15_000 }).toContain(unit);
    expect(await page.getByRole('combobox', { name: '本单位' }).count()).toBe(0);
    for (const officeWork of ['导入规划', '部门目录', '统计与通报', '审核', '代填']) expect(await nav(page, officeWork).count()).toBe(0);
  };

  /** 审核: open the unit's report in the queue, then accept, or return with a reason; both ask first. */
  const reviewQueue = (page: Page) => page.getByRole('list', { name: '审核队列' });
  const decide = async (page: Page, unit: string, decision: 'accept' | 'return', reason = ''): Promise<void> => {
    await reviewQueue(page).getByRole('listitem').filter({ hasText: unit }).first().getByRole('button').first().click();
    const detail = page.getByRole('region', { name: '报告详情' });
    await detail.getByText(unit).first().waitFor();
    if (decision === 'return') await detail.getByLabel('退回理由').fill(reason);
    await detail.getByRole('button', { name: decision === 'accept' ? '通过' : '退回', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: decision === 'accept' ? /^确认通过/ : /^确认退回/ }).click();
    await page.getByRole('status').filter({ hasText: decision === 'accept' ? '已通过' : '已退回' }).last().waitFor();
  };

  const submitFirstTask = async (page: Page, progress: string, withEvidence: boolean): Promise<void> => {
    await openReport(page, page.locator('.task-row').first(), '2026年第四季度');
    await page.getByLabel('进展状态').selectOption({ label: '正常推进' });
    await page.getByLabel('完成百分比').fill('60');
    await page.getByLabel('进展情况').fill(progress);
    if (withEvidence) {
      await page.getByLabel('选择佐证材料文件').setInputFiles({ name: '工作台账.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByRole('button', { name: '工作台账.pdf', exact: true }).waitFor();
    }
    // The autosave has taken the last keystroke before the clerk submits (the form saves first anyway).
    await page.locator('.save-state.save-saved').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^(提交本期报告|重新提交)$/ }).click();
    // Submitting cannot be undone, so the app asks first; a refusal is shown beside the button instead.
    const asked = page.getByRole('alertdialog').getByRole('button', { name: '确认提交' });
    await asked.or(page.locator('.form-error')).first().waitFor({ timeout: 60_000 });
    if (!(await asked.isVisible())) throw new Error(`submit refused: ${await page.locator('.form-error').innerText()}`);
    await asked.click();
    await page.locator('.submitted-banner').waitFor({ timeout: 60_000 });
  };

  /** 导出进度包 from the workbench: shows what goes out, saves the file, then what waits for the office. */
  const exportProgress = async (page: Page, unit: string, shot: string): Promise<string> => {
    await nav(page, '部门工作台').click();
    await page.getByRole('button', { name: '导出进度包…' }).click();
    const card = page.getByRole('region', { name: '导出进度包' });
    await expect.poll(async () => (await card.textContent()) ?? '', { timeout: 15_000 }).toMatch(/将导出:\d+ 份填报/);
    await screenshot(page, `${shot}-before`);
    const path = await saveDownload(page, () => card.getByRole('button', { name: '导出进度包' }).click());
    expect(path).toMatch(new RegExp(`${unit}-进度包-2026年第四季度-20261122(\\(\\d\\))?\\.duban$`));
    await expect.poll(async () => (await card.textContent()) ?? '', { timeout: 15_000 }).toContain('等待办公室确认:1 个已导出的进度包');
    expect(await card.textContent()).toContain(`上次导出:`);
    await screenshot(page, `${shot}-after`);
    return path;
  };

  beforeAll(async () => {
    assertBuilt();
    tmp = makeTempDir('duban-e2e-loop-');
    stick = join(tmp.dir, 'U盘');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(stick);
    browser = await launchChromium();
    [office, shangwu, caizheng] = [await open('office'), await open('shangwu'), await open('caizheng')];
  });

  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) await host.stop();
    tmp?.cleanup();
  });

  it('office: first run, imports seed 004, lands on office work', async () => {
    await office.getByRole('button', { name: '导入规划文件…' }).click();
    await office.getByLabel('选择规划文件').setInputFiles(SEED_004);
    await office.getByRole('tab', { name: /任务 30/ }).waitFor({ timeout: 30_000 });
    await screenshot(office, 'loop-01-office-plan-preview');
    await office.getByRole('button', { name: '确认导入' }).click();
    await office.getByRole('button', { name: '查看规划' }).click();
    // Office work: the figures, 审核, 代填; no clerk's workbench.
    await nav(office, '统计与通报').waitFor({ timeout: 30_000 });
    expect(await nav(office, '审核').count()).toBe(1);
    expect(await nav(office, '部门工作台').count()).toBe(0);
    expect(await office.locator('.demo-banner').count()).toBe(0);
    await screenshot(office, 'loop-02-office-opens');
  });

  it('office: setup packages for 市商务局 (数据交换) and 市财政局 (部门目录), one readable file each', async () => {
    await nav(office, '数据交换').click();
    officeFingerprint = ((await office.locator('.sync-status .fingerprint').textContent()) ?? '').trim();
    expect(officeFingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    await syncTab(office, '初始化包与回执').click();
    files.setupShangwu = await saveDownload(office, () => office.getByRole('button', { name: '为市商务局生成初始化包' }).click());
    expect(files.setupShangwu).toMatch(/市商务局-初始化包-2026年第四季度-20261122\.duban$/);
    await screenshot(office, 'loop-03-office-setup-packages');

    await nav(office, '部门目录').click();
    await office.getByLabel('查找部门').fill('市财政局');
    await office.locator('.directory-table tbody tr').filter({ hasText: '市财政局' }).first().click();
    files.setupCaizheng = await saveDownload(office, () => office.getByRole('button', { name: '为市财政局生成初始化包' }).click());
    expect(files.setupCaizheng).toMatch(/市财政局-初始化包-2026年第四季度-20261122\.duban$/);
    await screenshot(office, 'loop-04-office-directory-setup');
    for (const path of Object.values(files)) expect(existsSync(path)).toBe(true);
  });

  it('departments: set up from their packages, submit a report with evidence, export', async () => {
    await departmentSetsUp(shangwu, files.setupShangwu ?? '', '市商务局', 'loop-05-shangwu-setup');
    // Another unit's setup package on this PC: refused, naming both.
    await importFiles(shangwu, [files.setupCaizheng ?? '']);
    const refused = shangwu.getByRole('table', { name: '导入报告' });
    await expect.poll(async () => (await refused.textContent()) ?? '', { timeout: 15_000 }).toContain('给市财政局的初始化包');
    expect(await refused.textContent()).toMatch(/本机(是|已设置为)市商务局/);
    await screenshot(shangwu, 'loop-06-shangwu-wrong-setup-package');

    await nav(shangwu, '部门工作台').click();
    await submitFirstTask(shangwu, '外贸企业质量提升培训 3 场,覆盖 120 家企业', true);
    await screenshot(shangwu, 'loop-07-shangwu-submitted');
    files.progressShangwu = await exportProgress(shangwu, '市商务局', 'loop-08-shangwu-export');

    await departmentSetsUp(caizheng, files.setupCaizheng ?? '', '市财政局', 'loop-09-caizheng-setup');
    await submitFirstTask(caizheng, '质量提升专项资金 500 万元已下达', true);
    files.progressCaizheng = await exportProgress(caizheng, '市财政局', 'loop-10-caizheng-export');

    // Nothing new after the export: the card says so.
    await caizheng.getByRole('region', { name: '导出进度包' }).getByRole('button', { name: '导出进度包' }).click();
    await caizheng.getByText('上次导出之后没有新的内容', { exact: false }).first().waitFor();
    await caizheng.getByRole('button', { name: '再次导出' }).waitFor();
    await screenshot(caizheng, 'loop-10-caizheng-nothing-new');
  });

  it('office: imports the stick (good and bad files), enrols both after the fingerprint check, accepts one and returns the other, exports receipts', async () => {
    // The folder as picked: both progress packages, plus a setup package that belongs on a department PC.
    await importFiles(office, [files.progressShangwu ?? '', files.progressCaizheng ?? '', files.setupShangwu ?? '']);
    const report = office.getByRole('table', { name: '导入报告' });
    await expect.poll(async () => (await report.textContent()) ?? '', { timeout: 15_000 }).toContain('应在市商务局的电脑上导入');
    await screenshot(office, 'loop-11-office-import-needs-fingerprints');
    for (let i = 0; i < 2; i += 1) {
      await office.getByRole('button', { name: '指纹一致,确认登记并导入' }).first().click();
      await expect.poll(() => office.getByRole('button', { name: '指纹一致,确认登记并导入' }).count(), { timeout: 15_000 }).toBe(1 - i);
    }
    await expect.poll(async () => (await report.textContent()) ?? '', { timeout: 15_000 }).toMatch(/已导入进度包.*已导入进度包/s);
    await screenshot(office, 'loop-12-office-imported');

    await nav(office, '审核').click();
    await expect.poll(() => reviewQueue(office).getByRole('listitem').count(), { timeout: 15_000 }).toBe(2);
    await decide(office, '市商务局', 'accept');
    await decide(office, '市财政局', 'return', '请补充资金拨付文件文号');
    await screenshot(office, 'loop-13-office-reviewed');

    await nav(office, '数据交换').click();
    await syncTab(office, '初始化包与回执').click();
    const receipts = await saveDownloads(office, 2, () => office.getByRole('button', { name: /导出全部回执/ }).click());
    files.receiptShangwu = receipts.find((p) => p.includes('市商务局')) ?? '';
    files.receiptCaizheng = receipts.find((p) => p.includes('市财政局')) ?? '';
    expect(files.receiptCaizheng).toMatch(/市财政局-审核结果包-2026年第四季度-20261122\.duban$/);
    await screenshot(office, 'loop-14-office-receipts');
  });

  it('市财政局 sees the return, resubmits and exports; 市商务局 sees its acceptance', async () => {
    // An office's receipt for the other unit is refused on this PC with where it belongs.
    await importFiles(caizheng, [files.receiptCaizheng ?? '', files.receiptShangwu ?? '']);
    const report = caizheng.getByRole('table', { name: '导入报告' });
    await expect.poll(async () => (await report.textContent()) ?? '', { timeout: 15_000 }).toContain('发给市商务局的审核结果包');
    await screenshot(caizheng, 'loop-15-caizheng-receipt');

    await nav(caizheng, '部门工作台').click();
    await openReport(caizheng, caizheng.locator('.task-row').first(), '2026年第四季度');
    await caizheng.locator('.returned-banner').filter({ hasText: '请补充资金拨付文件文号' }).waitFor();
    await screenshot(caizheng, 'loop-16-caizheng-returned');
    await caizheng.getByLabel('进展情况').fill('质量提升专项资金 500 万元已下达(湛财工〔2026〕12号)');
    await caizheng.getByRole('button', { name: '重新提交' }).click();
    await caizheng.getByRole('alertdialog').getByRole('button', { name: '确认提交' }).click();
    await caizheng.locator('.submitted-banner').waitFor();
    files.resubmitted = await exportProgress(caizheng, '市财政局', 'loop-17-caizheng-reexport');

    await importFiles(shangwu, [files.receiptShangwu ?? '']);
    await expect.poll(async () => (await shangwu.getByRole('table', { name: '导入报告' }).textContent()) ?? '', { timeout: 15_000 }).toContain('已导入');
    await nav(shangwu, '部门工作台').click();
    await shangwu.getByRole('button', { name: '导出进度包…' }).click();
    await expect.poll(async () => (await shangwu.getByRole('region', { name: '导出进度包' }).textContent()) ?? '', { timeout: 15_000 }).toContain('办公室已确认收到');
    await screenshot(shangwu, 'loop-18-shangwu-acknowledged');
  });

  it('office accepts the resubmission; the dashboard and the bulletin show both accepted', async () => {
    await importFiles(office, [files.resubmitted ?? '']);
    await expect.poll(async () => (await office.getByRole('table', { name: '导入报告' }).textContent()) ?? '', { timeout: 15_000 }).toContain('已导入进度包');
    await nav(office, '审核').click();
    await decide(office, '市财政局', 'accept');
    await screenshot(office, 'loop-19-office-accepted');

    await nav(office, '统计与通报').click();
    await office.getByText('已通过 2', { exact: false }).first().waitFor({ timeout: 30_000 });
    await screenshot(office, 'loop-20-office-dashboard');
    await office.locator('.dashboard').getByRole('button', { name: '通报', exact: true }).click();
    await office.getByText('经审核通过 2 份', { exact: false }).first().waitFor({ timeout: 30_000 });
    await screenshot(office, 'loop-21-office-bulletin');
  });
});
