// `npm start`: the desktop app when the Electron binary can be had; otherwise the same UI from the
// local HTTP host on 127.0.0.1, so the main job still runs on machines without Electron.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0;

if (!existsSync(join(root, 'dist', 'renderer', 'index.html')) || !existsSync(join(root, 'dist', 'hosts', 'http-main.js'))) {
  if (!run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'])) process.exit(1);
}

const electronBinary = () => {
  try {
    const path = require('electron'); // the package's index resolves to the binary's path, or throws if absent
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
};

const tryInstallElectron = () => {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer) || process.env.CI) return false;
  return spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 120_000 }).status === 0;
};

// The quick start opens on the embedded demo; `npm start -- --first-run` shows the first-run wizard
// on a fresh data folder instead, as an installed copy does.
const userArgs = process.argv.slice(2).filter((a) => a !== '--first-run');
const modeArgs = process.argv.includes('--first-run') ? [] : ['--demo'];

const binary = electronBinary() ?? (tryInstallElectron() ? electronBinary() : null);
if (binary) {
  const child = spawn(binary, [root, ...modeArgs, ...userArgs], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stdout.write('本机没有 Electron 程序(无法下载),改为在本机浏览器中提供同样的界面。\n');
  const child = spawn(process.execPath, [join(root, 'dist', 'hosts', 'http-main.js'), ...modeArgs, ...userArgs], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
