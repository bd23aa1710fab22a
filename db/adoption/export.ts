// adoption.units and adoption.exportSheets: the units the office may send a sheet to (those with tasks
// in the plan; "not yet enrolled" = no Duban installation registered), and the files for them: the same
// .xlsx the department workbench makes, optionally a Word form, one per unit, named by unit and period.
// One file comes back as itself; several come back as one .zip, so the desktop app saves them through
// one save dialog and the browser as one download.
import { zipSync } from 'fflate';
import { ApiError } from '../../shared/api/errors.js';
import type { AdoptionUnits, SheetBundle } from '../../shared/api/methods/adoption.js';
import type { BackendContext } from '../context.js';
import { currentPeriod, requirePeriod } from '../progress/lookup.js';
import { sheetFileName, writeFillSheet } from '../progress/sheet-export.js';
import { planOf, sheetScope } from '../progress/sheet-scope.js';
import { prepared } from '../statements.js';
import { wordFormFileName, writeWordForm } from './docx-form.js';
import { channelsOfPeriod } from './proxy-store.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type UnitRow = { id: string; name: string; taskCount: number; enrolled: number };

const unitRows = (ctx: BackendContext, planId: string): UnitRow[] =>
  prepared(
    ctx.db,
    `SELECT d.id, d.name, COUNT(DISTINCT a.task_id) AS taskCount,
       EXISTS (SELECT 1 FROM sync_peers p WHERE p.department_id = d.id AND p.role = 'department' AND p.revoked_at IS NULL) AS enrolled
     FROM assignments a JOIN tasks t ON t.id = a.task_id AND t.plan_id = ? AND t.deleted = 0
     JOIN departments d ON d.id = a.department_id AND d.kind = 'unit' AND d.deleted = 0
     WHERE a.deleted = 0
     GROUP BY d.id ORDER BY d.name`,
  ).all(planId) as UnitRow[];

const periodFor = (ctx: BackendContext, plan: ReturnType<typeof planOf>, periodId: string | undefined) =>
  periodId ? requirePeriod(ctx, plan, periodId) : currentPeriod(ctx, plan.cadence);

export const listAdoptionUnits = (ctx: BackendContext, arg: { periodId?: string }): AdoptionUnits => {
  const plan = planOf(ctx, undefined);
  const period = periodFor(ctx, plan, arg.periodId);
  const channels = channelsOfPeriod(ctx.db, plan.id, period.id);
  return {
    period: { id: period.id, label: period.label },
    units: unitRows(ctx, plan.id).map((u) => ({
      departmentId: u.id,
      name: u.name,
      taskCount: u.taskCount,
      isEnrolled: u.enrolled === 1,
      channel: channels.get(u.id) ?? 'none',
    })),
  };
};

export const exportUnitSheets = async (ctx: BackendContext, arg: { periodId?: string; departmentIds?: string[]; withWord?: boolean }): Promise<SheetBundle> => {
  const plan = planOf(ctx, undefined);
  const period = periodFor(ctx, plan, arg.periodId);
  const units = unitRows(ctx, plan.id);
  const byId = new Map(units.map((u) => [u.id, u]));
  const chosen = arg.departmentIds ? [...new Set(arg.departmentIds)] : units.filter((u) => u.enrolled === 0).map((u) => u.id);
  for (const id of chosen) {
    if (!byId.has(id)) throw new ApiError('bad_input', '所选单位在本规划中没有牵头或参与的任务,无法生成填报表');
  }
  if (chosen.length === 0) throw new ApiError('refused', '所有单位都已安装督办并登记,没有需要发送填报表的单位');
  const files: { fileName: string; unit: string; rowCount: number; bytes: Uint8Array }[] = [];
  for (const id of chosen) {
    const scope = sheetScope(ctx, { departmentId: id, planId: plan.id, periodId: period.id });
    files.push({ fileName: sheetFileName(scope), unit: scope.department.name, rowCount: scope.tasks.length, bytes: await writeFillSheet(scope, ctx.clock(), 'returned') });
    if (arg.withWord) files.push({ fileName: wordFormFileName(scope), unit: scope.department.name, rowCount: scope.tasks.length, bytes: writeWordForm(scope) });
  }
  const list = files.map(({ fileName, unit, rowCount }) => ({ fileName, unit, rowCount }));
  const unitCount = chosen.length;
  const [only] = files;
  if (only && files.length === 1) {
    return {
      fileName: only.fileName,
      mime: XLSX_MIME,
      byteLength: only.bytes.length,
      dataBase64: Buffer.from(only.bytes).toString('base64'),
      files: list,
      summary: `已生成${only.unit}${period.label}的填报表(${only.rowCount} 项任务)`,
    };
  }
  const zipped = zipSync(Object.fromEntries(files.map((f) => [f.fileName, f.bytes])), { level: 6 });
  return {
    fileName: `${period.label}填报表-${unitCount}个单位.zip`,
    mime: 'application/zip',
    byteLength: zipped.length,
    dataBase64: Buffer.from(zipped).toString('base64'),
    files: list,
    summary: `已生成 ${unitCount} 个单位${period.label}的填报表,共 ${files.length} 个文件(${arg.withWord ? 'Excel 和 Word 各一份' : 'Excel'}),打包为一个压缩文件`,
  };
};
