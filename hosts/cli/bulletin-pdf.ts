// Prints the bulletin page to PDF in the PC's Chromium, Chrome or Edge (playwright-core drives it): the same page the app shows,
// served by an in-process local host that answers only the one method the page needs.
//
// The browser is started before the bulletin is built, not after (issue 18): playwright-core spawns it a
// few file-system steps after launch() is called, which happens while the backend's modules load for the
// build (measured: spawned ~0.3 s into a 1.3–1.8 s build), so the browser starts up while the bulletin is
// built. The page's request for the bulletin waits for the one the command builds.
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

/** The browser started and the print page opened; the page asks for the bulletin once its scripts have run. */
const openPage = async (staticDir: string, hostUrl: Promise<string>, scope: BulletinScope, browserPath?: string): Promise<Opened> => {
  if (!existsSync(join(staticDir, 'bulletin.html'))) throw new ApiError('internal', `找不到界面文件 ${staticDir},请先运行 npm run build`);
  const executablePath = findBrowserHere(browserPath);
  const playwright = loadPlaywright();
  const browser = await playwright.chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
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
  const opened = openPage(staticDir, hostStarted, scope, browserPath);
  opened.catch(() => undefined); // awaited below, after the build: its refusal comes first
  try {
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
