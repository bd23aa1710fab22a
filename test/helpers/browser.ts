// End-to-end plumbing: Debian's Chromium driven by playwright-core, against the built renderer
// served by the local HTTP host (in-process, or as a child process that a test may kill).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SUITE_TODAY } from './suite-clock.js';
import { repoRoot } from './temp-backend.js';

export const CHROMIUM = process.env.DUBAN_CHROMIUM ?? '/usr/bin/chromium';
export const rendererBuild = join(repoRoot, 'dist', 'renderer');
export const screenshotDir = join(repoRoot, 'test-results');

export const assertBuilt = (): void => {
  if (!existsSync(join(rendererBuild, 'index.html')) || !existsSync(join(repoRoot, 'dist', 'hosts', 'http-main.js'))) {
    throw new Error('The app is not built: run `npm run build` first (npm test does).');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk`);
};

/** Flags from the machine notes: no background networking, so the closed network is never tried. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
    ],
  });

export const newPage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  return context.newPage();
};

export const screenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
};

export type HostProcess = { url: string; child: ChildProcess; stop: () => Promise<void> };

/** Starts the built local host as a child process on a database file; resolves once it prints its address. */
/** The day spawned hosts take as today, the same day as the in-process backends' fixed clock. */
export const E2E_TODAY = SUITE_TODAY;

export const spawnHost = (dbPath: string, extraArgs: string[] = []): Promise<HostProcess> =>
  new Promise((resolve, reject) => {
    // The host runs as of the day the demo's expectations were written (2026年第四季度 is the current period),
    // so these tests do not change meaning as the PC's calendar moves on.
    const today = extraArgs.includes('--today') ? [] : ['--today', E2E_TODAY];
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'hosts', 'http-main.js'), '--db', dbPath, ...today, ...extraArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const stop = (): Promise<void> =>
        new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
      resolve({ url: match[1], child, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}: ${output}`));
    });
  });
