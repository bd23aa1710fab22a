// The import preview as the office reaches it: a new page at 1366×768, 导入规划, a plan file written to the test's
// folder and chosen with the file chooser. The plan-import walks start here, each then checking what it previews.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { newPage } from './browser.js';

export type PreviewApp = { browser: Browser; host: { url: string }; files: { dir: string } };

export const previewPlanText = async (app: PreviewApp, fileName: string, text: string): Promise<Page> => {
  const path = join(app.files.dir, fileName);
  writeFileSync(path, text);
  const page = await newPage(app.browser, { height: 768 });
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '导入规划' }).click();
  await page.getByLabel('选择规划文件').setInputFiles(path);
  return page;
};
