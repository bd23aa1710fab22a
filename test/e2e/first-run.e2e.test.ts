// The first-run wizard in Chromium, each path on a brand-new database served by the built local host
// (the way `npm start` serves it where Electron is absent): a department opens the office's setup
// package, compares the office fingerprint and lands on its own tasks; an office starts from the demo.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, launchChromium, newPage, screenshot, spawnHost, type HostProcess } from '../helpers/browser.js';
import { call, makeDepartment, makeOffice, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

describe('first-run wizard in Chromium', () => {
  let tmp: { dir: string; cleanup: () => void };
  let office: Site;
  let browser: Browser;
  const hosts: HostProcess[] = [];
  let setupPackage = '';
  let officeFingerprint = '';

  const freshInstallation = async (name: string): Promise<{ page: Page }> => {
    const dbPath = join(tmp.dir, name, 'duban.sqlite');
    expect(existsSync(dbPath)).toBe(false);
    const host = await spawnHost(dbPath);
    hosts.push(host);
    const page = await newPage(browser);
    await page.goto(host.url);
    return { page };
  };

  beforeAll(async () => {
    assertBuilt();
    tmp = makeTempDir('duban-e2e-first-run-');
    office = await makeOffice(tmp.dir);
    setupPackage = (await call(office, 'sync.setupPackage', { department: '市商务局', out: join(tmp.dir, 'stick') + '/' })).path;
    officeFingerprint = (await call(office, 'sync.status', {})).fingerprint;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) await host.stop();
    office?.backend.close();
    tmp?.cleanup();
  });

  it('department: opens the setup package, shows the office fingerprint, lands on its own tasks', async () => {
    const { page } = await freshInstallation('shangwu');
    await page.getByRole('heading', { name: '欢迎使用督办。这台电脑用于:' }).waitFor();
    // Nothing is loaded behind the wizard's back: no plan, no demo.
    expect(await page.locator('.app-header, tbody tr').count()).toBe(0);
    await screenshot(page, 'first-run-choose');

    await page.getByRole('button', { name: '打开初始化包…' }).click();
    await page.getByRole('heading', { name: '打开牵头办公室发来的初始化包' }).waitFor();
    await page.getByLabel('选择初始化包').setInputFiles(setupPackage);
    const code = page.getByLabel('牵头办公室指纹');
    await code.waitFor();
    expect((await code.textContent())?.trim()).toBe(officeFingerprint);
    expect(await page.getByLabel('核对指纹').textContent()).toContain('湛江市质量强市工作领导小组办公室');
    // The unit the package makes this PC, in large type, before anything is applied.
    expect((await page.getByLabel('本机将设置为').textContent())?.trim()).toBe('市商务局');
    await screenshot(page, 'first-run-department-fingerprint');

    await page.getByRole('button', { name: '指纹一致,完成设置' }).click();
    // The main screen opens on the workbench, 本单位 fixed by the setup package: no picker, no office work.
    await expect.poll(async () => (await page.getByLabel('本单位').textContent()) ?? '').toContain('市商务局');
    expect(await page.getByRole('combobox', { name: '本单位' }).count()).toBe(0);
    for (const office of ['导入规划', '部门目录', '统计与通报', '审核']) expect(await page.getByRole('button', { name: office, exact: true }).count()).toBe(0);
    await screenshot(page, 'first-run-department-workbench');
    // Its share of the plan, on 任务分解表.
    await page.getByRole('button', { name: '任务分解表' }).click();
    const heading = page.locator('.department-tasks h2');
    await expect.poll(async () => (await heading.textContent()) ?? '').toContain('市商务局');
    expect(await heading.textContent()).toContain('牵头 2 项 · 参与 3 项');
    expect(await page.locator('.department-tasks tbody tr').count()).toBe(5);
    await screenshot(page, 'first-run-department-main');

    // The settings show where the data lives, with a copy button in the browser.
    await page.getByRole('button', { name: '设置' }).click();
    await expect.poll(() => page.getByTestId('data-dir').textContent()).toBe(join(tmp.dir, 'shangwu'));
    await page.getByRole('button', { name: '复制路径' }).waitFor();
    expect(await page.getByRole('button', { name: '打开数据文件夹' }).count()).toBe(0);
    expect(await page.locator('.settings-list').textContent()).toContain(officeFingerprint);
    // This PC's own fingerprint, for the phone check with the office.
    expect((await page.getByLabel('本机密钥指纹').textContent())?.trim()).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    // Which build and database version this PC runs, for a support call.
    await expect.poll(() => page.getByLabel('程序版本').textContent()).toMatch(/^督办 \d+\.\d+\.\d+[(（]数据结构第 \d+ 版[)）]$/);
    await screenshot(page, 'first-run-settings');

    // Set up for good: a reload goes straight to the main screen.
    await page.reload();
    await page.getByRole('button', { name: '部门工作台' }).waitFor();
    expect(await page.getByRole('heading', { name: '欢迎使用督办。这台电脑用于:' }).count()).toBe(0);
  });

  it('department: a package that is not a setup package is refused and nothing is imported', async () => {
    const { page } = await freshInstallation('wrong-file');
    await page.getByRole('button', { name: '打开初始化包…' }).click();
    const department = await makeDepartment(tmp.dir, office, '市农业农村局', 'nongye');
    const task = (await tasksOf(department, '市农业农村局')).lead[0];
    writeReport(department, { taskId: task?.id ?? '', periodId: '2026-Q4', status: 'on_track', percent: 60, progress: '农产品质量抽检 1200 批次' });
    const progress = await call(department, 'sync.export', { out: join(tmp.dir, 'progress.duban') });
    department.backend.close();
    await page.getByLabel('选择初始化包').setInputFiles(progress.path);
    await page.getByRole('alert').filter({ hasText: '应交给牵头办公室导入' }).waitFor();
    expect(await page.getByLabel('牵头办公室指纹').count()).toBe(0);
  });

  it('department: a setup package double-clicked on first run lands in the department path', async () => {
    // The desktop shell's bridge, stood in for in the page: calls go to the local host, and the file
    // association's event carries the package path exactly as electron/preload.ts delivers it.
    const dbPath = join(tmp.dir, 'double-click', 'duban.sqlite');
    const host = await spawnHost(dbPath);
    hosts.push(host);
    const page = await newPage(browser);
    await page.addInitScript(`
      const token = () => document.querySelector('meta[name="duban-token"]')?.getAttribute('content') ?? '';
      Object.defineProperty(window, 'duban', { value: {
        invoke: (method, arg) => fetch('./api/' + method, { method: 'POST', headers: { 'content-type': 'application/json', 'x-duban-token': token() }, body: JSON.stringify(arg) }).then((r) => r.json()),
        onOpenPackage: (listener) => { setTimeout(() => listener({ path: ${JSON.stringify(setupPackage)} }), 0); return () => undefined; },
      } });
    `);
    await page.goto(host.url);
    const code = page.getByLabel('牵头办公室指纹');
    await code.waitFor();
    expect((await code.textContent())?.trim()).toBe(officeFingerprint);
    expect(await page.getByText(`已打开:${basename(setupPackage)}`).count()).toBe(1);
    await page.getByRole('button', { name: '指纹一致,完成设置' }).click();
    await expect.poll(async () => (await page.getByLabel('本单位').textContent()) ?? '').toContain('市商务局');
  });

  it('office: one click on 从示范规划开始 opens the demo plan', async () => {
    const { page } = await freshInstallation('office-demo');
    await page.getByRole('button', { name: '从示范规划开始' }).click();
    await page.locator('.app-header').getByText('湛江市开展质量提升行动的方案', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: '任务分解表' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(30);
    await screenshot(page, 'first-run-office-demo');
  });
});
