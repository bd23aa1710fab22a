import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { runCli } from '../../hosts/cli/main.js';
import { makeTempDir } from '../helpers/temp-backend.js';
import { suiteClock } from '../helpers/suite-clock.js';

const temp = makeTempDir('duban-cli-mytasks-');
afterEach(() => temp.cleanup());

const run = async (args: string[]) => {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--db', join(temp.dir, 'duban.sqlite')], { clock: suiteClock, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

test('duban mytasks lists a unit’s tasks by pinyin initials, and refuses an unknown unit with exit 2', async () => {
  const ok = await run(['mytasks', '--dept', 'nyncj', '--find', '品牌']);
  expect(ok.code).toBe(0);
  expect(ok.out).toMatch(/^市农业农村局 · 本期 \d{4}年/);
  expect(ok.out).toContain('19. [参与]');
  expect(ok.out).not.toContain('1. [牵头]');
  const bad = await run(['mytasks', '--dept', '火星局']);
  expect(bad).toMatchObject({ code: 2, err: '错误:找不到单位“火星局”' });
});
