// Events the desktop shell pushes to the page. Today one: a .duban package to open, from a
// double-click in Explorer or the file manager (file association) or a second launch of Duban.
// In the browser (local HTTP host) nothing ever arrives and subscribing is harmless.
import { parseOpenPackageEvent, type OpenPackageEvent } from '../../shared/desktop/open-package';

/**
 * Calls listener with each package the shell asks to open (an absolute path ending in .duban), including
 * one that arrived before the call. Returns the unsubscribe function: call it when the screen unmounts.
 */
export const onOpenPackage = (listener: (event: OpenPackageEvent) => void): (() => void) => {
  const subscribe = window.duban?.onOpenPackage;
  if (!subscribe) return () => undefined;
  return subscribe((payload: unknown) => {
    const event = parseOpenPackageEvent(payload);
    if (event !== null) listener(event);
  });
};

/** True inside the desktop app (the shell can open folders); false in the browser served by the local host. */
export const canOpenDataFolder = (): boolean => typeof window.duban?.openDataFolder === 'function';

/** Asks the shell to show the user data folder; resolves to an error message, or null when it opened. */
export const openDataFolder = async (): Promise<string | null> => {
  const open = window.duban?.openDataFolder;
  if (!open) return '浏览器中无法直接打开文件夹,请复制路径后在文件管理器中打开';
  const reply = await open();
  if (reply.ok) return null;
  const error = reply.error as { message?: unknown };
  return typeof error.message === 'string' ? error.message : '无法打开数据文件夹';
};
