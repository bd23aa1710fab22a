// Prints the bulletin page to PDF in the PC's Chromium, Chrome or Edge (playwright-core drives it): the same page the app shows,
// served by an in-process local host that answers only the two methods the page needs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiHandlers, ApiMethod } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { Bulletin } from '../../shared/reports/types.js';
import { startHttpHost } from '../http/server.js';
import { rendererDir } from '../paths.js';
import { findBrowserHere } from './find-browser.js';
import type { CliCall } from './command.js';

const PAGE_METHODS = new Set<ApiMethod>(['reports.bulletin', 'reports.settings']);

/** The page's own request for the bulletin is answered with the one already built (same plan and period). */
const limitedHandlers = (call: CliCall, bulletin: Bulletin): ApiHandlers =>
  new Proxy({} as ApiHandlers, {
    get: (_target, method: string) => (arg: unknown) => {
      if (!PAGE_METHODS.has(method as ApiMethod)) throw new ApiError('refused', '打印通报时只开放通报数据');
      const scope = arg as { planId?: string; periodId?: string };
      if (method === 'reports.bulletin' && scope.planId === bulletin.summary.plan.id && scope.periodId === bulletin.summary.period.id)
        return Promise.resolve(bulletin);
      return call(method as ApiMethod, arg as never);
    },
  });

/** browser: --browser PATH; otherwise the first Chromium, Chrome or Edge found (find-browser.ts). */
export const printBulletinPdf = async (call: CliCall, bulletin: Bulletin, browserPath?: string): Promise<Buffer> => {
  const scope = { planId: bulletin.summary.plan.id, periodId: bulletin.summary.period.id };
  const executablePath = findBrowserHere(browserPath);
  const staticDir = rendererDir();
  if (!existsSync(join(staticDir, 'index.html'))) throw new ApiError('internal', `找不到界面文件 ${staticDir},请先运行 npm run build`);
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new ApiError('internal', '缺少 playwright-core 组件,无法驱动浏览器生成 PDF。请在督办目录运行 npm install。');
  }
  const host = await startHttpHost({ handlers: limitedHandlers(call, bulletin), staticDir });
  const browser = await playwright.chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
  try {
    // The page is laid out at the printed width (A4 less 2 × 16 mm margins ≈ 673 px), so charts drawn
    // for the screen are not clipped when the same layout is printed.
    const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 673, height: 950 } })).newPage();
    const query = new URLSearchParams({ plan: scope.planId, period: scope.periodId, print: '1' });
    await page.goto(`${host.url}#/bulletin?${query.toString()}`);
    await page.waitForSelector('[data-bulletin-state="ready"], [data-bulletin-state="error"]', { timeout: 30_000 });
    const error = await page.locator('[data-bulletin-state="error"]').count();
    if (error > 0) throw new ApiError('internal', `通报页面出错:${await page.locator('[data-bulletin-state="error"]').innerText()}`);
    await page.emulateMedia({ media: 'print' });
    // Size, margins and the page numbers come from the page's @page rule (bulletin.css), the same rule
    // that numbers pages when the office prints from the app.
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
    await host.close();
  }
};
