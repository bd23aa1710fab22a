// The one way every host opens a database file: its folder made, the lock file taken (one program per
// database, db/db-lock.ts), the backend opened with the files folder beside it, and the lock released
// when the backend closes or fails to open. The desktop app, the local host and the CLI all come here,
// so the CLI finds the app holding the database and says so instead of writing under it.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ApiError } from '../shared/api/errors.js';
import { createBackend, type Backend, type BackendOptions } from './backend.js';
import { acquireDbLock, type LockHolder } from './db-lock.js';
import { describeFsError } from './fs-errors.js';
import { openRecoverable, type RecoverableBackend } from './recovery/recoverable.js';

export type LockedOpenOptions = Omit<BackendOptions, 'filesDir'> & { filesDir?: string; holder: LockHolder };

type Closable = { close: () => void };

const openLocked = <T extends Closable>(options: LockedOpenOptions, open: (backendOptions: BackendOptions) => T): T => {
  const dbPath = resolve(options.dbPath);
  try {
    mkdirSync(dirname(dbPath), { recursive: true });
  } catch (error) {
    throw new ApiError('internal', `无法创建数据库所在的文件夹 ${dirname(dbPath)}:${describeFsError(error)}`);
  }
  const lock = acquireDbLock(dbPath, options.holder);
  try {
    const opened = open({
      dbPath,
      filesDir: options.filesDir ?? join(dirname(dbPath), 'files'),
      clock: options.clock,
      seedsDir: options.seedsDir,
      isFirstRunWizard: options.isFirstRunWizard,
      version: options.version,
      isDailyBackup: options.isDailyBackup,
      maintenance: options.maintenance,
    });
    const closeDb = opened.close;
    return Object.assign(opened, {
      close: () => {
        closeDb();
        lock.release();
      },
    });
  } catch (error) {
    lock.release();
    throw error;
  }
};

/** A database that will not open (damaged, from a newer Duban) still gives a backend in recovery. */
export const openLockedRecoverable = (options: LockedOpenOptions): RecoverableBackend => openLocked(options, openRecoverable);

export const openLockedBackend = (options: LockedOpenOptions): Backend => openLocked(options, createBackend);
