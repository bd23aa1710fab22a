// 导出 Excel and 保存为 PDF as the desktop app does them, in Chromium: a stand-in for the preload bridge
// (window.duban) runs the shell's own save logic (electron/save-core.ts) in this test process, with the
// dialog answered by the test and the PDF rendered by Chromium's page.pdf, Electron's printToPDF twin.
// The real IPC path is in test/e2e/electron.e2e.test.ts, which runs where the Electron binary exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../db/atomic-write.js';
import { printPageToPdf, saveFileFromPage, type SaveDeps } from '../../electron/save-core.js';
import { toApiError } from '../../shared/api/errors.js';
import { screenshot, screenshotDir } from '../helpers/browser.js';
import { serveAppForTests } from '../helpers/served-app.js';
import type { TempBackend } from '../helpers/temp-backend.js';

describe('saving files in the desktop app (stand-in bridge)', () => {
  let t: TempBackend;
  let page: Page;
  const asked: string[] = [];
  let answer: string | null = null;

  const deps: SaveDeps = {
    askPath: async (name) => {
      asked.push(name);
      return answer;
    },
    write: writeFileAtomic,
  };
  const reply = async (run: () => Promise<unknown>) => {
    try {
      return { ok: true, result: await run() };
    } catch (error) {
      return { ok: false, error: toApiError(error).toJSON() };
    }
  };

  const app = serveAppForTests({
    page: {
      beforeGoto: async (p) => {
        await p.exposeFunction('standInSaveFile', (request: unknown) => reply(() => saveFileFromPage(request, deps)));
        await p.exposeFunction('standInPrintToPdf', (request: unknown) =>
          reply(() => printPageToPdf(request, async () => new Uint8Array(await p.pdf({ preferCSSPageSize: true, printBackground: true })), deps)),
        );
        await p.addInitScript(`
      const token = () => document.querySelector('meta[name="duban-token"]')?.getAttribute('content') ?? '';
      Object.defineProperty(window, 'duban', { value: {
        invoke: (method, arg) => fetch('./api/' + method, { method: 'POST', headers: { 'content-type': 'application/json', 'x-duban-token': token() }, body: JSON.stringify(arg) }).then((r) => r.json()),
        saveFile: (request) => window.standInSaveFile(request),
        printToPdf: (request) => window.standInPrintToPdf(request),
      } });
    `);
      },
    },
  });

  beforeAll(async () => {
    ({ temp: t, page } = app());
    await page.getByRole('button', { name: '统计与通报' }).click();
    await page.locator('.dashboard').first().waitFor();
  });

  it('导出 Excel goes through the save dialog and writes the decomposition table where the clerk chose', async () => {
    answer = join(t.dir, '导出', '进展表');
    mkdirSync(join(t.dir, '导出'), { recursive: true });
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const status = page.getByRole('status').filter({ hasText: '已保存到' });
    await status.waitFor();
    expect(await status.textContent()).toContain(`${answer}.xlsx`);
    expect(asked.at(-1)).toMatch(/2026年第四季度.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(`${answer}.xlsx`) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(sheet.views[0]?.state === 'frozen' ? (sheet.views[0].ySplit ?? 1) : 1).values as unknown[]).filter(Boolean);
    expect(header.slice(0, 6)).toEqual(['序号', '工作任务', '主要内容', '牵头部门', '参与部门', '完成时限']);
  });

  it('a cancelled dialog writes nothing and says nothing', async () => {
    answer = null;
    const before = asked.length;
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await expect.poll(() => asked.length).toBe(before + 1);
    expect(await page.getByRole('status').filter({ hasText: '已保存到' }).count()).toBe(0);
  });

  it('保存为 PDF prints the bulletin alone to A4 and saves it', async () => {
    await page.getByRole('button', { name: '通报', exact: true }).click();
    const button = page.getByRole('button', { name: '保存为 PDF' });
    await button.waitFor();
    await page.locator('[data-bulletin-state="ready"]').waitFor();
    answer = join(t.dir, '导出', '通报');
    await button.click();
    await page.getByRole('status').filter({ hasText: '已保存到' }).waitFor();
    expect(asked.at(-1)).toBe('通报-2026年第四季度.pdf');
    const pdf = readFileSync(`${answer}.pdf`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'bulletin-saved-desktop');
    const text = spawnSync('pdftotext', ['-layout', `${answer}.pdf`, '-'], { encoding: 'utf8' });
    if (text.status === 0) {
      // The bulletin only: no app navigation, no toolbar, and the page number from the @page rule.
      expect(text.stdout).toContain('2026年第四季度');
      expect(text.stdout).not.toContain('部门工作台');
      expect(text.stdout).not.toContain('保存为 PDF');
      expect(text.stdout).toMatch(/第\s*1\s*页/);
      if (existsSync('/usr/bin/pdftoppm')) {
        const png = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', `${answer}.pdf`, join(screenshotDir, 'bulletin-desktop-page')]);
        expect(png.status).toBe(0);
      }
    } else process.stdout.write('pdftotext is not installed (poppler-utils): the PDF was checked, not read\n');
  });
});
