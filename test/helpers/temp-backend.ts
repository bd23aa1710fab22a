// Real SQLite files in a fresh temporary folder per test: no mocks, no shared state.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend, type BackendOptions } from '../../db/backend.js';
import { suiteClock } from './suite-clock.js';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const seedsDir = join(repoRoot, 'seeds');

export const makeTempDir = (prefix = 'duban-test-'): { dir: string; cleanup: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

export { fixedClock } from './suite-clock.js';

export type TempBackend = { backend: Backend; dir: string; dbPath: string; cleanup: () => void };

export const makeTempBackend = (options: Partial<BackendOptions> & { withDemo?: boolean } = {}): TempBackend => {
  const { dir, cleanup } = makeTempDir();
  const dbPath = join(dir, 'duban.sqlite');
  const backend = createBackend({
    dbPath,
    clock: suiteClock,
    seedsDir: options.withDemo === false ? undefined : seedsDir,
    ...options,
  });
  return {
    backend,
    dir,
    dbPath,
    cleanup: () => {
      backend.close();
      cleanup();
    },
  };
};
