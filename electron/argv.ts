// Which .duban package a launch asks to open. Windows passes the double-clicked file as a plain
// argument ("C:\…\督办.exe" "D:\数据包\市商务局.duban"); Linux desktop files pass a path (%F) or a
// file:// URI (%U); a second launch reaches the first through 'second-instance' with Chromium's own
// flags mixed in (--allow-file-access-from-files, --original-process-start-time=…). Pure, so the
// file-association path is tested without Electron.
import { posix, win32 } from 'node:path';
import { hasPackageExtension } from '../shared/desktop/open-package.js';

export type LaunchContext = {
  platform: NodeJS.Platform;
  /** A packaged app's argv is [exe, …args]; unpackaged it is [electron, …flags, appPath, …args]. */
  isPackaged: boolean;
  /** The directory the launch happened in: relative arguments resolve against it. */
  cwd: string;
};

const isFlag = (arg: string): boolean => arg.startsWith('-');

/** The positional arguments after the executable (and, unpackaged, after the app path). */
const positionalArgs = (argv: readonly string[], isPackaged: boolean): string[] => {
  const positional: string[] = [];
  let isAfterSeparator = false;
  for (const arg of argv.slice(1)) {
    if (!isAfterSeparator && arg === '--') isAfterSeparator = true;
    else if (isAfterSeparator || !isFlag(arg)) positional.push(arg);
  }
  return isPackaged ? positional : positional.slice(1);
};

/** A file:// URI as a local path, or null when it names another machine or does not decode. */
const pathOfFileUrl = (url: string, platform: NodeJS.Platform): string | null => {
  const match = /^file:\/\/([^/]*)(\/.*)$/i.exec(url);
  if (!match) return null;
  const host = match[1] ?? '';
  let path: string;
  try {
    path = decodeURIComponent(match[2] ?? '');
  } catch {
    return null;
  }
  if (platform === 'win32') {
    if (host !== '' && host.toLowerCase() !== 'localhost') return `\\\\${host}${path.replace(/\//g, '\\')}`;
    return /^\/[A-Za-z]:/.test(path) ? path.slice(1).replace(/\//g, '\\') : null;
  }
  return host === '' || host.toLowerCase() === 'localhost' ? path : null;
};

/** The absolute path of the .duban package this launch names, or null when it names none. */
export const packageFileFromArgv = (argv: readonly string[], context: LaunchContext): string | null => {
  const path = context.platform === 'win32' ? win32 : posix;
  for (const arg of positionalArgs(argv, context.isPackaged)) {
    const candidate = /^file:/i.test(arg) ? pathOfFileUrl(arg, context.platform) : arg;
    if (candidate && hasPackageExtension(candidate)) return path.resolve(context.cwd, candidate);
  }
  return null;
};
