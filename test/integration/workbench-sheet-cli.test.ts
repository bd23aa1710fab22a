// The fill-in sheet from the command line (duban sheet export / import), and the exported file opened by
// LibreOffice headless where soffice is installed (skipped with its reason otherwise).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runCli } from '../../hosts/cli/main.js';
import { openClerkSheet } from '../helpers/fill-sheet.js';
import { makeTempBackend, makeTempDir, type TempBackend } from '../helpers/temp-backend.js';
import { findDepartment } from './progress-fixture.js';
import { suiteClock } from '../helpers/suite-clock.js';

let temp: { dir: string; cleanup: () => void };
beforeEach(() => {
  temp = makeTempDir('duban-cli-sheet-');
});
afterEach(() => temp.cleanup());

const run = async (args: string[]) => {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--db', join(temp.dir, 'duban.sqlite')], { clock: suiteClock, out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
};

test('duban sheet export, fill, import previews without writing, --commit writes drafts, exit 2 for rows not placed', async () => {
  const file = join(temp.dir, '填报表.xlsx');
  const exported = await run(['sheet', 'export', '--dept', '市农业农村局', '--period', '2026-Q4', '--out', file]);
  expect(exported, exported.err).toMatchObject({ code: 0 });
  expect(exported.out).toContain('市农业农村局-2026年第四季度-填报表.xlsx,5 项任务');

  const clerk = await openClerkSheet(readFileSync(file).toString('base64'));
  clerk.set('提高农产品优质供给水平', '状态', '正常推进');
  clerk.set('提高农产品优质供给水平', '完成进度(%)', '60%');
  clerk.set('提高农产品优质供给水平', '进展情况', '完成例行监测。');
  writeFileSync(file, Buffer.from(await clerk.save(), 'base64'));

  const preview = await run(['sheet', 'import', file, '--dept', 'nyncj']);
  expect(preview.code).toBe(0);
  expect(preview.out).toContain('第 4 行 → 1. 提高农产品优质供给水平:状态“正常推进”,完成进度“60%”,进展情况“完成例行监测。”');
  expect(preview.out).toContain('仅预览,未写入');
  const untouched = await run(['mytasks', '--dept', '市农业农村局']);
  expect(untouched.out).not.toContain('草稿');

  const committed = await run(['sheet', 'import', file, '--dept', '市农业农村局', '--commit']);
  expect(committed.code).toBe(0);
  expect(committed.out).toContain('已将 1 项任务的内容保存为2026年第四季度的草稿');
  expect((await run(['mytasks', '--dept', '市农业农村局'])).out).toMatch(/1\. \[牵头\] \S+ 草稿 {2}提高农产品优质供给水平/);

  clerk.addRow({ 序号: '99', 工作任务: '不存在的任务', 状态: '滞后' });
  writeFileSync(file, Buffer.from(await clerk.save(), 'base64'));
  const stray = await run(['sheet', 'import', file, '--dept', '市农业农村局', '--commit']);
  expect(stray.code).toBe(2);
  expect(stray.out).toContain('第 9 行(99 不存在的任务)未导入:找不到这项任务');

  const refused = await run(['sheet', 'import', file, '--dept', '市商务局']);
  expect(refused).toMatchObject({ code: 2, err: '错误:这是“市农业农村局”的填报表,当前单位是“市商务局”,不能导入。请导入本单位导出的填报表。' });
  expect((await run(['sheet', 'import', join(temp.dir, '没有这个文件.xlsx'), '--dept', '市商务局'])).code).toBe(2);
});

let t: TempBackend;
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
test('LibreOffice headless opens the exported sheet and converts it to PDF', async (ctx) => {
  ctx.skip(soffice === null, 'LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc to check the sheet opens');
  t = makeTempBackend();
  try {
    const sheet = await t.backend['sheet.export']({ departmentId: await findDepartment(t.backend, '市农业农村局') });
    const xlsx = join(t.dir, 'sheet.xlsx');
    writeFileSync(xlsx, Buffer.from(sheet.dataBase64, 'base64'));
    const conversion = spawnSync(soffice ?? '', ['--headless', `-env:UserInstallation=file://${join(t.dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', t.dir, xlsx], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(conversion.status, conversion.stderr).toBe(0);
    expect(readFileSync(join(t.dir, 'sheet.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    t.cleanup();
  }
});
