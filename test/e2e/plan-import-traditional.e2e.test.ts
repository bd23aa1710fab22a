// A plan page saved from a government site's 繁體 mirror: the office chooses it on 导入规划 and sees the
// tasks, leads and participants in simplified characters, with a note saying the page was folded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import { standards } from '../corpus/traditional.js';

const app = serveAppForTests({ withDemo: false });

describe('plan import of a traditional-script page', () => {
  it('previews and imports it in simplified characters, and says so', async () => {
    // Corpus doc 61 (a district's 责任分解方案), converted by OpenCC as a Taiwan-standard mirror prints it.
    const original = readFileSync(join(import.meta.dirname, '..', 'corpus', 'docs', '61-hanyang-2019.txt'), 'utf8');
    const page = await newPage(app().browser);
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '导入规划' }).click();
    await page.getByLabel('选择规划文件').setInputFiles({ name: '責任分解方案.txt', mimeType: 'text/plain', buffer: Buffer.from(standards.tw(original), 'utf8') });
    await page.locator('.note', { hasText: '原文为繁体字,已按简体字读取和显示' }).waitFor();
    const row = page.locator('.task-table tr', { hasText: '亩产论英雄' });
    await expect.poll(() => row.textContent()).toContain('区科技和经信局');
    await expect.poll(() => row.textContent()).toContain('汉阳经济开发区管委会');
    await screenshot(page, 'plan-import-traditional');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('button', { name: '任务分解表' }).click();
    await expect.poll(() => page.locator('body').textContent()).toContain('永丰街办事处');
  });
});
