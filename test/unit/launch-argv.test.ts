// The file-association path: what the main process opens when a clerk double-clicks a .duban
// package, or double-clicks one while Duban is already running (the second launch's argv).
import { describe, expect, it } from 'vitest';
import { packageFileFromArgv } from '../../electron/argv.js';
import { parseOpenPackageEvent } from '../../shared/desktop/open-package.js';

const win = { platform: 'win32', isPackaged: true, cwd: 'C:\\Users\\张三' } as const;
const linux = { platform: 'linux', isPackaged: true, cwd: '/home/zhangsan' } as const;

describe('packageFileFromArgv on Windows', () => {
  it('opens the double-clicked package passed by Explorer to the installed exe', () => {
    const argv = ['C:\\Users\\张三\\AppData\\Local\\Programs\\督办\\督办.exe', 'D:\\数据包\\市商务局 2025-06.duban'];
    expect(packageFileFromArgv(argv, win)).toBe('D:\\数据包\\市商务局 2025-06.duban');
  });

  it('finds the package among the flags Chromium adds to a second launch', () => {
    const argv = [
      'C:\\Program Files\\督办\\督办.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13371337133713371',
      'E:\\市商务局.DUBAN',
    ];
    expect(packageFileFromArgv(argv, win)).toBe('E:\\市商务局.DUBAN');
  });

  it('resolves a relative path against the directory of the launch', () => {
    expect(packageFileFromArgv(['duban.exe', '..\\交换\\a.duban'], { ...win, cwd: 'F:\\U盘\\督办' })).toBe('F:\\U盘\\交换\\a.duban');
  });

  it('opens nothing on a plain start, or for files that are not packages', () => {
    expect(packageFileFromArgv(['C:\\督办\\督办.exe'], win)).toBeNull();
    expect(packageFileFromArgv(['C:\\督办\\督办.exe', '--squirrel-firstrun'], win)).toBeNull();
    expect(packageFileFromArgv(['C:\\督办\\督办.exe', 'D:\\计划.docx'], win)).toBeNull();
    expect(packageFileFromArgv(['C:\\督办\\督办.exe', '--open=D:\\a.duban'], win)).toBeNull();
  });

  it('skips the app path when running unpackaged (electron . file.duban)', () => {
    const dev = { ...win, isPackaged: false, cwd: 'C:\\src\\duban' };
    expect(packageFileFromArgv(['C:\\src\\duban\\node_modules\\electron\\dist\\electron.exe', '.', 'x.duban'], dev)).toBe('C:\\src\\duban\\x.duban');
    expect(packageFileFromArgv(['electron.exe', '--inspect=0', '.'], dev)).toBeNull();
  });

  it('reads a file URI with a drive letter', () => {
    expect(packageFileFromArgv(['督办.exe', 'file:///D:/%E6%95%B0%E6%8D%AE%E5%8C%85/a.duban'], win)).toBe('D:\\数据包\\a.duban');
  });
});

describe('packageFileFromArgv on Linux (UOS, Kylin)', () => {
  it('opens a path passed by the desktop file (%F) to the installed binary', () => {
    expect(packageFileFromArgv(['/opt/督办/duban', '/media/zhangsan/U盘/市商务局.duban'], linux)).toBe('/media/zhangsan/U盘/市商务局.duban');
  });

  it('opens a percent-encoded file URI (%U), from this machine only', () => {
    const argv = ['/opt/督办/duban', '--no-sandbox', 'file:///media/zhangsan/U%E7%9B%98/%E5%B8%82%E5%95%86%E5%8A%A1%E5%B1%80.duban'];
    expect(packageFileFromArgv(argv, linux)).toBe('/media/zhangsan/U盘/市商务局.duban');
    expect(packageFileFromArgv(['/opt/督办/duban', 'file://localhost/tmp/a.duban'], linux)).toBe('/tmp/a.duban');
    expect(packageFileFromArgv(['/opt/督办/duban', 'file://otherhost/tmp/a.duban'], linux)).toBeNull();
    expect(packageFileFromArgv(['/opt/督办/duban', 'file:///tmp/%E0%A4%A.duban'], linux)).toBeNull();
  });

  it('opens a package from an AppImage launched in a folder with a relative argument', () => {
    const argv = ['/tmp/.mount_dubanXYZ/duban', '--enable-features=UseOzonePlatform', '收到的/a.duban'];
    expect(packageFileFromArgv(argv, { ...linux, cwd: '/home/zhangsan/桌面' })).toBe('/home/zhangsan/桌面/收到的/a.duban');
  });

  it('treats everything after -- as a file, even a name that starts with a dash', () => {
    expect(packageFileFromArgv(['/opt/督办/duban', '--', '-奇怪的名字.duban'], linux)).toBe('/home/zhangsan/-奇怪的名字.duban');
  });

  it('takes the first package when several are passed', () => {
    expect(packageFileFromArgv(['/opt/督办/duban', '/a/1.duban', '/a/2.duban'], linux)).toBe('/a/1.duban');
  });
});

describe('the open-package event the page receives', () => {
  it('accepts an absolute .duban path and refuses anything else', () => {
    expect(parseOpenPackageEvent({ path: 'D:\\数据包\\a.duban' })).toEqual({ path: 'D:\\数据包\\a.duban' });
    expect(parseOpenPackageEvent({ path: '/media/u/a.DUBAN' })).toEqual({ path: '/media/u/a.DUBAN' });
    expect(parseOpenPackageEvent({ path: 'a.duban' })).toBeNull();
    expect(parseOpenPackageEvent({ path: '/etc/passwd' })).toBeNull();
    expect(parseOpenPackageEvent({ path: '/a.duban', extra: 1 })).toBeNull();
    expect(parseOpenPackageEvent('/a.duban')).toBeNull();
  });
});
