// The IPC host: one handler per contract method. Each call checks that it comes from the app's own
// top frame and validates its argument with the shared schema before the backend sees it.
import { ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { apiMethods, type ApiHandlers } from '../shared/api/contract.js';
import { ApiError, toApiError, type ApiErrorShape } from '../shared/api/errors.js';
import { dispatch } from '../shared/api/validate.js';
import { OPEN_DATA_FOLDER_CHANNEL } from '../shared/desktop/open-package.js';

export type IpcReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };

export const IPC_PREFIX = 'api:';

/** Every request from the page must come from the app's own top frame (not an iframe, not another page). */
export const assertTrustedSender = (event: IpcMainInvokeEvent, isAppUrl: (url: string) => boolean): void => {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
    throw new ApiError('refused', '拒绝:调用来自不受信任的页面');
  }
};

export const registerIpc = (backend: ApiHandlers, isAppUrl: (url: string) => boolean): void => {
  for (const method of apiMethods) {
    ipcMain.handle(IPC_PREFIX + method, async (event, arg: unknown): Promise<IpcReply> => {
      try {
        assertTrustedSender(event, isAppUrl);
        return { ok: true, result: await dispatch(backend, method, arg) };
      } catch (error) {
        // Errors cross IPC as plain data: Electron would otherwise flatten them to an English string.
        return { ok: false, error: toApiError(error).toJSON() };
      }
    });
  }
};

/**
 * 打开数据文件夹: shell.openPath on the user data folder itself. The page sends nothing, so it cannot
 * name another folder or make the shell open a data file (which would run whatever program is bound to it).
 */
export const registerOpenDataFolder = (folder: string, isAppUrl: (url: string) => boolean): void => {
  ipcMain.handle(OPEN_DATA_FOLDER_CHANNEL, async (event): Promise<IpcReply> => {
    try {
      assertTrustedSender(event, isAppUrl);
      const failure = await shell.openPath(folder);
      if (failure !== '') throw new ApiError('internal', `无法打开数据文件夹 ${folder}:${failure}`);
      return { ok: true, result: folder };
    } catch (error) {
      return { ok: false, error: toApiError(error).toJSON() };
    }
  });
};
