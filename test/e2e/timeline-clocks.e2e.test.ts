// The timeline looked at in the app (issue 13): a department PC whose clock runs a year behind. Its
// submissions carry last year's dates, yet the timeline reads issue → submit → return → resubmit →
// accept, and the times its clock got wrong are pointed out beside them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../hosts/http/server.js';
import { assertBuilt, launchChromium, newPage, rendererBuild, screenshot } from '../helpers/browser.js';
import { reviewRoundTrip, ROUND_TRIP_UNIT, YEAR_MS, type RoundTrip } from '../helpers/round-trip.js';
import { call } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

describe('a task timeline on a department PC a year behind', () => {
  let tmp: { dir: string; cleanup: () => void };
  let trip: RoundTrip;
  let host: HttpHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    assertBuilt();
    tmp = makeTempDir('duban-e2e-timeline-');
    trip = await reviewRoundTrip(tmp.dir, 0, -YEAR_MS);
    host = await startHttpHost({ handlers: trip.dept.backend, staticDir: rendererBuild });
    browser = await launchChromium();
    page = await newPage(browser);
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    trip?.close();
    tmp?.cleanup();
  });

  it('reads in the order the events answer each other, with the wrong clock pointed out', async () => {
    const workbench = page.getByRole('button', { name: '部门工作台' });
    if (await workbench.isVisible()) await workbench.click();
    const picker = page.getByLabel('本单位');
    if ((await picker.count()) > 0 && (await picker.evaluate((el) => el.tagName === 'SELECT'))) {
      await picker.selectOption({ label: ROUND_TRIP_UNIT });
    }
    const task = (await call(trip.dept, 'tasks.list', {})).find((t) => t.id === trip.taskId);
    await page.locator(`.task-row[data-task-code="${task?.code ?? ''}"]`).click();
    const timeline = page.getByRole('region', { name: '时间轴' }).or(page.locator('.timeline'));
    await timeline.locator('.event').nth(4).waitFor();
    const texts = await timeline.locator('.event .what').allInnerTexts();
    expect(texts[0]).toContain('任务下达');
    expect(texts[1]).toMatch(/^提交/);
    expect(texts[2]).toMatch(/^退回/);
    expect(texts[3]).toMatch(/^重新提交/);
    expect(texts[4]).toMatch(/^通过/);
    const notes = await timeline.locator('.clock-note').allInnerTexts();
    expect(notes.length).toBe(2);
    expect(notes.join('')).toContain('时钟不一致');
    await timeline.scrollIntoViewIfNeeded();
    await screenshot(page, 'timeline-department-clock-behind');
  });
});
