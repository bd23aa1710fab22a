// The office's reads as a person meets them, in Debian's Chromium over the local HTTP host (issue 18):
// - the dashboard from the click on 统计与通报 to its charts drawn, against a floor of the period's SQL
//   (measured by office-reads.ts in the same run) plus the same browser drawing a static page of the
//   same figures (the drawn dashboard saved as HTML: styles inlined, charts as pictures, no script);
// - `duban bulletin` (the CLI, as a separate process: open, build, browser, PDF) against the period's SQL
//   plus the same Chromium started and printing the same rows as static HTML (the bulletin's print page
//   saved with its styles and SVG charts, no script).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BENCH_NOW } from './build.js';
import { CHROMIUM } from './renderer.js';
import { median } from './stats.js';

const distDir = join(import.meta.dirname, '..');
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'];

export type Host = { url: string; child: ChildProcess; maintained: Promise<void> };

/**
 * Starts the local host on a file. `maintained` settles once the host says its background maintenance is
 * over: a file opened for the first time in a day gets its daily backup and, when due, the full integrity
 * check on a worker as the host starts; on 2 cores that work (seconds at province scale, timed on its own as
 * daily_backup_time and integrity_check_background_time) would otherwise land inside the clicks measured.
 */
export const startHost = (dbPath: string): Promise<Host> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(distDir, 'hosts', 'http-main.js'), '--db', dbPath, '--no-demo', '--today', BENCH_NOW.slice(0, 10)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let isMaintained: () => void = () => undefined;
    const maintained = new Promise<void>((done) => {
      isMaintained = done;
      setTimeout(done, 180_000).unref();
    });
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child, maintained });
      if (/后台维护|注意:/.test(output)) isMaintained();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      isMaintained();
      reject(new Error(`host exited with ${code}: ${output}`));
    });
  });

/** SIGTERM closes the database (and its lock) before the host exits: wait for that before the next opener. */
export const stopHost = (host: Host): Promise<void> =>
  new Promise((resolve) => {
    if (host.child.exitCode !== null) return resolve();
    host.child.once('exit', () => resolve());
    host.child.kill('SIGTERM');
  });

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });

// In the page before any script. The click on 统计与通报 is noted (capture phase, before React sees it);
// the dashboard's figures are in when the page has parsed the reports.dashboard answer; React then renders
// (a task), runs the charts' effects, and ECharts draws on the next animation frame. So "drawn" is noted
// after a task and three frames past the parse: a little late rather than early.
// bench/dash-trace.ts reads the same probe, with the answer's body time and the page's long tasks.
export const DASHBOARD_PROBE = `
  window.__dash = { clickAt: 0, bodyAt: 0, parsedAt: 0, drawnAt: 0, waiters: [], long: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__dash.long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('.app-nav button') : null;
    if (button && button.textContent.includes('统计与通报')) window.__dash.clickAt = performance.now();
  }, true);
  const parse = Response.prototype.json;
  Response.prototype.json = function () {
    const bodyAt = performance.now();
    const parsed = parse.call(this);
    if (this.url.includes('/api/reports.dashboard')) {
      window.__dash.bodyAt = bodyAt;
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const task = () => new Promise((done) => setTimeout(done, 0));
      parsed.then(async () => {
        window.__dash.parsedAt = performance.now();
        await task();
        await frame();
        await task();
        await frame();
        await frame();
        window.__dash.drawnAt = performance.now();
        const d = window.__dash;
        for (const done of d.waiters.splice(0)) done({ drawn: d.drawnAt - d.clickAt, data: d.parsedAt - d.clickAt });
      });
    }
    return parsed;
  };`;

// The page as it stands, saved as a static page: its style rules inlined, canvases as PNG pictures, no scripts.
const SNAPSHOT = `(() => {
  const css = [...document.styleSheets].map((s) => { try { return [...s.cssRules].map((r) => r.cssText).join('\\n'); } catch { return ''; } }).join('\\n');
  const copy = document.documentElement.cloneNode(true);
  const canvases = [...document.querySelectorAll('canvas')];
  [...copy.querySelectorAll('canvas')].forEach((c, i) => {
    const img = document.createElement('img');
    img.src = canvases[i].toDataURL('image/png');
    img.style.cssText = canvases[i].style.cssText;
    c.replaceWith(img);
  });
  copy.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"], style').forEach((n) => n.remove());
  const style = document.createElement('style');
  style.textContent = css;
  copy.querySelector('head').appendChild(style);
  return '<!doctype html>' + copy.outerHTML;
})()`;

// The floor's drawing, timed inside a blank page: write the static page, wait for its pictures, two frames.
const DRAW_STATIC = `async (html) => {
  const started = performance.now();
  document.open();
  document.write(html);
  document.close();
  await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return performance.now() - started;
}`;

const clickNav = async (page: Page, label: string): Promise<void> => {
  await page.locator('.app-nav button', { hasText: label }).first().click();
};

type Click = { drawn: number; data: number };

const dashboardOnce = async (page: Page): Promise<Click> => {
  await clickNav(page, '部门目录');
  await page.locator('.app-nav button', { hasText: '部门目录' }).first().waitFor();
  await page.waitForTimeout(200);
  const drawn = page.evaluate('new Promise((done) => window.__dash.waiters.push(done))') as Promise<Click>;
  await clickNav(page, '统计与通报');
  return drawn;
};

export type DashboardFigures = { clickToDrawnMs: number; clickToDataMs: number; staticDrawMs: number; charts: number };

/** Click to charts drawn, `rounds` times on one page, each time from another screen, alternating with the static floor. */
export const measureDashboardInBrowser = async (browser: Browser, hostUrl: string, rounds = 5): Promise<DashboardFigures> => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.addInitScript(DASHBOARD_PROBE);
    await page.goto(hostUrl);
    await page.locator('.app-nav').waitFor({ timeout: 120_000 });
    await dashboardOnce(page); // the lazily loaded chart code fetched, as in a session that has opened it once
    const charts = await page.locator('[data-testid="dashboard"] .echart').count();
    if (charts === 0) throw new Error('the dashboard drew no chart');
    const html = (await page.evaluate(SNAPSHOT)) as string;
    // A page in the background gets no animation frames: each page is brought to the front for its turn.
    const floorPage = await context.newPage();
    const clicks: Click[] = [];
    const statics: number[] = [];
    for (let i = 0; i < rounds; i += 1) {
      await page.bringToFront();
      clicks.push(await dashboardOnce(page));
      await floorPage.bringToFront();
      await floorPage.goto('about:blank');
      statics.push((await floorPage.evaluate(`(${DRAW_STATIC})(${JSON.stringify(html)})`)) as number);
    }
    return { clickToDrawnMs: median(clicks.map((c) => c.drawn)), clickToDataMs: median(clicks.map((c) => c.data)), staticDrawMs: median(statics), charts };
  } finally {
    await context.close();
  }
};

/** The bulletin's print page as the CLI opens it, saved as static HTML (its charts are SVG in print). */
export const bulletinStaticHtml = async (browser: Browser, hostUrl: string, planId: string, periodId: string): Promise<string> => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 673, height: 950 } });
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({ plan: planId, period: periodId, print: '1' });
    await page.goto(`${hostUrl}bulletin.html#/bulletin?${query.toString()}`);
    await page.waitForSelector('[data-bulletin-state="ready"]', { timeout: 120_000 });
    await page.emulateMedia({ media: 'print' });
    return (await page.evaluate(SNAPSHOT)) as string;
  } finally {
    await context.close();
  }
};

export type BulletinFigures = { cliMs: number; staticPrintMs: number; pdfBytes: number; floorPdfBytes: number };

const cli = join(distDir, 'hosts', 'cli.js');

/** `duban bulletin` as a person runs it, alternating with Chromium started to print the static page. */
export const measureBulletinPdf = async (dbPath: string, periodId: string, html: string, rounds = 3): Promise<BulletinFigures> => {
  const out = `${dbPath}.bench-bulletin.pdf`;
  const floorOut = `${dbPath}.bench-static.pdf`;
  const cliRuns: number[] = [];
  const staticRuns: number[] = [];
  let floorPdfBytes = 0;
  for (let i = 0; i < rounds; i += 1) {
    let started = performance.now();
    const result = spawnSync(process.execPath, [cli, 'bulletin', '--db', dbPath, '--period', periodId, '--out', out, '--browser', CHROMIUM, '--today', BENCH_NOW.slice(0, 10)], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`duban bulletin exited with ${result.status}: ${result.stderr}`);
    cliRuns.push(performance.now() - started);
    started = performance.now();
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 673, height: 950 } })).newPage();
      await page.setContent(html);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      floorPdfBytes = pdf.length;
    } finally {
      await browser.close();
    }
    staticRuns.push(performance.now() - started);
  }
  const pdfBytes = statSync(out).size;
  rmSync(out, { force: true });
  rmSync(floorOut, { force: true });
  return { cliMs: median(cliRuns), staticPrintMs: median(staticRuns), pdfBytes, floorPdfBytes };
};
