// 保存 / 保存为 PDF for the desktop app: the native save dialog, then an atomic write (electron/save-core.ts
// holds the checks). Only the app's own top frame may ask, as for API calls.
import { app, BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import { join } from 'node:path';
import { writeFileAtomic } from '../db/atomic-write.js';
import { toApiError } from '../shared/api/errors.js';
import { PRINT_TO_PDF_CHANNEL, SAVE_FILE_CHANNEL } from '../shared/desktop/save-file.js';
import { assertTrustedSender, type IpcReply } from './ipc.js';
import { printPageToPdf, saveFileFromPage, type SaveDeps } from './save-core.js';

const FILTER_NAMES: Record<string, string> = { xlsx: 'Excel 工作簿', pdf: 'PDF 文件', duban: '督办数据包' };

const depsFor = (sender: WebContents): SaveDeps => ({
  askPath: async (defaultName, extension) => {
    const window = BrowserWindow.fromWebContents(sender);
    const options = {
      title: '保存',
      defaultPath: join(app.getPath('documents'), defaultName),
      filters: [{ name: FILTER_NAMES[extension] ?? `${extension.toUpperCase()} 文件`, extensions: [extension] }],
    };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  write: writeFileAtomic,
});

export const registerSaveFiles = (isAppUrl: (url: string) => boolean): void => {
  ipcMain.handle(SAVE_FILE_CHANNEL, async (event, arg: unknown): Promise<IpcReply> => {
    try {
      assertTrustedSender(event, isAppUrl);
      return { ok: true, result: await saveFileFromPage(arg, depsFor(event.sender)) };
    } catch (error) {
      return { ok: false, error: toApiError(error).toJSON() };
    }
  });
  ipcMain.handle(PRINT_TO_PDF_CHANNEL, async (event, arg: unknown): Promise<IpcReply> => {
    try {
      assertTrustedSender(event, isAppUrl);
      // A4 from the page's own @page rules (margins, page numbers in the bottom margin box), with colours.
      const render = async (): Promise<Uint8Array> =>
        new Uint8Array(await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }));
      return { ok: true, result: await printPageToPdf(arg, render, depsFor(event.sender)) };
    } catch (error) {
      return { ok: false, error: toApiError(error).toJSON() };
    }
  });
};
