// Issue 18: the dashboard line alone, on a database already built (a growth size's office file or the
// renderer's 10,000-task plan), for measuring a change without the whole bench.
// Usage: node dist/bench/dash-click.js DB [ROUNDS]  → one JSON line (click to data, click to drawn, static draw).
import { launchChromium, measureDashboardInBrowser, startHost, stopHost } from './browser-reads.js';

const [dbPath, rounds] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: dash-click DB [ROUNDS]');
const host = await startHost(dbPath);
await host.maintained;
const browser = await launchChromium();
try {
  const d = await measureDashboardInBrowser(browser, host.url, Number(rounds ?? 5));
  console.log(JSON.stringify({ ...d, load: (await import('node:os')).loadavg().map((x) => Math.round(x * 100) / 100) }));
} finally {
  await browser.close();
  await stopHost(host);
}
