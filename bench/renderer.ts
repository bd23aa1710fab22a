// Renderer figures, in Debian's Chromium through the local HTTP host (a child process, as a clerk would
// run it): time until a 10,000-task workbench list is painted, frames dropped while scrolling it, and the
// gzipped size of the JavaScript the first page load fetches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { storeParsedPlan } from '../db/plans/store-plan.js';
import { call, openInstallation } from './build.js';
import { tenThousandTaskPlan } from './dataset.js';
import { measureDashboardInBrowser, startHost, type DashboardFigures } from './browser-reads.js';
import { median } from './stats.js';

export const CHROMIUM = process.env.DUBAN_CHROMIUM ?? '/usr/bin/chromium';
const distDir = join(import.meta.dirname, '..');

export type RendererFigures = {
  firstPaintMs: number;
  fcpMs: number;
  frames: number;
  droppedFrames: number;
  bundleGzipKb: number;
  chromiumVersion: string;
  /** The dashboard of the 10,000-task plan, from the click on 统计与通报 to its charts drawn (issue 18). */
  dashboard: DashboardFigures;
};

/** The JS an empty cache downloads before the first paint: index.html's module script and its preloads. */
export const initialBundleGzipKb = (rendererDir = join(distDir, 'renderer')): number => {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
  const bytes = sources.reduce((n, src) => n + gzipSync(readFileSync(join(rendererDir, (src as string).replace(/^\.?\//, ''))), { level: 9 }).length, 0);
  return bytes / 1024;
};

const makeDatabase = async (dbPath: string): Promise<void> => {
  const backend = openInstallation(dbPath);
  try {
    const { plan, leadName } = tenThousandTaskPlan();
    storeParsedPlan(backend.db, backend.identity.originId, plan, { name: 'bench-10000.txt', sha256: 'b'.repeat(64) }, '2026-01-01T00:00:00+08:00');
    const dept = (await call(backend, 'departments.list', {})).find((d) => d.name === leadName);
    // The unit is chosen, so the workbench opens straight onto its 10,000 tasks.
    await call(backend, 'workbench.updateSettings', { departmentId: dept?.id ?? null });
  } finally {
    backend.close();
  }
};

// Runs in the page before any script: notes when the first list row enters the DOM and when the frame
// holding it has been presented (two animation frames later).
const PAINT_PROBE = `
  window.__listPaint = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.task-row')) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
    });
    observer.observe(document, { childList: true, subtree: true });
  });`;

// Scrolls the list 200 px a frame for 240 frames and counts frames that missed their 16.7 ms slot.
const SCROLL_PROBE = `(async () => {
  const list = document.querySelector('.task-list');
  const stamps = [];
  await new Promise((done) => {
    const step = (t) => {
      stamps.push(t);
      list.scrollTop += 200;
      if (stamps.length < 240) requestAnimationFrame(step); else done();
    };
    requestAnimationFrame(step);
  });
  let dropped = 0;
  for (let i = 1; i < stamps.length; i += 1) dropped += Math.max(0, Math.round((stamps[i] - stamps[i - 1]) / (1000 / 60)) - 1);
  return { frames: stamps.length, dropped };
})()`;

export const measureRenderer = async (scratch: string, runs = 3): Promise<RendererFigures> => {
  const dbPath = join(scratch, 'renderer-10000.sqlite');
  await makeDatabase(dbPath);
  const host = await startHost(dbPath);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
    });
    const paints: number[] = [];
    const fcps: number[] = [];
    let scroll = { frames: 0, dropped: 0 };
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.addInitScript(PAINT_PROBE);
      await page.goto(host.url);
      paints.push((await page.evaluate('window.__listPaint')) as number);
      fcps.push((await page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN")) as number);
      const count = await page.locator('.list-count').innerText();
      if (!count.includes('10000')) throw new Error(`the list shows "${count}", not 10,000 tasks`);
      if (i === runs - 1) scroll = (await page.evaluate(SCROLL_PROBE)) as { frames: number; dropped: number };
      await context.close();
    }
    // The first paint above is taken while the host's start-up maintenance may run (it must not block the
    // first screen); the dashboard is an everyday click, taken once that maintenance is over.
    await host.maintained;
    const dashboard = await measureDashboardInBrowser(browser, host.url);
    return { firstPaintMs: median(paints), fcpMs: median(fcps), frames: scroll.frames, droppedFrames: scroll.dropped, bundleGzipKb: initialBundleGzipKb(), chromiumVersion: browser.version(), dashboard };
  } finally {
    await browser?.close();
    host.child.kill('SIGTERM');
  }
};
