// A PC used in November 2026 starts with its date reset to 2000: every screen says so at the top, in
// Chinese, until the clerk fixes the date or says it is right.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend.js';
import { startHttpHost, type HttpHost } from '../../hosts/http/server.js';
import { assertBuilt, launchChromium, newPage, rendererBuild, screenshot } from '../helpers/browser.js';
import { fixedClock, makeTempDir, seedsDir } from '../helpers/temp-backend.js';

describe('PC date warning in Chromium', () => {
  const temp = makeTempDir('duban-e2e-clock-');
  const dbPath = join(temp.dir, 'duban.sqlite');
  let backend: Backend;
  let host: HttpHost;
  let browser: Browser;

  beforeAll(async () => {
    assertBuilt();
    const november = createBackend({ dbPath, seedsDir, clock: fixedClock('2026-11-22T09:00:00+08:00') });
    await november['app.clockCheck']({});
    november.close();
    backend = createBackend({ dbPath, seedsDir, clock: fixedClock('2000-01-01T08:30:00+08:00'), isDailyBackup: false });
    host = await startHttpHost({ handlers: backend, staticDir: rendererBuild });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    backend?.close();
    temp.cleanup();
  });

  it('shows the warning on top of the workbench; a date before 2015 offers no 日期无误', async () => {
    const page = await newPage(browser);
    await page.goto(host.url);
    const warning = page.locator('.clock-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('本机日期为 2000年1月1日,明显不对');
    await screenshot(page, 'clock-warning');
    expect(await warning.getByRole('button').count()).toBe(0);
    await page.getByRole('button', { name: '统计与通报' }).click();
    expect(await warning.isVisible()).toBe(true);
    await page.close();
  });

  it('a date set back a month offers 日期无误, which clears it', async () => {
    await host.close();
    backend.close();
    backend = createBackend({ dbPath, seedsDir, clock: fixedClock('2026-10-08T09:00:00+08:00'), isDailyBackup: false });
    host = await startHttpHost({ handlers: backend, staticDir: rendererBuild });
    const page = await newPage(browser);
    await page.goto(host.url);
    const warning = page.locator('.clock-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('早于这台电脑上次使用督办的日期 2026年11月22日');
    await screenshot(page, 'clock-warning-set-back');
    await warning.getByRole('button', { name: '日期无误,不再提示' }).click();
    await warning.waitFor({ state: 'detached' });
    await page.close();
  });
});
