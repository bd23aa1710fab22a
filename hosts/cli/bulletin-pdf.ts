// Prints the bulletin page to PDF in the PC's Chromium, Chrome or Edge (playwright-core drives it): the same page the app shows,
// served by an in-process local host that answers only the one method the page needs.
//
// The browser is started, and the page opened, while the bulletin is still being built (issue 18): a
// browser takes about as long to start as the province's bulletin takes to build, and the page loads its
// scripts meanwhile; its request for the bulletin waits for the one the command builds.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ApiHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { Bulletin } from '../../shared/reports/types.js';
import { startHttpHost, type HttpHost } from '../http/server.js';
import { rendererDir } from '../paths.js';
import { findBrowserHere } from './find-browser.js';

export type BulletinScope = { planId?: string; periodId?: string };

/** The page's one request, for the bulletin, waits for the one the command builds (the page was opened with the command's plan and period); nothing else is answered. */
const pageHandlers = (bulletin: Promise<Bulletin>): ApiHandlers =>
  new Proxy({} as ApiHandlers, {
    get: (_target, method: string) => () => {
      if (method === 'reports.bulletin') return bulletin;
      throw new ApiError('refused', '打印通报时只开放通报数据');
    },
  });

// Required, not imported: Node's import of a CommonJS package runs its export scanner over every file the
// package requires, which for playwright-core's two 3 MB bundles doubled its load time (issue 18).
const loadPlaywright = (): typeof import('playwright-core') => {
  try {
    return createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  } catch {
    throw new ApiError('internal', '缺少 playwright-core 组件,无法驱动浏览器生成 PDF。请在督办目录运行 npm install。');
  }
};

type Opened = { browser: Browser; page: Page };

/**
 * The browser started and the print page opened; the page asks for the bulletin once its scripts have run.
 * spawned: called once the browser's process is running (or the start failed), so the command builds
 * the bulletin while the browser starts rather than before.
 */
const openPage = async (staticDir: string, hostUrl: Promise<string>, scope: BulletinScope, spawned: () => void, browserPath?: string): Promise<Opened> => {
  try {
    if (!existsSync(join(staticDir, 'bulletin.html'))) throw new ApiError('internal', `找不到界面文件 ${staticDir},请先运行 npm run build`);
    const executablePath = findBrowserHere(browserPath);
    const playwright = loadPlaywright();
    const launching = playwright.chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
      // playwright-core reports the browser's process id once it has spawned it: the one moment to
      // hand the thread to the build. If it ever stops reporting it, the build waits for the launch.
      logger: { isEnabled: () => true, log: (_name, _severity, message) => String(message).startsWith('<launched>') && spawned() },
    });
    const browser = await launching.finally(spawned);
    try {
      // The page is laid out at the printed width (A4 less 2 × 16 mm margins ≈ 673 px), so charts drawn
      // for the screen are not clipped when the same layout is printed.
      const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 673, height: 950 } })).newPage();
      const query = new URLSearchParams({ ...(scope.planId ? { plan: scope.planId } : {}), ...(scope.periodId ? { period: scope.periodId } : {}), print: '1' });
      await page.goto(`${await hostUrl}bulletin.html#/bulletin?${query.toString()}`, { waitUntil: 'commit' });
      return { browser, page };
    } catch (error) {
      await browser.close();
      throw error;
    }
  } finally {
    spawned();
  }
};

const printPage = async ({ page }: Opened): Promise<Buffer> => {
  await page.waitForSelector('[data-bulletin-state="ready"], [data-bulletin-state="error"]', { timeout: 60_000 });
  const error = await page.locator('[data-bulletin-state="error"]').count();
  if (error > 0) throw new ApiError('internal', `通报页面出错:${await page.locator('[data-bulletin-state="error"]').innerText()}`);
  await page.emulateMedia({ media: 'print' });
  // Size, margins and the page numbers come from the page's @page rule (bulletin.css), the same rule
  // that numbers pages when the office prints from the app.
  return page.pdf({ preferCSSPageSize: true, printBackground: true });
};

/**
 * build: the command's own reports.bulletin call for scope. Its refusal (a wrong period or plan) is what
 * the person is told even when the browser is missing too, as when the bulletin was built first.
 * browserPath: --browser PATH; otherwise the first Chromium, Chrome or Edge found (find-browser.ts).
 */
export const printBulletinPdf = async (scope: BulletinScope, build: () => Promise<Bulletin>, browserPath?: string): Promise<{ bulletin: Bulletin; pdf: Buffer }> => {
  const staticDir = rendererDir();
  let resolveBulletin: (b: Bulletin) => void = () => undefined;
  let rejectBulletin: (e: unknown) => void = () => undefined;
  const bulletin = new Promise<Bulletin>((resolve, reject) => {
    resolveBulletin = resolve;
    rejectBulletin = reject;
  });
  bulletin.catch(() => undefined); // the page may never ask; the command reports the refusal itself
  let host: HttpHost | undefined;
  const hostStarted = startHttpHost({ handlers: pageHandlers(bulletin), staticDir }).then((h) => {
    host = h;
    return h.url;
  });
  let onSpawned: () => void = () => undefined;
  const spawned = new Promise<void>((resolve) => {
    onSpawned = resolve;
  });
  const opened = openPage(staticDir, hostStarted, scope, () => onSpawned(), browserPath);
  opened.catch(() => undefined); // awaited below, after the build: its refusal comes first
  try {
    await spawned;
    let built: Bulletin;
    try {
      built = await build();
    } catch (error) {
      rejectBulletin(error);
      throw error;
    }
    resolveBulletin(built);
    return { bulletin: built, pdf: await printPage(await opened) };
  } finally {
    await opened.then((o) => o.browser.close()).catch(() => undefined);
    await hostStarted.catch(() => undefined);
    await host?.close();
  }
};
