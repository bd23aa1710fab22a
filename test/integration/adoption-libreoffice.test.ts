// A returned sheet as another program saved it: filled with ExcelJS, then opened and saved again as .xlsx
// by LibreOffice headless (as a unit on a domestic Linux PC with WPS/LibreOffice would), then imported by
// the office as 代录 reports by path. Skipped with its reason where soffice is not installed (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openClerkSheet } from '../helpers/fill-sheet.js';
import { makeTempBackend } from '../helpers/temp-backend.js';
import { findDepartment } from './progress-fixture.js';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;

test('an ExcelJS-filled sheet saved again by LibreOffice imports as 代录 reports', async (ctx) => {
  ctx.skip(soffice === null, 'LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc to check a re-saved sheet imports');
  const t = makeTempBackend();
  try {
    const agri = await findDepartment(t.backend, '市农业农村局');
    const bundle = await t.backend['adoption.exportSheets']({ departmentIds: [agri] });
    const clerk = await openClerkSheet(bundle.dataBase64);
    clerk.set('提高农产品优质供给水平', '状态', '滞后');
    clerk.set('提高农产品优质供给水平', '完成进度(%)', 30);
    clerk.set('提高农产品优质供给水平', '进展情况', '监测设备尚未到位');
    clerk.set('着力打造湛江优质品牌', '完成进度(%)', '55%');
    clerk.set('着力打造湛江优质品牌', '进展情况', '申报品牌 4 个');
    const filled = join(t.dir, 'in', '填好.xlsx');
    mkdirSync(join(t.dir, 'in'));
    writeFileSync(filled, Buffer.from(await clerk.save(), 'base64'));
    const out = join(t.dir, 'out');
    const run = spawnSync(soffice ?? '', ['--headless', `-env:UserInstallation=file://${join(t.dir, 'lo-profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, filled], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const resaved = join(out, '填好.xlsx');
    expect(existsSync(resaved)).toBe(true);

    const preview = await t.backend['adoption.previewReturns']({ periodId: '2026-Q4', sources: [{ path: resaved }] });
    const [f] = preview.files;
    expect(f?.refusal).toBeNull();
    expect(f?.departmentNames).toEqual(['市农业农村局']);
    expect(f?.matched.filter((m) => m.outcome === 'write').map((m) => [m.code, m.matchedBy, m.values.status, m.values.percent, m.values.progress])).toEqual([
      ['1', 'id', 'behind', 30, '监测设备尚未到位'],
      ['19', 'id', 'on_track', 55, '申报品牌 4 个'],
    ]);
    expect((await t.backend['adoption.importReturns']({ periodId: '2026-Q4', sources: [{ path: resaved }] })).written).toBe(2);
    expect((await t.backend['adoption.importReturns']({ periodId: '2026-Q4', sources: [{ path: resaved }] })).written).toBe(0);
  } finally {
    t.cleanup();
  }
}, 240_000);
