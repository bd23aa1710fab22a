// `npm run dist [-- electron-builder flags]`: the installers, on a connected machine.
// 1. builds the app (renderer and Node bundles);
// 2. runs electron-builder with build/electron-builder.json. It rebuilds better-sqlite3 for Electron
//    (npmRebuild; prebuilt binaries come from GitHub, Electron from its mirror) in node_modules itself;
// 3. rebuilds better-sqlite3 for Node again, so `npm test` and the CLI work afterwards.
// Without flags electron-builder packages for this machine's platform; `--win`, `--linux`,
// `--linux deb --arm64` and so on pick targets (see docs/packaging.md).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } }).status ?? 1;

if (run(npm, ['run', 'build']) !== 0) process.exit(1);
const builder = join(root, 'node_modules', 'electron-builder', 'cli.js');
const status = run(process.execPath, [builder, '--config', 'build/electron-builder.json', '--publish', 'never', ...process.argv.slice(2)]);
process.stdout.write('\n正在为 Node 重新编译 better-sqlite3(打包时它被编译成了 Electron 版本)……\n');
const restored = run(npm, ['rebuild', 'better-sqlite3']);
if (status === 0) process.stdout.write(`\n安装包在 ${join(root, 'release')}\n`);
process.exit(status !== 0 ? status : restored);
