// Issue 18: where the dashboard click's time goes, on a database already built. For each round, from the
// click on 统计与通报 (coming from 部门目录): when each API request the screen makes left and was answered
// (Resource Timing: the answer's first byte less the request's start is the host's time), when the
// reports.dashboard body was read and parsed, when the charts were drawn (the bench's probe), and the page's
// long tasks (main thread busy > 50 ms: React rendering, ECharts drawing).
// Usage: node dist/bench/dash-trace.js DB [ROUNDS]  → one JSON line per round, times in ms from the click.
import type { Page } from 'playwright-core';
import { DASHBOARD_PROBE, launchChromium, startHost, stopHost } from './browser-reads.js';

const [dbPath, roundsArg] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: dash-trace DB [ROUNDS]');
const rounds = Number(roundsArg ?? 3);

// Reads the bench's probe (browser-reads.ts DASHBOARD_PROBE): the moments of the click, the answer's body, its parse and the charts drawn, and the page's long tasks.
const READ = `(() => {
  const d = window.__dash;
  const at = (x) => Math.round(x - d.clickAt);
  return {
    drawn: at(d.drawnAt), parsed: at(d.parsedAt), body: at(d.bodyAt),
    requests: performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/')).map((e) => ({
      method: e.name.split('/api/')[1].split('?')[0], sent: at(e.startTime), firstByte: at(e.responseStart), done: at(e.responseEnd), bytes: e.transferSize,
    })),
    longTasks: d.long.filter(([start]) => start >= d.clickAt - 50).map(([start, ms]) => [at(start), Math.round(ms)]),
  };
})()`;

const nav = (page: Page, label: string): Promise<void> => page.locator('.app-nav button', { hasText: label }).first().click();

const host = await startHost(dbPath);
await host.maintained;
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript(DASHBOARD_PROBE);
  await page.goto(host.url);
  await page.locator('.app-nav').waitFor({ timeout: 120_000 });
  // Round 0 loads the screen's lazily loaded code, as in a session that has opened it once; not printed.
  for (let i = 0; i <= rounds; i += 1) {
    await nav(page, '部门目录');
    await page.waitForTimeout(400);
    await page.evaluate('performance.clearResourceTimings(); window.__dash.long = []');
    const drawn = page.evaluate('new Promise((done) => window.__dash.waiters.push(done))');
    await nav(page, '统计与通报');
    await drawn;
    await page.waitForTimeout(300); // the requests that follow the figures (notice drafts) are in the round too
    const round = await page.evaluate(READ);
    if (i > 0) console.log(JSON.stringify(round));
  }
  await context.close();
} finally {
  await browser.close();
  await stopHost(host);
}
