// The desktop shell: one window on the built renderer, the IPC host over the local backend,
// and the security settings of electron/security.ts. The only layer that imports 'electron'.
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLockedRecoverable } from '../db/open-locked.js';
import type { RecoverableBackend } from '../db/recovery/recoverable.js';
import { dataDir, defaultDbPath } from '../db/data-dir.js';
import { OPEN_PACKAGE_CHANNEL, type OpenPackageEvent } from '../shared/desktop/open-package.js';
import { packageFileFromArgv } from './argv.js';
import { registerIpc, registerOpenDataFolder } from './ipc.js';
import { registerSaveFiles } from './save-files.js';
import { isAppUrl, lockDownContents, lockDownSession, secureWebPreferences } from './security.js';

const here = dirname(fileURLToPath(import.meta.url));
const appRoot = app.getAppPath();
const rendererRoot = join(appRoot, 'dist', 'renderer');

let backend: RecoverableBackend | undefined;
let mainWindow: BrowserWindow | undefined;
// A package named by a launch that arrived before the window existed.
let pendingPackage: string | null = null;

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The existing .duban file a launch's arguments name (see electron/argv.ts), or null. */
const packageOfLaunch = (argv: readonly string[], cwd: string): string | null => {
  const path = packageFileFromArgv(argv, { platform: process.platform, isPackaged: app.isPackaged, cwd });
  return path !== null && isFile(path) ? path : null;
};

const focusWindow = (window: BrowserWindow): void => {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
};

/** Tells the page to open the import screen on this package; the preload holds it until the page listens. */
const openPackage = (path: string): void => {
  const window = mainWindow;
  if (!window) {
    pendingPackage = path;
    return;
  }
  focusWindow(window);
  const send = (): void => window.webContents.send(OPEN_PACKAGE_CHANNEL, { path } satisfies OpenPackageEvent);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
};

const createWindow = (): BrowserWindow => {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    title: '督办',
    show: false,
    // The checklist values are restated at the construction site so static scanners (electronegativity in
    // CI) see them; secureWebPreferences holds the full set, asserted by test/unit/electron-security.test.ts.
    webPreferences: {
      ...secureWebPreferences(join(here, 'preload.cjs')),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  lockDownContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = undefined;
  });
  void window.loadFile(join(rendererRoot, 'index.html'));
  return window;
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setPath('userData', dataDir());
  pendingPackage = packageOfLaunch(process.argv, process.cwd());
  // A second launch (double-clicking another package while Duban runs) hands its argv to this one and exits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = packageOfLaunch(argv, workingDirectory);
    if (path !== null) openPackage(path);
    else if (mainWindow) focusWindow(mainWindow);
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(null);
    const allowed = (url: string): boolean => isAppUrl(url, rendererRoot);
    lockDownSession(session.defaultSession, rendererRoot);
    mkdirSync(dataDir(), { recursive: true });
    // A damaged database does not stop the app: the window opens on the recovery screen, which offers
    // the latest good backup and keeps the damaged file aside (db/recovery/).
    // The same lock file as the CLI and the local host (db/open-locked.ts): a command run while the app is
    // open is refused with what to do, instead of writing under the app.
    try {
      backend = openLockedRecoverable({
        holder: 'desktop',
        dbPath: defaultDbPath(),
        filesDir: join(dataDir(), 'files'),
        seedsDir: join(appRoot, 'seeds'),
        // `npm start` passes --demo: a brand-new database opens on the embedded demo, not the wizard.
        isFirstRunWizard: !process.argv.includes('--demo'),
        version: app.getVersion(),
        maintenance: 'deferred',
      });
    } catch (error) {
      // Only the lock can fail here (a damaged database opens in recovery): say who holds it, then quit.
      dialog.showErrorBox('督办无法打开数据库', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    registerIpc(backend.handlers, allowed);
    registerOpenDataFolder(dataDir(), allowed);
    registerSaveFiles(allowed);
    mainWindow = createWindow();
    if (pendingPackage !== null) openPackage(pendingPackage);
    pendingPackage = null;
    // The daily backup and the scheduled integrity check, on a worker once the first screen is shown:
    // they never hold up the window (db/maintenance.ts, docs/hardening.md).
    const opened = backend;
    mainWindow.once('ready-to-show', () => {
      void opened.runMaintenance().then((report) => {
        if (report?.problem) process.stderr.write(`${report.problem}\n`);
      });
    });
  });
}
