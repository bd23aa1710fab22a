// The real desktop app, launched with Playwright's _electron (spectron's successor) on a fresh user data
// folder with the office's setup package as its argument (a double-click on first run): the wizard's
// department path, 导出进度包 through the preload's save path, the window's security settings, a package
// from a second launch reaching the page, and (on an office PC) the bulletin printed with printToPDF. Runs wherever the Electron binary is installed; where it is not (our offline build
// machines, CI) every test is reported as skipped with the reason, printed once as well.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, screenshot } from '../helpers/browser.js';
import { call, makeOffice, type Site } from '../helpers/sync-fixture.js';
import { repoRoot } from '../helpers/temp-backend.js';

/** The Electron binary if it was downloaded (node_modules/electron's index resolves to it), else null. */
const electronBinary = (): string | null => {
  try {
    const path: unknown = createRequire(join(repoRoot, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
};

const binary = electronBinary();
const skipReason =
  '跳过 Electron 端到端测试:本机没有 Electron 程序(node_modules/electron 未下载二进制;离线构建机和 CI 上无法下载)。' +
  '在能联网的机器上运行 `node node_modules/electron/install.js` 后即可运行。';
if (binary === null) process.stdout.write(`\n${skipReason}\n`);

// Chromium refuses to start as root without this; the page's sandbox preference is still checked.
const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

describe('the desktop app in Electron', () => {
  const home = mkdtempSync(join(tmpdir(), 'duban-electron-'));
  const stick = join(home, '收到的');
  const secondPackage = join(stick, '市教育局.duban');
  let office: Site | undefined;
  let setupPackage = '';
  let officeFingerprint = '';
  let app: ElectronApplication | undefined;
  let page: Page;

  beforeAll(async () => {
    if (binary === null) return;
    assertBuilt();
    mkdirSync(stick, { recursive: true });
    office = await makeOffice(join(home, 'office-pc'));
    setupPackage = (await call(office, 'sync.setupPackage', { department: '市商务局', out: `${stick}/` })).path;
    officeFingerprint = (await call(office, 'sync.status', {})).fingerprint;
    writeFileSync(secondPackage, 'stand-in package');
    app = await _electron.launch({
      executablePath: binary,
      args: [...rootFlags, repoRoot, setupPackage],
      cwd: repoRoot,
      env: { ...process.env, DUBAN_HOME: join(home, 'data') },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    office?.backend.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('opens the double-clicked setup package in the department path of the first-run wizard', async (ctx) => {
    ctx.skip(binary === null, skipReason);
    expect(await page.title()).toBe('督办');
    expect(app?.windows()).toHaveLength(1);
    const code = page.getByLabel('牵头办公室指纹');
    await code.waitFor();
    expect((await code.textContent())?.trim()).toBe(officeFingerprint);
    await screenshot(page, 'electron-first-run-fingerprint');
    await page.getByRole('button', { name: '指纹一致,完成设置' }).click();
    // A department PC opens on its own workbench, 本单位 fixed by the setup package.
    await expect.poll(async () => (await page.getByLabel('本单位').textContent()) ?? '').toContain('市商务局');
    expect(await page.getByRole('button', { name: '统计与通报' }).count()).toBe(0);
    await screenshot(page, 'electron-first-run-main');
  });

  it('shows the user data folder in the settings with a button to open it', async (ctx) => {
    ctx.skip(binary === null, skipReason);
    await page.getByRole('button', { name: '设置' }).click();
    await expect.poll(() => page.getByTestId('data-dir').textContent()).toBe(join(home, 'data'));
    // Not clicked: it would open the machine's file manager. The page can only ask for this one folder.
    await page.getByRole('button', { name: '打开数据文件夹' }).waitFor();
    await page.getByRole('button', { name: '任务分解' }).click();
  });

  it('gives the page no Node, only the five functions of the preload', async (ctx) => {
    ctx.skip(binary === null, skipReason);
    expect(await page.evaluate('[typeof require, typeof process, typeof module, typeof Buffer]')).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
    expect(await page.evaluate('Object.keys(window.duban).sort()')).toEqual(['invoke', 'onOpenPackage', 'openDataFolder', 'printToPdf', 'saveFile']);
    await expect(page.evaluate("window.duban.saveFile({ suggestedName: 'x.exe', dataBase64: '' })")).rejects.toThrow(/不能保存这种类型的文件/);
    await expect(page.evaluate("window.duban.invoke('no.such.method', {})")).rejects.toThrow(/没有这个接口/);
  });

  it('created the window isolated and sandboxed, without node integration', async (ctx) => {
    ctx.skip(binary === null, skipReason);
    // getLastWebPreferences is not in Electron's typings; read it where the running version has it.
    const prefs = await app?.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
      return contents.getLastWebPreferences?.() ?? null;
    });
    if (prefs !== null && prefs !== undefined) expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    // Isolation seen from the page: the preload's world is not the page's, so its ipcRenderer is out of reach.
    expect(await page.evaluate("typeof window.ipcRenderer + typeof window.electron")).toBe('undefinedundefined');
  });

  it('saves 导出进度包 through the preload where the dialog says', async (ctx) => {
    ctx.skip(binary === null, skipReason);
    const target = join(stick, '进度包');
    // The dialog answered in main, as a person would: the path typed without its extension.
    await app?.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, target);
    await page.getByRole('button', { name: '数据交换' }).click();
    await page.getByRole('button', { name: '导出进度包', exact: true }).click();
    await page.getByText(`已保存到 ${target}.duban`).waitFor();
    expect(readFileSync(`${target}.duban`).subarray(0, 2).toString()).toBe('PK');
    await page.getByRole('button', { name: '部门工作台' }).click();
  });

  it('carries the content security policy and refuses network requests', async (ctx) => {
    ctx.skip(binary === null, skipReason);
    const csp = await page.evaluate<string | null>("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')?.content ?? null");
    expect(csp).toContain("default-src 'self'");
    await expect(page.evaluate("fetch('https://example.com/').then(() => 'loaded')")).rejects.toThrow();
  });

  it('refuses navigation away from the app and new windows', async (ctx) => {
    ctx.skip(binary === null, skipReason);
    const before = page.url();
    expect(before).toMatch(/^file:.*\/dist\/renderer\/index\.html$/);
    await page.evaluate("location.href = 'https://example.com/'; 1");
    await page.evaluate('1'); // a round trip after the attempt
    expect(page.url()).toBe(before);
    expect(await page.evaluate("window.open('https://example.com/') === null")).toBe(true);
    expect(await page.evaluate("window.open('file:///etc/passwd') === null")).toBe(true);
    expect(app?.windows()).toHaveLength(1);
  });

  it('hands the page a package double-clicked while Duban runs, without a second window', async (ctx) => {
    ctx.skip(binary === null, skipReason);
    await page.evaluate('window.__opened = []; window.duban.onOpenPackage((event) => window.__opened.push(event.path)); 1');
    const second = spawn(binary ?? '', [...rootFlags, repoRoot, secondPackage], {
      cwd: repoRoot,
      env: { ...process.env, DUBAN_HOME: join(home, 'data') },
      stdio: 'ignore',
    });
    const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(exitCode).toBe(0); // it found the running instance, passed its arguments on and quit
    await expect.poll(() => page.evaluate<string[]>('window.__opened')).toEqual([secondPackage]);
    expect(app?.windows()).toHaveLength(1);
  });
});

// The office's own PC (here the demo, which shows every screen): the bulletin printed by printToPDF.
describe('the desktop app in Electron, on an office PC', () => {
  const home = mkdtempSync(join(tmpdir(), 'duban-electron-office-'));
  let app: ElectronApplication | undefined;
  let page: Page;

  beforeAll(async () => {
    if (binary === null) return;
    assertBuilt();
    // --demo, as npm start passes it: a brand-new folder opens on the demo instead of the wizard.
    app = await _electron.launch({ executablePath: binary, args: [...rootFlags, repoRoot, '--demo'], cwd: repoRoot, env: { ...process.env, DUBAN_HOME: join(home, 'data') } });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('prints the bulletin with printToPDF and saves it where the dialog says', async (ctx) => {
    ctx.skip(binary === null, skipReason);
    const target = join(home, '通报');
    await app?.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, target);
    await page.getByRole('button', { name: '统计与通报' }).click();
    await page.getByRole('button', { name: '通报', exact: true }).click();
    await page.locator('[data-bulletin-state="ready"]').waitFor();
    await page.getByRole('button', { name: '保存为 PDF' }).click();
    await page.getByRole('status').filter({ hasText: `已保存到 ${target}.pdf` }).waitFor();
    expect(readFileSync(`${target}.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
