// Saving a file the app made (Excel export, an evidence file) and the bulletin as PDF. In the desktop app
// the shell shows the save dialog and writes the file (shared/desktop/save-file.ts); in the browser served
// by the local host the bytes become a download and the bulletin goes through the print dialog.
import type { SavedFile } from '../../shared/desktop/save-file';
import { ApiError, isApiErrorShape } from '../../shared/api/errors';
import type { Reply } from './client';

const unwrap = (reply: Reply): SavedFile => {
  if (reply.ok) return reply.result as SavedFile;
  if (isApiErrorShape(reply.error)) throw new ApiError(reply.error.code, reply.error.message);
  throw new ApiError('internal', '保存失败');
};

const download = (fileName: string, base64: string, mime: string): void => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** True in the desktop app: files are saved through its dialog and PDFs printed by the shell. */
export const hasDesktopSave = (): boolean => typeof window.duban?.saveFile === 'function';

/**
 * Saves bytes under a name the person confirms. Resolves to a Chinese line to show (已保存到 …, or that the
 * browser is downloading it), or null when the person cancelled the dialog.
 */
export const saveBytes = async (fileName: string, base64: string, mime: string): Promise<string | null> => {
  const save = window.duban?.saveFile;
  if (!save) {
    download(fileName, base64, mime);
    return `已开始下载 ${fileName}`;
  }
  const saved = unwrap(await save({ suggestedName: fileName, dataBase64: base64 }));
  return saved.path === null ? null : `已保存到 ${saved.path}`;
};

/** The current page as an A4 PDF through the shell; in the browser, the print dialog (存为 PDF there). */
export const savePageAsPdf = async (fileName: string): Promise<string | null> => {
  const print = window.duban?.printToPdf;
  if (!print) {
    window.print();
    return null;
  }
  const saved = unwrap(await print({ suggestedName: fileName }));
  return saved.path === null ? null : `已保存到 ${saved.path}`;
};
