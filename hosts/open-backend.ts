import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend, type Clock } from '../db/backend.js';
import type { LockHolder } from '../db/db-lock.js';
import { openLockedBackend, openLockedRecoverable, type LockedOpenOptions } from '../db/open-locked.js';
import type { RecoverableBackend } from '../db/recovery/recoverable.js';
import { appVersion, defaultDbPath, seedsDir } from './paths.js';

/** isFirstRunWizard: the host serves the UI, so a brand-new database waits for the first-run wizard. */
export type OpenOptions = { dbPath?: string; withDemo?: boolean; isFirstRunWizard?: boolean; clock?: Clock; holder?: LockHolder };

/** The hosts' defaults (database, demo seeds, version) over the one opening path in db/open-locked.ts. */
const lockedOptions = (options: OpenOptions): LockedOpenOptions => ({
  dbPath: options.dbPath ?? defaultDbPath(),
  seedsDir: options.withDemo === false ? undefined : seedsDir(),
  isFirstRunWizard: options.isFirstRunWizard === true,
  version: appVersion(),
  clock: options.clock,
  holder: options.holder ?? 'cli',
  // The daily backup and the integrity check wait until the host is up (runMaintenance).
  maintenance: 'deferred',
});

/**
 * Like openBackend, but a database that will not open (damaged, from a newer Duban) does not stop the
 * host: it starts in recovery (db/recovery/recoverable.ts) and tells the person what happened.
 */
export const openRecoverableBackend = (options: OpenOptions = {}): RecoverableBackend => openLockedRecoverable(lockedOptions(options));

/** Opens the backend the way every host does: the default database unless told otherwise, demo on first run. */
export const openBackend = (options: OpenOptions = {}): Backend => openLockedBackend(lockedOptions(options));

/**
 * A backend on a database that lives only in memory: for previews that must neither create nor change
 * any file (`duban import-plan FILE --json` without --db). No demo plan, no lock, nothing on disk.
 */
export const openMemoryBackend = (clock?: Clock): Backend =>
  createBackend({ dbPath: ':memory:', filesDir: join(tmpdir(), 'duban-memory-files'), version: appVersion(), clock });
