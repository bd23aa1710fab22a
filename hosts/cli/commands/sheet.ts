// duban sheet export / import: the workbench's fill-in sheet (填报表) from the command line. Import only
// previews unless --commit; either way it exits 2 when rows could not be placed or the sheet is refused.
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../../db/atomic-write.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { SheetPreview } from '../../../shared/api/methods/sheet.js';
import { rankDepartments } from '../../../shared/departments/match.js';
import type { CliCall, CliCommand, CliOutput, CliValues } from '../command.js';

const USAGE = 'duban sheet export --dept 单位 [--period 2026-Q4] --out 文件.xlsx | duban sheet import 文件.xlsx --dept 单位 [--commit]';

const departmentIdOf = async (call: CliCall, values: CliValues): Promise<string> => {
  if (typeof values.dept !== 'string') throw new ApiError('bad_input', '请用 --dept 指定单位');
  const department = rankDepartments(await call('departments.list', {}), values.dept)[0];
  if (!department) throw new ApiError('not_found', `找不到单位“${values.dept}”`);
  return department.id;
};

const previewLines = (preview: SheetPreview): string[] => [
  `${preview.department.name} · ${preview.fileName}`,
  preview.summary,
  ...preview.matched
    .filter((m) => m.outcome === 'draft')
    .map((m) => `  第 ${m.rowNumber} 行 → ${m.code}. ${m.title}:${m.changes.map((c) => `${c.label}“${c.after.slice(0, 30)}”`).join(',')}`),
  ...preview.unplaced.map((u) => `  第 ${u.rowNumber} 行${u.text ? `(${u.text})` : ''}未导入:${u.reason}`),
];

const runExport = async (call: CliCall, values: CliValues): Promise<CliOutput> => {
  if (typeof values.out !== 'string' || values.out.trim() === '') throw new ApiError('bad_input', '请用 --out 指定输出文件,如 --out 填报表.xlsx');
  const out = resolve(values.out);
  const file = await call('sheet.export', {
    departmentId: await departmentIdOf(call, values),
    periodId: typeof values.period === 'string' ? values.period : undefined,
  });
  writeFileAtomic(out, Buffer.from(file.dataBase64, 'base64'));
  return {
    json: { path: out, fileName: file.fileName, periodId: file.periodId, rowCount: file.rowCount, byteLength: file.byteLength },
    text: `已导出 ${out}(${file.fileName},${file.rowCount} 项任务)`,
  };
};

const runImport = async (call: CliCall, values: CliValues, file: string | undefined): Promise<CliOutput> => {
  if (!file) throw new ApiError('bad_input', `请指定要导入的填报表文件\n用法:${USAGE}`);
  const departmentId = await departmentIdOf(call, values);
  const source = { path: resolve(file) };
  const preview = await call('sheet.preview', { departmentId, source });
  const exitCode = preview.unplaced.length > 0 ? 2 : 0;
  if (values.commit !== true) {
    return { json: preview, text: [...previewLines(preview), '(仅预览,未写入;确认无误后加 --commit 导入为草稿)'].join('\n'), exitCode };
  }
  const result = await call('sheet.import', { departmentId, periodId: preview.period.id, source });
  return { json: { preview, result }, text: [...previewLines(preview), result.summary].join('\n'), exitCode };
};

export const sheetCommand: CliCommand = {
  name: 'sheet',
  summary: '本单位的 Excel 填报表:导出后在 Excel/WPS 中填写,再导入为草稿',
  usage: USAGE,
  options: { dept: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' }, commit: { type: 'boolean' } },
  run: async ({ call, values, positionals }) => {
    const [verb, file] = positionals;
    if (verb === 'export') return runExport(call, values);
    if (verb === 'import') return runImport(call, values, file);
    throw new ApiError('bad_input', `请写明 export 或 import\n用法:${USAGE}`);
  },
};
