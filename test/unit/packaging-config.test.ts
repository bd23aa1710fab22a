// The installer configuration as electron-builder reads it: schema-valid, the targets the issue asks
// for, per-user install without admin, the .duban association, icons in every size, and the
// artifacts `npm run dist` writes (named in docs/packaging.md, which this keeps honest).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/temp-backend.js';

type TargetConfig = { target: string; arch: string[] };
type BuilderConfig = {
  appId: string;
  productName: string;
  asarUnpack: string[];
  npmRebuild: boolean;
  fileAssociations: Array<{ ext: string; name: string; mimeType: string; icon: string }>;
  win: { icon: string; target: TargetConfig[] };
  linux: { icon: string; category: string; target: TargetConfig[] };
  nsis: Record<string, unknown> & { artifactName: string };
  portable: Record<string, unknown> & { artifactName: string };
  deb: { artifactName: string };
  appImage: { artifactName: string };
};

const config = JSON.parse(readFileSync(join(repoRoot, 'build', 'electron-builder.json'), 'utf8')) as BuilderConfig;
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

const requireFromBuilder = createRequire(createRequire(join(repoRoot, 'package.json')).resolve('app-builder-lib/package.json'));
const { validateConfiguration } = requireFromBuilder('./out/util/config/config.js') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger, Arch } = requireFromBuilder('builder-util') as { DebugLogger: new (isEnabled: boolean) => unknown; Arch: Record<string, number> };
const { getArtifactArchName } = requireFromBuilder('builder-util/out/arch.js') as { getArtifactArchName: (arch: number, ext: string) => string };

const pngSize = (png: Buffer): [number, number] => {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

/** The images of an .ico file: [declared size, the embedded PNG's own size]. */
const icoImages = (ico: Buffer): Array<{ declared: number; actual: [number, number] }> => {
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_unused, index) => {
    const entry = 6 + 16 * index;
    const declared = ico.readUInt8(entry) || 256;
    const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
    return { declared, actual: pngSize(png) };
  });
};

const expand = (template: string, arch: string, ext: string): string =>
  template.replace('${version}', version).replace('${arch}', getArtifactArchName(Arch[arch] ?? -1, ext)).replace('${ext}', ext);

/** What `npm run dist` writes into release/, computed the way electron-builder names artifacts. */
const expectedArtifacts = (): string[] => [
  ...(config.win.target.find((t) => t.target === 'nsis')?.arch ?? []).map((arch) => expand(config.nsis.artifactName, arch, 'exe')),
  ...(config.win.target.find((t) => t.target === 'portable')?.arch ?? []).map((arch) => expand(config.portable.artifactName, arch, 'exe')),
  ...(config.linux.target.find((t) => t.target === 'deb')?.arch ?? []).map((arch) => expand(config.deb.artifactName, arch, 'deb')),
  ...(config.linux.target.find((t) => t.target === 'AppImage')?.arch ?? []).map((arch) => expand(config.appImage.artifactName, arch, 'AppImage')),
];

describe('build/electron-builder.json', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app 督办 and builds the targets clerks install from a USB stick', () => {
    expect(config.productName).toBe('督办');
    expect(config.appId).toBe('cn.duban.desktop');
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux.category).toBe('Office');
  });

  it('installs per user, never asking for administrator rights', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    expect(config.portable).toMatchObject({ requestExecutionLevel: 'user' });
  });

  it('rebuilds better-sqlite3 for Electron and keeps its native module out of the archive', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node');
  });

  it('associates .duban packages, with a MIME type for Linux and an icon for Windows', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'duban', mimeType: 'application/x-duban-package', icon: 'duban.ico' })]);
  });

  it('lists the artifacts of a release, as docs/packaging.md names them', () => {
    const artifacts = expectedArtifacts();
    expect(artifacts).toEqual([
      `duban-${version}-win-x64-setup.exe`,
      `duban-${version}-win-x64-portable.exe`,
      `duban_${version}_amd64.deb`,
      `duban_${version}_arm64.deb`,
      `duban-${version}-x86_64.AppImage`,
      `duban-${version}-arm64.AppImage`,
    ]);
    const docs = readFileSync(join(repoRoot, 'docs', 'packaging.md'), 'utf8');
    for (const artifact of artifacts) expect(docs, artifact).toContain(artifact.replace(version, '<版本>'));
  });
});

describe('icons', () => {
  const resources = join(repoRoot, 'build', 'resources');

  it('has a 1024 px source', () => {
    expect(pngSize(readFileSync(join(resources, 'icon.png')))).toEqual([1024, 1024]);
  });

  it('has the Linux set from 16 to 512 px, each file the size its name says', () => {
    const names = readdirSync(join(resources, 'icons')).sort((a, b) => parseInt(a) - parseInt(b));
    expect(names).toEqual(['16x16.png', '24x24.png', '32x32.png', '48x48.png', '64x64.png', '128x128.png', '256x256.png', '512x512.png']);
    for (const name of names) {
      const size = parseInt(name);
      expect(pngSize(readFileSync(join(resources, 'icons', name))), name).toEqual([size, size]);
    }
  });

  it('has Windows icons for the app and for .duban files with every size from 16 to 256', () => {
    for (const file of ['icon.ico', 'duban.ico']) {
      const images = icoImages(readFileSync(join(resources, file)));
      expect(images.map((it) => it.declared), file).toEqual([16, 24, 32, 48, 64, 128, 256]);
      for (const image of images) expect(image.actual).toEqual([image.declared, image.declared]);
    }
  });
});
