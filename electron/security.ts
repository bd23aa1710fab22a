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
  // Middle-click must not open links in a new window (denied anyway; this stops the event itself).
  disableBlinkFeatures: 'Auxclick',
});

const isDotSegment = (segment: string): boolean => segment === '.' || segment === '..';

/**
 * The app makes no network request of any kind: only its own files may load. A URL is the app's when
 * it is a file:// URL on this machine (no host) inside appFileRoot, compared segment by segment so
 * that neither a sibling folder (renderer-old/) nor an encoded ../ escapes; case-insensitive for a
 * Windows drive path.
 */
export const isAppUrl = (url: string, appFileRoot: string): boolean => {
  if (url.startsWith('devtools://')) return true;
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  if (path.split(/[\\/]/).some(isDotSegment)) return false;
  const root = appFileRoot.replace(/\\/g, '/').replace(/\/+$/, '');
  const isWindowsRoot = /^[A-Za-z]:\//.test(root);
  const candidate = isWindowsRoot ? path.replace(/^\//, '').replace(/\\/g, '/').toLowerCase() : path;
  const base = isWindowsRoot ? root.toLowerCase() : root;
  return root !== '' && (candidate === base || candidate.startsWith(`${base}/`));
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
