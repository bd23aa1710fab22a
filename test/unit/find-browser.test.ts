// duban bulletin finds a browser already on the PC: Chromium on Debian/UOS/Kylin, Edge on every Windows 10/11.
import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser } from '../../hosts/cli/find-browser.js';

const only = (...present: string[]) => (path: string) => present.includes(path);
const winEnv = { 'ProgramFiles(x86)': 'C:\\Program Files (x86)', ProgramFiles: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\科员\\AppData\\Local' };

describe('finding a browser for the bulletin PDF', () => {
  it('takes Debian Chromium, then the other usual Linux places', () => {
    expect(findBrowser({ env: {}, platform: 'linux', exists: only('/usr/bin/chromium', '/usr/bin/google-chrome') })).toBe('/usr/bin/chromium');
    expect(findBrowser({ env: {}, platform: 'linux', exists: only('/usr/bin/chromium-browser') })).toBe('/usr/bin/chromium-browser');
  });

  it('finds Edge on Windows where Chrome is absent', () => {
    const edge = 'C:\\Program Files (x86)/Microsoft/Edge/Application/msedge.exe';
    const candidates = browserCandidates({ env: winEnv, platform: 'win32', exists: () => false });
    expect(candidates[0]?.replace(/\\/g, '/')).toBe(edge.replace(/\\/g, '/'));
    expect(findBrowser({ env: winEnv, platform: 'win32', exists: (p) => p === candidates[0] })).toBe(candidates[0]);
  });

  it('what the person names wins, and must exist', () => {
    expect(findBrowser({ explicit: '/opt/x/chrome', env: { DUBAN_CHROMIUM: '/usr/bin/chromium' }, platform: 'linux', exists: only('/opt/x/chrome', '/usr/bin/chromium') })).toBe('/opt/x/chrome');
    expect(() => findBrowser({ explicit: '/opt/none', env: {}, platform: 'linux', exists: () => false })).toThrow('--browser 指定的浏览器不存在:/opt/none');
    expect(findBrowser({ env: { DUBAN_CHROMIUM: '/snap/bin/chromium' }, platform: 'linux', exists: only('/snap/bin/chromium', '/usr/bin/chromium') })).toBe('/snap/bin/chromium');
  });

  it('none found: refused in Chinese, naming where it looked and what to install', () => {
    try {
      findBrowser({ env: winEnv, platform: 'win32', exists: () => false });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'refused' });
      expect((error as Error).message).toContain('msedge.exe');
      expect((error as Error).message).toContain('请安装 Microsoft Edge 或 Chrome');
    }
    expect(() => findBrowser({ env: {}, platform: 'linux', exists: () => false })).toThrow(/sudo apt-get install chromium/);
  });
});
