// Electron's security checklist, in one place so a test can read it back.
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export const secureWebPreferences = (preload: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
});

/** The app makes no network request of any kind: only its own files may load. */
export const isAppUrl = (url: string, appFileRoot: string): boolean => {
  if (url.startsWith('devtools://')) return true;
  if (!url.startsWith('file://')) return false;
  const path = decodeURIComponent(new URL(url).pathname);
  return path.startsWith(appFileRoot.replace(/\\/g, '/')) || path.startsWith(`/${appFileRoot.replace(/\\/g, '/')}`);
};

export const lockDownSession = (session: Session, appFileRoot: string): void => {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url, appFileRoot) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
};

export const lockDownContents = (contents: WebContents): void => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
};
