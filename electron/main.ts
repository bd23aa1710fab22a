// The desktop shell: one window on the built renderer, the IPC host over the local backend,
// and the security settings of electron/security.ts. The only layer that imports 'electron'.
import { app, BrowserWindow, Menu, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type Backend } from '../db/backend.js';
import { dataDir, defaultDbPath } from '../db/data-dir.js';
import { registerIpc } from './ipc.js';
import { isAppUrl, lockDownContents, lockDownSession, secureWebPreferences } from './security.js';

const here = dirname(fileURLToPath(import.meta.url));
const appRoot = app.getAppPath();
const rendererRoot = join(appRoot, 'dist', 'renderer');

let backend: Backend | undefined;

const createWindow = (): void => {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    title: '督办',
    show: false,
    webPreferences: secureWebPreferences(join(here, 'preload.cjs')),
  });
  lockDownContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(join(rendererRoot, 'index.html'));
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setPath('userData', dataDir());
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(null);
    const allowed = (url: string): boolean => isAppUrl(url, rendererRoot);
    lockDownSession(session.defaultSession, rendererRoot);
    mkdirSync(dataDir(), { recursive: true });
    backend = createBackend({
      dbPath: defaultDbPath(),
      filesDir: join(dataDir(), 'files'),
      seedsDir: join(appRoot, 'seeds'),
      version: app.getVersion(),
    });
    registerIpc(backend, allowed);
    createWindow();
  });
}
