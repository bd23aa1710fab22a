// Where things are on disk, the same for every host, bundled or run from source.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json and seeds/: found by walking up, so it works from source and from dist/. */
export const appRoot = (): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'seeds'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('找不到督办的安装目录(缺少 seeds 文件夹)');
};

export const seedsDir = (): string => join(appRoot(), 'seeds');

export const rendererDir = (): string => join(appRoot(), 'dist', 'renderer');

export const appVersion = (): string => {
  const pkg = JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
};

export { dataDir, defaultDbPath } from '../db/data-dir.js';
