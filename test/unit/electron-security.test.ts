// The shell's security checklist (architecture.md), read back without Electron: the window's
// webPreferences, and the one predicate that decides which URLs the window and IPC accept.
import { describe, expect, it } from 'vitest';
import { isAppUrl, secureWebPreferences } from '../../electron/security.js';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and gives it no Node', () => {
    const prefs = secureWebPreferences('/opt/督办/resources/app.asar/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/opt/督办/resources/app.asar/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    // Nothing that loosens it sneaks in under another name.
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(prefs).not.toHaveProperty('experimentalFeatures');
  });
});

describe('isAppUrl on Linux', () => {
  const root = '/opt/督办/resources/app.asar/dist/renderer';

  it('accepts the renderer build, percent-encoded as Chromium writes it', () => {
    expect(isAppUrl('file:///opt/%E7%9D%A3%E5%8A%9E/resources/app.asar/dist/renderer/index.html', root)).toBe(true);
    expect(isAppUrl('file:///opt/督办/resources/app.asar/dist/renderer/assets/index-abc.js', root)).toBe(true);
  });

  it('refuses every network scheme', () => {
    for (const url of [
      'http://127.0.0.1:8080/index.html',
      'https://example.com/',
      'ws://127.0.0.1/',
      'ftp://example.com/a',
      'data:text/html,<script>1</script>',
      'javascript:alert(1)',
      'chrome://settings',
    ]) {
      expect(isAppUrl(url, root), url).toBe(false);
    }
  });

  it('refuses other files on the machine, sibling folders and escapes from the build', () => {
    expect(isAppUrl('file:///etc/passwd', root)).toBe(false);
    expect(isAppUrl('file:///home/zhangsan/.config/duban/duban.sqlite', root)).toBe(false);
    expect(isAppUrl('file:///opt/督办/resources/app.asar/dist/renderer-old/index.html', root)).toBe(false);
    expect(isAppUrl('file:///opt/督办/resources/app.asar/dist/renderer/..%2f..%2felectron/main.js', root)).toBe(false);
    expect(isAppUrl('file:///opt/督办/resources/app.asar/dist/renderer/%2e%2e/electron/main.js', root)).toBe(false);
    expect(isAppUrl('file:///opt/督办/resources/app.asar/dist/renderer/%E0%A4%A', root)).toBe(false);
  });

  it('refuses a file URL on another host (a network share)', () => {
    expect(isAppUrl('file://fileserver/opt/督办/resources/app.asar/dist/renderer/index.html', root)).toBe(false);
  });
});

describe('isAppUrl on Windows', () => {
  const root = 'C:\\Users\\张三\\AppData\\Local\\Programs\\督办\\resources\\app.asar\\dist\\renderer';

  it('accepts the renderer build whatever the drive letter case', () => {
    expect(isAppUrl('file:///C:/Users/%E5%BC%A0%E4%B8%89/AppData/Local/Programs/%E7%9D%A3%E5%8A%9E/resources/app.asar/dist/renderer/index.html', root)).toBe(true);
    expect(isAppUrl('file:///c:/Users/张三/AppData/Local/Programs/督办/resources/app.asar/dist/renderer/index.html', root)).toBe(true);
  });

  it('refuses other paths, shares and the network', () => {
    expect(isAppUrl('file:///C:/Windows/System32/drivers/etc/hosts', root)).toBe(false);
    expect(isAppUrl('file:///D:/Users/张三/AppData/Local/Programs/督办/resources/app.asar/dist/renderer/index.html', root)).toBe(false);
    expect(isAppUrl('file://server/share/index.html', root)).toBe(false);
    expect(isAppUrl('https://example.com/', root)).toBe(false);
  });
});
