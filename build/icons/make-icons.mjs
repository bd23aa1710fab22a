// Makes every icon the installers need from the two SVGs beside this script, into build/resources/:
//   icon.png            1024 px source (electron-builder's default, and the AppImage's)
//   icons/NxN.png       the Linux set, 16…512 (deb installs them into hicolor; UOS and Kylin use them)
//   icon.ico            Windows: 16, 24, 32, 48, 64, 128, 256 in one file (exe, installer, shortcuts)
//   duban.ico           Windows: the same sizes for .duban package files (package.svg)
// Sizes up to 32 px come from the *-small.svg drawings, which stay legible that small.
// Needs rsvg-convert (Debian: apt-get install librsvg2-bin). The outputs are committed, so only
// someone changing the drawing runs this: `node build/icons/make-icons.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'resources');
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];

const render = (name, size) => {
  const svg = join(here, size <= 32 ? `${name}-small.svg` : `${name}.svg`);
  const file = join(tmpdir(), `duban-icon-${process.pid}-${size}.png`);
  execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--keep-aspect-ratio', svg, '--output', file]);
  const png = readFileSync(file);
  rmSync(file);
  return png;
};

/** An ICO whose entries are PNG images (read by Windows Vista and later, and by electron-builder). */
const ico = (images) => {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((it) => it.png)]);
};

mkdirSync(join(out, 'icons'), { recursive: true });
const rendered = new Map([...new Set([...linuxSizes, ...icoSizes, 1024])].map((size) => [size, render('icon', size)]));
writeFileSync(join(out, 'icon.png'), rendered.get(1024));
for (const size of linuxSizes) writeFileSync(join(out, 'icons', `${size}x${size}.png`), rendered.get(size));
writeFileSync(join(out, 'icon.ico'), ico(icoSizes.map((size) => ({ size, png: rendered.get(size) }))));
writeFileSync(join(out, 'duban.ico'), ico(icoSizes.map((size) => ({ size, png: render('package', size) }))));
process.stdout.write(`icons written to ${out}\n`);
