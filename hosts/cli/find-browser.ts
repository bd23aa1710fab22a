// `duban bulletin` prints with a Chromium-family browser already on the PC: Debian's or UOS/Kylin's
// Chromium, Chrome, or Microsoft Edge, which every Windows 10/11 PC has. Nothing is downloaded.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';

export type BrowserLookup = {
  /** --browser PATH */
  explicit?: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
};

const windowsCandidates = (env: BrowserLookup['env']): string[] => {
  const roots = [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
  return roots.flatMap((root) => [
    join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
  ]);
};

const LINUX_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
];

/** Where to look, in order: what the person named, DUBAN_CHROMIUM, then the usual places. */
export const browserCandidates = (lookup: BrowserLookup): string[] => {
  if (lookup.explicit) return [lookup.explicit];
  const fromEnv = lookup.env.DUBAN_CHROMIUM ? [lookup.env.DUBAN_CHROMIUM] : [];
  return [...fromEnv, ...(lookup.platform === 'win32' ? windowsCandidates(lookup.env) : LINUX_CANDIDATES)];
};

/** The first browser found, or a Chinese refusal naming every place looked at and what to do. */
export const findBrowser = (lookup: BrowserLookup): string => {
  const candidates = browserCandidates(lookup);
  const found = candidates.find((path) => lookup.exists(path));
  if (found) return found;
  if (lookup.explicit) throw new ApiError('bad_input', `--browser 指定的浏览器不存在:${lookup.explicit}`);
  const install = lookup.platform === 'win32' ? '请安装 Microsoft Edge 或 Chrome' : '请安装 Chromium(sudo apt-get install chromium fonts-noto-cjk)';
  throw new ApiError(
    'refused',
    `未找到可用来生成 PDF 的浏览器(查找了:${candidates.join('、')})。${install},或用 --browser 指明浏览器程序的位置;也可以在督办界面中打开“通报”后保存为 PDF。`,
  );
};

export const findBrowserHere = (explicit?: string): string =>
  findBrowser({ explicit, env: process.env, platform: process.platform, exists: existsSync });
