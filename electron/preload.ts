// Runs sandboxed with context isolation: exposes exactly five functions on window.duban:
// invoke, only for contract methods; onOpenPackage, the validated "open this .duban file" event;
// openDataFolder, which takes no argument (main opens the user data folder it owns); saveFile and
// printToPdf, checked here and again in main, where the person picks the place in the save dialog.
import { contextBridge, ipcRenderer } from 'electron';
import { isApiMethod } from '../shared/api/contract.js';
import { OPEN_DATA_FOLDER_CHANNEL, OPEN_PACKAGE_CHANNEL, parseOpenPackageEvent, type OpenPackageEvent } from '../shared/desktop/open-package.js';
import { PRINT_TO_PDF_CHANNEL, printToPdfRequestSchema, SAVE_FILE_CHANNEL, saveFileRequestSchema } from '../shared/desktop/save-file.js';

type OpenPackageListener = (event: OpenPackageEvent) => void;

const listeners = new Set<OpenPackageListener>();
// The package of the launch arrives before React has mounted anything: keep the latest until someone listens.
let pending: OpenPackageEvent | null = null;

ipcRenderer.on(OPEN_PACKAGE_CHANNEL, (_event, payload: unknown) => {
  const event = parseOpenPackageEvent(payload);
  if (event === null) return;
  if (listeners.size === 0) pending = event;
  for (const listener of listeners) listener({ ...event });
});

contextBridge.exposeInMainWorld('duban', {
  invoke: (method: unknown, arg: unknown): Promise<unknown> => {
    if (!isApiMethod(method)) return Promise.reject(new Error(`没有这个接口:${String(method)}`));
    return ipcRenderer.invoke(`api:${method}`, arg);
  },
  openDataFolder: (): Promise<unknown> => ipcRenderer.invoke(OPEN_DATA_FOLDER_CHANNEL),
  saveFile: (request: unknown): Promise<unknown> => {
    const parsed = saveFileRequestSchema.safeParse(request);
    if (!parsed.success) return Promise.reject(new Error(parsed.error.issues[0]?.message ?? '保存请求有误'));
    return ipcRenderer.invoke(SAVE_FILE_CHANNEL, parsed.data);
  },
  printToPdf: (request: unknown): Promise<unknown> => {
    const parsed = printToPdfRequestSchema.safeParse(request);
    if (!parsed.success) return Promise.reject(new Error(parsed.error.issues[0]?.message ?? '保存请求有误'));
    return ipcRenderer.invoke(PRINT_TO_PDF_CHANNEL, parsed.data);
  },
  onOpenPackage: (listener: unknown): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onOpenPackage 需要一个函数');
    const typed = listener as OpenPackageListener;
    listeners.add(typed);
    if (pending !== null) {
      const event = pending;
      pending = null;
      typed({ ...event });
    }
    return () => {
      listeners.delete(typed);
    };
  },
});
