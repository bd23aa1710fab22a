#!/usr/bin/env node
// The `duban` command. The CLI is bundled into dist/ by `npm run build` (run on install by `prepare`).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'hosts', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('督办命令行尚未构建:请先在项目目录运行 npm run build\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
