// The clerk's whole job in Chromium through the local host run as a child process: as 市农业农村局 on
// the 湛江 demo, fill the 2026年第四季度 report for task 1 with an evidence file and an indicator value,
// kill the host mid-edit (SIGKILL), restart it on the same database, find the draft intact, submit.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { assertBuilt, launchChromium, newPage, openReport, screenshot, spawnHost, type HostProcess } from '../helpers/browser.js';
import { makeTempDir, seedsDir } from '../helpers/temp-backend.js';
import { suiteClock } from '../helpers/suite-clock.js';

const PDF = Buffer.from('%PDF-1.4\n% 湛江市农产品质量安全例行监测结果(第四季度)\n');
const TEXT = {
  progress: '完成农产品质量安全例行监测1200批次,合格率97.5%。',
  problems: '基层检测机构人员不足。',
  nextSteps: '开展冬春季农产品专项抽检,',
};

let browser: Browser;
let page: Page;
let host: HostProcess | null = null;
const temp = makeTempDir('duban-e2e-workbench-');
const dbPath = join(temp.dir, 'duban.sqlite');

// Typing marks the form dirty at once (React flushes input events synchronously); this waits for the save.
const waitForSaved = (p: Page) => p.locator('.save-state.save-saved').waitFor({ timeout: 10_000 });

const openTask1 = async (p: Page): Promise<void> => {
  await openReport(p, p.locator('.task-row[data-task-code="1"]'), '2026年第四季度');
};

beforeAll(async () => {
  assertBuilt();
  // The office's side, on the real database before the host opens it: the demo plan and an indicator for task 1.
  const office = createBackend({ dbPath, seedsDir, clock: suiteClock });
  const task1 = (await office['tasks.list']({})).find((t) => t.code === '1');
  if (!task1) throw new Error('demo has no task 1');
  await office['indicators.add']({
    taskId: task1.id,
    name: '农产品质量安全例行检测总体合格率',
    unit: '%',
    targetText: '≥96',
    baselineText: '',
    category: '产品质量',
    attribute: 'binding',
  });
  office.close();
  browser = await launchChromium();
  page = await newPage(browser);
});

afterAll(async () => {
  await host?.stop();
  await browser?.close();
  temp.cleanup();
});

describe('department workbench', () => {
  test('fill, crash, restart, find the draft intact, submit', async () => {
    host = await spawnHost(dbPath);
    await page.goto(host.url);
    await page.getByLabel('本单位').selectOption({ label: '市农业农村局' });
    await page.locator('.task-row[data-task-code="1"]').waitFor();
    expect(await page.locator('.list-heading').allInnerTexts()).toEqual(['牵头(2)', '参与(3)']);
    await screenshot(page, 'workbench-task-list');

    await openTask1(page);
    await page.getByLabel('进展状态').selectOption({ label: '正常推进' });
    await page.getByLabel('完成百分比').fill('140');
    // Checked as typed, beside the field, in Chinese.
    expect(await page.locator('#percent-message').innerText()).toContain('完成百分比不能超过 100');
    await page.getByLabel('完成百分比').fill('60');
    await page.getByLabel('进展情况').fill(TEXT.progress);
    await page.getByLabel('存在问题').fill(TEXT.problems);
    await page.keyboard.press('Control+s');
    await waitForSaved(page);

    const indicator = page.getByLabel('农产品质量安全例行检测总体合格率本期完成值');
    await indicator.fill('九十七');
    expect(await page.locator('.attainment').innerText()).toBe('请填写数字');
    await indicator.fill('97.5');
    expect(await page.locator('.attainment').innerText()).toBe('已达标');
    await page.getByLabel('选择佐证材料文件').setInputFiles({ name: '例行监测结果.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: '例行监测结果.pdf', exact: true }).waitFor();
    await waitForSaved(page);

    // Mid-edit: the cursor is still in 下一步计划 when the host dies; the timer has saved what was typed.
    await page.getByLabel('下一步计划').fill(TEXT.nextSteps);
    await waitForSaved(page);
    await screenshot(page, 'workbench-report-form-draft');
    const killed = new Promise((resolve) => host?.child.once('exit', resolve));
    host.child.kill('SIGKILL');
    await killed;

    host = await spawnHost(dbPath);
    await page.goto(host.url);
    await page.locator('.task-row[data-task-code="1"] .state').filter({ hasText: '草稿' }).waitFor();
    await openTask1(page);
    expect(await page.getByLabel('进展状态').inputValue()).toBe('on_track');
    expect(await page.getByLabel('完成百分比').inputValue()).toBe('60');
    expect(await page.getByLabel('进展情况').inputValue()).toBe(TEXT.progress);
    expect(await page.getByLabel('存在问题').inputValue()).toBe(TEXT.problems);
    expect(await page.getByLabel('下一步计划').inputValue()).toBe(TEXT.nextSteps);
    expect(await indicator.inputValue()).toBe('97.5');
    expect(await page.locator('.evidence-list li').allInnerTexts()).toEqual([expect.stringContaining('例行监测结果.pdf')]);
    await screenshot(page, 'workbench-report-form');
    await page.locator('.evidence').scrollIntoViewIfNeeded();
    await screenshot(page, 'workbench-report-form-evidence');

    await page.getByRole('button', { name: '提交本期报告' }).click();
    // Submitting cannot be undone: it asks first.
    await page.getByRole('alertdialog').getByRole('button', { name: '确认提交' }).click();
    await page.locator('.submitted-banner').waitFor();
    expect(await page.locator('.period-row .state').innerText()).toBe('已提交');
    expect(await page.getByLabel('进展情况').isDisabled()).toBe(true);
    expect(await page.locator('.timeline .event').last().innerText()).toContain('提交2026年第四季度报告:正常推进,完成 60%');
    expect(await page.locator('.task-row[data-task-code="1"] .state').innerText()).toBe('已提交');
    await screenshot(page, 'workbench-report-submitted');

    await host.stop();
    host = null;
    const check = createBackend({ dbPath, clock: suiteClock });
    try {
      const departments = await check['departments.list']({});
      const dept = departments.find((d) => d.name === '市农业农村局');
      const task1 = (await check['tasks.list']({})).find((t) => t.code === '1');
      const detail = await check['progress.get']({ taskId: task1?.id ?? '', departmentId: dept?.id ?? '', periodId: '2026-Q4' });
      expect(detail.report).toMatchObject({ status: 'on_track', percent: 60, nextSteps: TEXT.nextSteps });
      expect(detail.attachments.map((a) => [a.fileName, a.integrity])).toEqual([['例行监测结果.pdf', 'ok']]);
      expect(Object.values(detail.report?.indicatorValues ?? {})).toEqual(['97.5']);
    } finally {
      check.close();
    }
  });
});
