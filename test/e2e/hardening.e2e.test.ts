// The hardened app as a person meets it, in Chromium through the local host: the renderer makes no
// request outside its own origin on any main screen, and a damaged database opens on the recovery
// screen, which restores the latest good backup on confirmation and keeps the damaged file aside.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import type { HttpHost } from '../../hosts/http/server.js';
import { assertBuilt, launchChromium, newPage, screenshot, spawnHost, type HostProcess } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { fixedClock, makeTempDir, seedsDir } from '../helpers/temp-backend.js';

const MAIN_SCREENS = ['部门工作台', '任务分解表', '导入规划', '部门目录', '数据交换', '统计与通报', '设置'];

describe('the renderer makes no network request', () => {
  const requests: string[] = [];
  // Counted on the context: pages, workers and anything a page opens.
  const app = serveAppForTests({ page: { beforeGoto: (p) => p.context().on('request', (r) => requests.push(r.url())) } });
  let host: HttpHost;
  let page: Page;

  beforeAll(() => {
    ({ host, page } = app());
  });

  it('visits every main screen and the bulletin with only the app’s own origin requested', async () => {
    await page.getByText('湛江市开展质量提升行动的方案', { exact: true }).first().waitFor();
    for (const name of MAIN_SCREENS) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.waitForLoadState('networkidle');
    }
    await page.getByRole('button', { name: '统计与通报', exact: true }).click();
    const bulletin = page.getByRole('button', { name: /通报/ }).filter({ hasNotText: '统计与通报' }).first();
    if (await bulletin.count()) {
      await bulletin.click();
      await page.waitForLoadState('networkidle');
    }
    const origin = new URL(host.url).origin;
    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    process.stdout.write(`\n[network] ${requests.length} requests over ${MAIN_SCREENS.length} screens and the bulletin, outside ${origin}: ${foreign.length}\n`);
    expect(requests.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
  });
});

describe('a damaged database opens on the recovery screen', () => {
  let tmp: { dir: string; cleanup: () => void };
  let host: HostProcess;
  let browser: Browser;
  let page: Page;
  let dbPath: string;
  let damaged: Buffer;

  beforeAll(async () => {
    assertBuilt();
    tmp = makeTempDir('duban-recovery-e2e-');
    dbPath = join(tmp.dir, 'duban.sqlite');
    createBackend({ dbPath, clock: fixedClock('2026-11-20T09:00:00+08:00'), seedsDir }).close();
    createBackend({ dbPath, clock: fixedClock('2026-11-21T09:00:00+08:00'), seedsDir }).close(); // the daily backup
    damaged = Buffer.from(readFileSync(dbPath));
    damaged.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(dbPath, damaged);
    host = await spawnHost(dbPath, ['--demo']);
    browser = await launchChromium();
    page = await newPage(browser);
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('says the file is damaged, offers the backup, restores on confirmation and keeps the damaged file', async () => {
    const alert = page.getByRole('alert', { name: '数据库无法打开' });
    await alert.getByRole('heading', { name: '数据库文件已损坏' }).waitFor();
    expect(await alert.textContent()).toContain('最新的良好备份');
    await screenshot(page, 'recovery-offer');
    expect(readFileSync(dbPath).equals(damaged)).toBe(true);

    page.once('dialog', (dialog) => void dialog.accept());
    await alert.getByRole('button', { name: '恢复到这个备份' }).click();
    const done = page.getByRole('region', { name: '恢复完成' });
    await done.getByRole('heading', { name: '已从备份恢复' }).waitFor();
    expect(await done.textContent()).toContain('duban.sqlite.damaged-');
    await screenshot(page, 'recovery-done');
    const aside = readdirSync(tmp.dir).find((n) => /^duban\.sqlite\.damaged-\d{8}-\d{6}$/.test(n));
    expect(aside).toBeDefined();
    expect(readFileSync(join(tmp.dir, aside ?? '')).equals(damaged)).toBe(true);

    await done.getByRole('button', { name: '进入督办' }).click();
    await page.getByText('湛江市开展质量提升行动的方案', { exact: true }).first().waitFor();
  });
});
