// End-to-end plumbing: Debian's Chromium driven by playwright-core, against the built renderer
// served by the local HTTP host (in-process, or as a child process that a test may kill).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { startHttpHost } from '../../hosts/http/server.js';
import { apiMethods, type ApiHandlers } from '../../shared/api/contract.js';
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

// What no person may ever see (issue #17): the old validation prefix, an API method name, a field path.
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const LEAK_PATTERNS: string[] = [
  '参数有误\\(',
  `(?:^|[^A-Za-z0-9_./-])(?:${apiMethods.map(escape).join('|')})(?![A-Za-z0-9_])`,
  '字段 [A-Za-z]',
  '\\b(?:draft|indicatorValues|items|sources)\\.[A-Za-z0-9_]+',
];

/** Texts the pages of this test file showed that match a pattern above; afterEach fails the test on any. */
const leaks: string[] = [];

afterEach(() => {
  const found = leaks.splice(0);
  if (found.length > 0) throw new Error(`页面显示了不应给人看的内容(方法名、字段路径或“参数有误(”):\n${found.slice(0, 5).join('\n')}`);
});

// Runs in the page (as source text: the test tsconfig has no DOM types): every text the page adds or
// changes is checked against the patterns.
const watchForLeaks = (patterns: string[]): string => `(() => {
  const regexes = ${JSON.stringify(patterns)}.map((p) => new RegExp(p));
  const check = (text) => {
    if (!text) return;
    for (const re of regexes) {
      const m = re.exec(text);
      if (m) window.__dubanLeak?.(text.slice(Math.max(0, m.index - 40), m.index + 80));
    }
  };
  const start = () => {
    check(document.body.textContent);
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') check(r.target.textContent);
        else r.addedNodes.forEach((n) => check(n.textContent));
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();`;

export type PageOptions = { width?: number; height?: number };

export const newPage = async (browser: Browser, options: PageOptions = {}): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1366, height: options.height ?? 860 }, locale: 'zh-CN' });
  await context.exposeFunction('__dubanLeak', (text: string) => {
    leaks.push(text);
  });
  await context.addInitScript({ content: watchForLeaks(LEAK_PATTERNS) });
  return context.newPage();
};

export type OpenApp = { page: Page; close: () => Promise<void> };

/** The built app served in-process for one installation's handlers, open in a fresh Chromium page. */
export const openApp = async (handlers: ApiHandlers, options: PageOptions = {}): Promise<OpenApp> => {
  assertBuilt();
  const host = await startHttpHost({ handlers, staticDir: rendererBuild });
  const browser = await launchChromium();
  const page = await newPage(browser, options);
  await page.goto(host.url);
  return {
    page,
    close: async () => {
      await browser.close();
      await host.close();
    },
  };
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

/**
 * Opens a task's report for a period on the workbench, as a clerk does (click the task, pick the period),
 * and waits until the form shows that period and is no longer busy: fields typed into earlier would be
 * read-only (the form waits for the period to arrive) and the test would race the app.
 */
export const openReport = async (page: Page, taskRow: Locator, periodLabel: string): Promise<void> => {
  await taskRow.click();
  const period = page.getByLabel('报告期', { exact: true });
  await period.selectOption({ label: periodLabel });
  const form = page.getByRole('form', { name: '本期报告' });
  await form.waitFor();
  await expect
    .poll(async () => (await period.locator('option:checked').textContent()) === periodLabel && (await form.getAttribute('aria-busy')) !== 'true', { timeout: 30_000 })
    .toBe(true);
};
