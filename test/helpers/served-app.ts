// The setup most end-to-end files share: a temporary backend served with the built renderer by the local HTTP
// host, and Debian's Chromium to drive it. Call it at the top of a file (or a describe); it registers its own
// beforeAll/afterAll and returns a getter, since the parts exist only once beforeAll has run.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startHttpHost, type HttpHost } from '../../hosts/http/server.js';
import { assertBuilt, launchChromium, newPage, rendererBuild, type PageOptions } from './browser.js';
import { makeTempBackend, makeTempDir, type TempBackend } from './temp-backend.js';

export type ServedApp<F = undefined> = {
  browser: Browser;
  host: HttpHost;
  temp: TempBackend;
  files: { dir: string };
  /** What `prepare` returned. */
  fixture: F;
  /** The page opened with the `page` option (an error without it). */
  page: Page;
  /** The uncaught errors of that page. */
  pageErrors: string[];
};

export type ServeOptions<F> = Parameters<typeof makeTempBackend>[0] & {
  filesPrefix?: string;
  /** Writes the file's fixture into the new backend (other installations go in `files`) before the host serves it. */
  prepare?: (temp: TempBackend, files: { dir: string }) => F | Promise<F>;
  /** Opens one page at this size on the app before the tests; `beforeGoto` sets it up before it loads. */
  page?: PageOptions & { beforeGoto?: (page: Page) => unknown };
};

export const serveAppForTests = <F = undefined>(options: ServeOptions<F> = {}): (() => ServedApp<F>) => {
  const { filesPrefix, prepare, page: pageOptions, ...backendOptions } = options;
  const files = makeTempDir(filesPrefix ?? 'duban-e2e-files-');
  const pageErrors: string[] = [];
  let temp: TempBackend | undefined;
  let host: HttpHost | undefined;
  let browser: Browser | undefined;
  let app: ServedApp<F> | undefined;
  beforeAll(async () => {
    assertBuilt();
    temp = makeTempBackend(backendOptions);
    const fixture = (await prepare?.(temp, files)) as F;
    host = await startHttpHost({ handlers: temp.backend, staticDir: rendererBuild });
    browser = await launchChromium();
    let page: Page | undefined;
    if (pageOptions) {
      page = await newPage(browser, pageOptions);
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await pageOptions.beforeGoto?.(page);
      await page.goto(host.url);
    }
    app = { browser, host, temp, files, fixture, pageErrors, get page() {
      if (!page) throw new Error('No page was opened: pass the page option to serveAppForTests.');
      return page;
    } };
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    temp?.cleanup();
    files.cleanup();
  });
  return () => {
    if (!app) throw new Error('The served app is used before its beforeAll ran.');
    return app;
  };
};
