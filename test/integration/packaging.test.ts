// The CI check of packaging, without an Electron binary: electron-builder packs the app for Linux x64
// (--dir) around a stand-in Electron, offline, and the app.asar it writes must hold everything the
// desktop app loads. The real installers (`npm run dist`) add only Electron, the native rebuild and
// the installer wrapping on top of exactly this.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations/index.js';
import { makeFakeElectronDist, stageApp, type ProductionPackage } from '../helpers/package-stage.js';
import { repoRoot } from '../helpers/temp-backend.js';

type Asar = typeof import('@electron/asar');
// The asar reader electron-builder itself uses, resolved through it rather than as a dependency of ours.
const requireFromBuilder = createRequire(createRequire(join(repoRoot, 'package.json')).resolve('app-builder-lib/package.json'));
const asar = requireFromBuilder('@electron/asar') as Asar;

const work = mkdtempSync(join(tmpdir(), 'duban-package-'));
const stage = join(work, 'app');
const output = join(work, 'out');
const networkLog = join(work, 'network.log');
const appOut = join(output, 'linux-unpacked');
const archive = join(appOut, 'resources', 'app.asar');

let packages: ProductionPackage[] = [];
let builderLog = '';
let files = new Set<string>();

const runBuilder = (args: string[]): Promise<number> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', join(repoRoot, 'test', 'helpers', 'network-guard.cjs'), join(repoRoot, 'node_modules', 'electron-builder', 'cli.js'), ...args], {
      cwd: stage,
      env: {
        ...process.env,
        // Node children (npm ls) get the same guard; npm itself is told to stay offline.
        NODE_OPTIONS: `--require ${join(repoRoot, 'test', 'helpers', 'network-guard.cjs')}`,
        DUBAN_NETWORK_LOG: networkLog,
        NO_UPDATE_NOTIFIER: '1',
        npm_config_offline: 'true',
        npm_config_update_notifier: 'false',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        ELECTRON_BUILDER_CACHE: join(work, 'cache'),
        HTTPS_PROXY: 'http://127.0.0.1:9',
        HTTP_PROXY: 'http://127.0.0.1:9',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (builderLog += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (builderLog += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });

beforeAll(async () => {
  packages = stageApp(stage);
  const electronVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const status = await runBuilder([
    '--config', 'build/electron-builder.json',
    '--linux', '--x64', '--dir', '--publish', 'never',
    `-c.electronDist=${makeFakeElectronDist(join(work, 'electron-dist'))}`,
    `-c.electronVersion=${electronVersion}`,
    // Rebuilding better-sqlite3 for Electron needs Electron's headers from the internet: `npm run dist` does it.
    '-c.npmRebuild=false',
    `-c.directories.output=${output}`,
  ]);
  if (status !== 0) throw new Error(`electron-builder failed (${status}):\n${builderLog}`);
  files = new Set(asar.listPackage(archive, { isPack: false }).map((path) => path.replace(/\\/g, '/')));
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const readInAsar = (path: string): string => asar.extractFile(archive, path).toString('utf8');

// esbuild writes non-ASCII characters in string literals as \uXXXX escapes; read them back.
const unescapeUnicode = (code: string): string =>
  code
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_match, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('packaging for Linux x64 with a stand-in Electron', () => {
  it('runs offline: electron-builder and its children try no network at all', () => {
    expect(existsSync(networkLog) ? readFileSync(networkLog, 'utf8') : '').toBe('');
    expect(builderLog).not.toMatch(/downloading/i);
  });

  it('names the executable duban and keeps only the Chinese and English Chromium locales', () => {
    expect(existsSync(join(appOut, 'duban'))).toBe(true);
    expect(readdirSync(join(appOut, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
  });

  it('packs package.json pointing at the bundled main process', () => {
    const manifest = JSON.parse(readInAsar('package.json')) as { main: string; type: string; desktopName: string; scripts?: unknown };
    expect(manifest.main).toBe('dist/electron/main.js');
    expect(manifest.type).toBe('module');
    expect(manifest.desktopName).toBe('duban.desktop');
    expect(files.has(`/${manifest.main}`)).toBe(true);
  });

  it('packs the main process, the sandboxed preload and the renderer build with every asset it loads', () => {
    expect(files.has('/dist/electron/main.js')).toBe(true);
    expect(files.has('/dist/electron/preload.cjs')).toBe(true);
    // index.html is the app; bulletin.html the bulletin alone, which duban bulletin prints to PDF.
    for (const page of ['index.html', 'bulletin.html']) {
      const html = readInAsar(`dist/renderer/${page}`);
      expect(html).toContain('Content-Security-Policy');
      const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1]);
      expect(assets.length, page).toBeGreaterThan(0);
      for (const asset of assets) expect(files.has(`/dist/renderer/${asset}`), `${page}: ${asset}`).toBe(true);
    }
  });

  it('carries every migration inside the main bundle', () => {
    const main = unescapeUnicode(readInAsar('dist/electron/main.js'));
    expect(migrations.length).toBeGreaterThan(0);
    // Some migrations assemble their SQL from constants at run time (m046), so the bundle holds the name and
    // the statements' literal parts rather than the finished text: check the name and the first statement.
    for (const migration of migrations) {
      const firstLine = migration.sql.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
      expect(main.includes(`'${migration.name}'`) || main.includes(`"${migration.name}"`), `migration ${migration.version} ${migration.name}`).toBe(true);
      expect(main.includes(firstLine), `migration ${migration.version} ${migration.name}: ${firstLine}`).toBe(true);
    }
  });

  it('ships every seed document byte for byte', () => {
    const seeds = readdirSync(join(repoRoot, 'seeds')).filter((name) => name.endsWith('.txt') || name === 'README.md');
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const seed of seeds) {
      expect(asar.extractFile(archive, `seeds/${seed}`).equals(readFileSync(join(repoRoot, 'seeds', seed))), seed).toBe(true);
    }
  });

  it('includes every production dependency, transitive ones too', () => {
    expect(packages.map((it) => it.name)).toEqual(expect.arrayContaining(['better-sqlite3', 'bindings', 'zod', 'exceljs']));
    // electron-builder leaves type packages out (@fast-csv lists @types/node as a dependency); nothing loads them.
    // playwright-core drives a browser for the CLI's bulletin PDF; the desktop app prints with printToPDF.
    const runtime = packages.filter((pkg) => !pkg.name.startsWith('@types/') && pkg.name !== 'playwright-core');
    expect(runtime.length).toBeGreaterThan(10);
    for (const pkg of runtime) expect(files.has(`/${pkg.relativePath.replace(/\\/g, '/')}/package.json`), pkg.relativePath).toBe(true);
  });

  it('unpacks better-sqlite3’s native module beside the archive, where Electron can load it', () => {
    const inside = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(asar.statFile(archive, inside)).toMatchObject({ unpacked: true });
    const unpacked = join(appOut, 'resources', 'app.asar.unpacked', inside);
    expect(readFileSync(unpacked).equals(readFileSync(join(stage, inside)))).toBe(true);
  });

  it('leaves out what the desktop app does not load: source maps, the HTTP host, C sources, TypeScript, playwright-core', () => {
    const unwanted = [...files].filter(
      (path) =>
        path.endsWith('.map') ||
        path.startsWith('/dist/hosts') ||
        path.startsWith('/node_modules/better-sqlite3/deps') ||
        path.startsWith('/node_modules/better-sqlite3/src') ||
        path.startsWith('/node_modules/playwright-core/') ||
        /^\/(shared|db|electron|renderer|hosts|test)\//.test(path),
    );
    expect(unwanted).toEqual([]);
  });
});
