// The first-run state on real database files: a brand-new database opened by a host that shows the
// wizard waits for it (nothing loaded), the two paths finish it, and everything else opens as before.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend.js';
import { dispatch } from '../../shared/api/validate.js';
import { call, makeOffice, type Site } from '../helpers/sync-fixture.js';
import { fixedClock, makeTempDir, seedsDir } from '../helpers/temp-backend.js';

const clock = fixedClock('2026-11-22T09:00:00+08:00');

describe('first run', () => {
  const open: Backend[] = [];
  const dirs: { cleanup: () => void }[] = [];
  const tempDir = (): string => {
    const made = makeTempDir('duban-first-run-');
    dirs.push(made);
    return made.dir;
  };
  const backendAt = (dbPath: string, isFirstRunWizard: boolean): Backend => {
    const backend = createBackend({ dbPath, clock, seedsDir, isFirstRunWizard });
    open.push(backend);
    return backend;
  };

  afterEach(() => {
    for (const b of open.splice(0)) b.close();
    for (const d of dirs.splice(0)) d.cleanup();
  });

  it('a brand-new database of the app waits for the wizard and loads no demo', async () => {
    const dir = tempDir();
    const app = backendAt(join(dir, 'duban.sqlite'), true);
    const status = await app['setup.status']({});
    expect(status).toMatchObject({ isPending: true, role: 'office', hasPlan: false, hasDemo: true, dataDir: dir, filesDir: join(dir, 'files') });
    expect(await app['plans.list']({})).toEqual([]);
  });

  it('the CLI opening a pending database does not load the demo behind the wizard', async () => {
    const dbPath = join(tempDir(), 'duban.sqlite');
    backendAt(dbPath, true).close();
    const cli = backendAt(dbPath, false);
    expect(await cli['plans.list']({})).toEqual([]);
    expect((await cli['setup.status']({})).isPending).toBe(true);
  });

  it('a database made by the CLI, or one that already exists, never shows the wizard', async () => {
    const dbPath = join(tempDir(), 'duban.sqlite');
    const cli = backendAt(dbPath, false);
    expect((await cli['setup.status']({})).isPending).toBe(false);
    expect(await cli['plans.list']({})).toHaveLength(1);
    cli.close();
    expect((await backendAt(dbPath, true)['setup.status']({})).isPending).toBe(false);
  });

  it('start from the demo: one call, the demo plan, done for good', async () => {
    const dbPath = join(tempDir(), 'duban.sqlite');
    const app = backendAt(dbPath, true);
    const status = await app['setup.startDemo']({});
    expect(status).toMatchObject({ isPending: false, role: 'office', hasPlan: true });
    expect((await app['plans.list']({}))[0]?.title).toBe('湛江市开展质量提升行动的方案');
    await expect(app['setup.startDemo']({})).rejects.toThrow('本机已有规划');
    app.close();
    expect((await backendAt(dbPath, true)['setup.status']({})).isPending).toBe(false);
  });

  it('refuses to finish before the chosen path is complete, saying what is missing', async () => {
    const app = backendAt(join(tempDir(), 'duban.sqlite'), true);
    await expect(app['setup.finish']({})).rejects.toThrow('请先导入规划,或从示范规划开始');
    await dispatch(app, 'sync.init', { role: 'department' });
    await expect(app['setup.finish']({})).rejects.toThrow('请先打开牵头办公室发来的初始化包');
    expect((await app['setup.status']({})).isPending).toBe(true);
  });

  it('department path: the setup package with the confirmed office fingerprint finishes the wizard', async () => {
    const root = tempDir();
    const office: Site = await makeOffice(root);
    open.push(office.backend);
    const setup = await call(office, 'sync.setupPackage', { department: '市商务局', out: join(root, 'setup.duban') });
    const fingerprint = (await call(office, 'sync.status', {})).fingerprint;
    const department = backendAt(join(root, 'shangwu.sqlite'), true);
    await dispatch(department, 'sync.init', { role: 'department' });
    await dispatch(department, 'sync.import', { sources: [{ path: setup.path }], trust: [fingerprint] });
    const status = await department['setup.finish']({});
    expect(status).toMatchObject({ isPending: false, role: 'department', hasPlan: true, departmentName: '市商务局', officeFingerprint: fingerprint });
    // A department cannot fall back to the demo afterwards.
    await expect(department['setup.startDemo']({})).rejects.toThrow();
  });
});
