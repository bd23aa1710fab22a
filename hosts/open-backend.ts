import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createBackend, type Backend, type BackendOptions, type Clock } from '../db/backend.js';
import { describeFsError } from '../db/fs-errors.js';
import { openRecoverable, type RecoverableBackend } from '../db/recovery/recoverable.js';
import { ApiError } from '../shared/api/errors.js';
import { acquireDbLock } from './db-lock.js';
import { appVersion, defaultDbPath, seedsDir } from './paths.js';

/** isFirstRunWizard: the host serves the UI, so a brand-new database waits for the first-run wizard. */
export type OpenOptions = { dbPath?: string; withDemo?: boolean; isFirstRunWizard?: boolean; clock?: Clock };

type Closable = { close: () => void };

/**
 * The part every host shares: the database's folder made, the lock file taken (one program per
 * database), the backend opened with the usual files folder, demo and version, and the lock released
 * when the backend closes or fails to open.
 */
const openLocked = <T extends Closable>(options: OpenOptions, open: (backendOptions: BackendOptions) => T): T => {
  const dbPath = resolve(options.dbPath ?? defaultDbPath());
  try {
    mkdirSync(dirname(dbPath), { recursive: true });
  } catch (error) {
    throw new ApiError('internal', `无法创建数据库所在的文件夹 ${dirname(dbPath)}:${describeFsError(error)}`);
  }
  const lock = acquireDbLock(dbPath);
  try {
    const opened = open({
      dbPath,
      filesDir: join(dirname(dbPath), 'files'),
      seedsDir: options.withDemo === false ? undefined : seedsDir(),
      isFirstRunWizard: options.isFirstRunWizard === true,
      version: appVersion(),
      clock: options.clock,
      // The daily backup and the integrity check wait until the host is up (runMaintenance).
      maintenance: 'deferred',
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

/**
 * Like openBackend, but a database that will not open (damaged, from a newer Duban) does not stop the
 * host: it starts in recovery (db/recovery/recoverable.ts) and tells the person what happened.
 */
export const openRecoverableBackend = (options: OpenOptions = {}): RecoverableBackend => openLocked(options, openRecoverable);

/** Opens the backend the way every host does: the default database unless told otherwise, demo on first run. */
export const openBackend = (options: OpenOptions = {}): Backend => openLocked(options, createBackend);

/**
 * A backend on a database that lives only in memory: for previews that must neither create nor change
 * any file (`duban import-plan FILE --json` without --db). No demo plan, no lock, nothing on disk.
 */
export const openMemoryBackend = (clock?: Clock): Backend =>
  createBackend({ dbPath: ':memory:', filesDir: join(tmpdir(), 'duban-memory-files'), version: appVersion(), clock });
