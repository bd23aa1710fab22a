// Two requests the page may make of the desktop shell besides API calls: save these bytes under a name the
// person picks (Excel exports, evidence files), and print this page to PDF (the bulletin). Main shows the
// native save dialog, so the page never chooses where a file lands; the preload and main both check the
// request with these schemas. In the browser host neither exists and the page falls back to a download
// or window.print() (renderer/platform/desktop.ts).
import { z } from 'zod';

export const SAVE_FILE_CHANNEL = 'duban:save-file';
export const PRINT_TO_PDF_CHANNEL = 'duban:print-to-pdf';

/** What may be saved: the app's own exports and evidence files of the kinds the report form accepts. */
export const SAVE_EXTENSIONS = [
  'xlsx', 'pdf', 'duban', 'csv', 'txt', 'ofd', 'doc', 'docx', 'wps', 'xls', 'et', 'ppt', 'pptx', 'jpg', 'jpeg', 'png', 'gif', 'bmp', 'zip',
] as const;

/** Large enough for any evidence file the workbench accepts by default (20 MB) with room to spare. */
export const SAVE_MAX_BYTES = 256 * 1024 * 1024;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const FORBIDDEN = /[<>:"|?*\u0000-\u001f]/g;

/**
 * A file name safe on Windows and Linux: no folders, no characters Windows forbids, not a reserved
 * device name, at most 120 characters before the extension. Keeps Chinese as it is.
 */
export const safeFileName = (name: string, fallback = '督办导出'): string => {
  const raw = name.split(/[\\/]/).pop() ?? '';
  const dot = raw.lastIndexOf('.');
  const ext = dot >= 0 ? raw.slice(dot).replace(FORBIDDEN, '_').replace(/\s+/g, '') : '';
  const stem = (dot >= 0 ? raw.slice(0, dot) : raw)
    .replace(FORBIDDEN, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return `${stem === '' || WINDOWS_RESERVED.test(stem) ? fallback : stem}${ext === '.' ? '' : ext}`;
};

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

const nameSchema = z
  .string()
  .min(1, '缺少文件名')
  .max(200, '文件名过长')
  .refine((n) => (SAVE_EXTENSIONS as readonly string[]).includes(extensionOf(n)), '不能保存这种类型的文件');

export const saveFileRequestSchema = z.strictObject({
  suggestedName: nameSchema,
  // base64 of at most SAVE_MAX_BYTES
  dataBase64: z.string().max(Math.ceil(SAVE_MAX_BYTES / 3) * 4, '文件过大,无法保存'),
});

export const printToPdfRequestSchema = z.strictObject({
  suggestedName: nameSchema.refine((n) => extensionOf(n) === 'pdf', '只能存为 PDF'),
});

export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

/** The reply of both: the path written, or null when the person cancelled the dialog. */
export type SavedFile = { path: string | null };
