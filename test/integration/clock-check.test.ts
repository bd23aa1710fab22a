// The PC date check on a real database: a PC that has used Duban in November 2026 and then starts with its
// date reset to 2000 (a flat CMOS battery) or set back a month is told so; 日期无误 clears it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { fixedClock, makeTempDir } from '../helpers/temp-backend.js';

describe('the PC date check', () => {
  const temp = makeTempDir('duban-clock-');
  const dbPath = join(temp.dir, 'duban.sqlite');

  const openAt = (iso: string) => createBackend({ dbPath, clock: fixedClock(iso), isDailyBackup: false });

  it('remembers the latest date it saw and names a date before it', async () => {
    const november = openAt('2026-11-22T09:00:00+08:00');
    expect(await november['app.clockCheck']({})).toEqual({ problem: null, canAccept: false, today: '2026-11-22' });
    november.close();

    const reset = openAt('2000-01-01T08:00:00+08:00');
    expect(await reset['app.clockCheck']({})).toMatchObject({ problem: expect.stringContaining('本机日期为 2000年1月1日,明显不对'), canAccept: false });
    reset.close();

    const back = openAt('2026-10-08T09:00:00+08:00');
    expect(await back['app.clockCheck']({})).toMatchObject({ problem: expect.stringContaining('早于这台电脑上次使用督办的日期 2026年11月22日'), canAccept: true });
    // Asking again does not lower the mark: still a problem.
    expect((await back['app.clockCheck']({})).problem).not.toBeNull();
    expect(await back['app.acceptClock']({})).toEqual({ problem: null, canAccept: false, today: '2026-10-08' });
    back.close();

    const later = openAt('2026-10-09T09:00:00+08:00');
    expect((await later['app.clockCheck']({})).problem).toBeNull();
    later.close();
    temp.cleanup();
  });
});
