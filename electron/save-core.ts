// The decisions behind 保存 and 保存为 PDF in the desktop app, free of Electron so a test can drive them:
// check the page's request, ask where (the dialog is injected), make sure the chosen name keeps the right
// extension, write atomically. electron/save-files.ts wires them to the dialog and to printToPDF.
import { ApiError } from '../shared/api/errors.js';
import {
  extensionOf,
  printToPdfRequestSchema,
  safeFileName,
  SAVE_MAX_BYTES,
  saveFileRequestSchema,
  type SavedFile,
} from '../shared/desktop/save-file.js';

export type SaveDeps = {
  /** Shows the save dialog with this default name; null when the person cancels. */
  askPath: (defaultName: string, extension: string) => Promise<string | null>;
  /** Writes the bytes (atomically: db/atomic-write.ts in the app). */
  write: (path: string, bytes: Uint8Array) => void;
};

const parseOrRefuse = <T>(result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } }): T => {
  if (!result.success) throw new ApiError('bad_input', result.error.issues[0]?.message ?? '保存请求有误');
  return result.data;
};

/** The dialog may return a name without the extension (typed by hand): add it back. */
export const withExtension = (path: string, extension: string): string => (extensionOf(path) === extension ? path : `${path}.${extension}`);

const saveBytes = async (name: string, bytes: Uint8Array, deps: SaveDeps): Promise<SavedFile> => {
  const defaultName = safeFileName(name);
  const extension = extensionOf(defaultName);
  const chosen = await deps.askPath(defaultName, extension);
  if (chosen === null) return { path: null };
  const path = withExtension(chosen, extension);
  deps.write(path, bytes);
  return { path };
};

export const saveFileFromPage = async (arg: unknown, deps: SaveDeps): Promise<SavedFile> => {
  const request = parseOrRefuse(saveFileRequestSchema.safeParse(arg));
  const bytes = new Uint8Array(Buffer.from(request.dataBase64, 'base64'));
  if (bytes.length > SAVE_MAX_BYTES) throw new ApiError('bad_input', '文件过大,无法保存');
  return saveBytes(request.suggestedName, bytes, deps);
};

export const printPageToPdf = async (arg: unknown, render: () => Promise<Uint8Array>, deps: SaveDeps): Promise<SavedFile> => {
  const request = parseOrRefuse(printToPdfRequestSchema.safeParse(arg));
  // Rendered before the dialog opens: what is printed is the page as the person saw it when clicking.
  const pdf = await render();
  return saveBytes(request.suggestedName, pdf, deps);
};
