// Packaging without Electron: a copy of the app as electron-builder sees it (package.json, the build,
// the seeds, the build resources and the production node_modules), and a stand-in for Electron's
// unpacked distribution. The copy makes the check independent of how node_modules is installed: a
// node_modules linked in from elsewhere (as in our worktrees) confuses `npm ls`, which
// electron-builder uses to find the production dependencies.
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { repoRoot } from './temp-backend.js';

type PackageJson = { name: string; version: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };

const readPackageJson = (dir: string): PackageJson => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;

/** Node's lookup: node_modules/<name> in fromDir, then in each parent, up to the repository. */
const resolvePackageDir = (name: string, fromDir: string): string | null => {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir || !`${dir}${sep}`.startsWith(`${repoRoot}${sep}`)) return null;
    dir = parent;
  }
};

export type ProductionPackage = { name: string; dir: string; relativePath: string };

/**
 * Every package the app needs at run time: package.json's dependencies and, recursively, theirs,
 * as Node would resolve them from the repository (optional ones that are not installed are skipped).
 */
export const productionPackages = (): ProductionPackage[] => {
  const found = new Map<string, ProductionPackage>();
  const visit = (fromDir: string, manifest: PackageJson): void => {
    const optional = manifest.optionalDependencies ?? {};
    for (const name of Object.keys({ ...manifest.dependencies, ...optional })) {
      const dir = resolvePackageDir(name, fromDir);
      if (dir === null) {
        if (name in optional) continue;
        throw new Error(`${manifest.name} needs ${name}, which is not installed`);
      }
      const relativePath = relative(repoRoot, dir);
      if (found.has(relativePath)) continue;
      found.set(relativePath, { name, dir, relativePath });
      visit(dir, readPackageJson(dir));
    }
  };
  visit(repoRoot, readPackageJson(repoRoot));
  return [...found.values()];
};

/** Copies what electron-builder packages from the repository into stageDir (the build must exist). */
export const stageApp = (stageDir: string): ProductionPackage[] => {
  if (!existsSync(join(repoRoot, 'dist', 'electron', 'main.js'))) throw new Error('The app is not built: run `npm run build` first.');
  mkdirSync(stageDir, { recursive: true });
  for (const entry of ['package.json', 'dist', 'seeds', 'build/resources', 'build/electron-builder.json']) {
    cpSync(join(repoRoot, entry), join(stageDir, entry), { recursive: true });
  }
  const packages = productionPackages();
  for (const pkg of packages) {
    // Nested node_modules are copied as packages of their own, only those that are needed.
    const source = realpathSync(pkg.dir);
    cpSync(source, join(stageDir, pkg.relativePath), {
      recursive: true,
      dereference: true,
      filter: (path) => !relative(source, path).split(sep).includes('node_modules'),
    });
  }
  return packages;
};

/**
 * A stand-in for Electron's unpacked Linux distribution: the files electron-builder copies and
 * renames, without a working binary. Packaging needs nothing more; running the result would.
 */
export const makeFakeElectronDist = (dir: string): string => {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in for Electron: packaging check only" >&2\nexit 1\n');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'chrome-sandbox'), '');
  for (const locale of ['zh-CN', 'en-US', 'fr', 'de']) writeFileSync(join(dir, 'locales', `${locale}.pak`), locale);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), 'stand-in');
  writeFileSync(join(dir, 'version'), 'stand-in');
  return dir;
};
