// The fill-in sheet (填报表) for one unit and period, in the house style of the reports export (Chinese
// headers, frozen header, wrapped text, A4 landscape): one row per task the unit leads or joins,
// prefilled from this period's draft or submitted report. 状态 is a drop-down of the report form's words
// and 完成进度 a whole number 0–100 (Excel data validation); columns the clerk does not fill are grey.
// The task id rides in a hidden column and unit/period/plan in a hidden sheet, so the import matches rows
// exactly however they are sorted, and refuses a sheet made for another unit or period.
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../exceljs.js';
import type { SheetExport } from '../../shared/api/methods/sheet.js';
import { formatDay } from '../../shared/progress/deadline.js';
import { reportStateLabel, reportStatusLabel } from '../../shared/progress/report-status.js';
import { SHEET_COLUMNS, SHEET_HELP_NAME, SHEET_MAIN_NAME, SHEET_MARK, SHEET_META_NAME, statusWords, type SheetField } from '../../shared/progress/sheet.js';
import type { BackendContext } from '../context.js';
import { border, FONT, setupSheet } from '../reports/xlsx-style.js';
import { sheetScope, type SheetScope, type SheetTask } from './sheet-scope.js';

const GREY = 'FFEDEDED';
const col = (field: SheetField): number => SHEET_COLUMNS.findIndex((c) => c.field === field) + 1;

const roleText = (t: SheetTask): string => `${t.role === 'lead' ? '牵头' : '参与'}${t.viaGroup ? `(作为“${t.viaGroup}”成员)` : ''}`;

const addTaskRow = (sheet: ExcelJS.Worksheet, t: SheetTask): void => {
  const byField: Record<SheetField, ExcelJS.CellValue> = {
    seq: t.code,
    title: t.title,
    role: roleText(t),
    deadline: t.deadlineText || (t.deadline ? formatDay(t.deadline) : ''),
    status: t.base.status === '' ? null : reportStatusLabel[t.base.status],
    percent: t.base.percent.trim() === '' ? null : Number(t.base.percent),
    progress: t.base.progress,
    problems: t.base.problems,
    nextSteps: t.base.nextSteps,
    taskId: t.taskId,
  };
  const row = sheet.addRow(SHEET_COLUMNS.map((c) => byField[c.field]));
  SHEET_COLUMNS.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.font = { name: FONT, size: 10 };
    cell.border = border;
    const isCentered = c.field === 'seq' || c.field === 'role' || c.field === 'status' || c.field === 'percent';
    cell.alignment = { vertical: 'top', wrapText: true, horizontal: isCentered ? 'center' : 'left' };
    // Grey: the clerk does not type here (the task's own columns, and every column of a report already
    // submitted or accepted for the period, which only the office can reopen by returning it).
    if (!c.isFillable || !t.isEditable) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREY } };
  });
  if (!t.isEditable) {
    row.getCell(col('status')).note = `本期报告${reportStateLabel[t.state]},在此修改不会生效;如需修改,请联系办公室退回。`;
    return;
  }
  row.getCell(col('status')).dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${statusWords.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '状态有误',
    error: `请从下拉列表中选择:${statusWords.join('、')}`,
    showInputMessage: true,
    promptTitle: '状态',
    prompt: '请从下拉列表中选择',
  };
  const percent = row.getCell(col('percent'));
  percent.numFmt = '0';
  percent.dataValidation = {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 100],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '完成进度有误',
    error: '请填写 0 到 100 之间的整数,如 60',
  };
};

/** Who fills the sheet: a clerk with Duban imports it back; a unit without Duban returns it to the office. */
export type SheetAudience = 'clerk' | 'returned';

const returnLines = (audience: SheetAudience): string[] =>
  audience === 'clerk'
    ? [
        '7. 填好后保存为 .xlsx 文件,回到督办“部门工作台”页面,点击“从 Excel 导入”选择本文件。',
        '8. 导入后的内容保存为各项任务的草稿,不会直接报送。请逐项打开任务核对、添加佐证材料后再点击“提交”。',
      ]
    : [
        '7. 填好后保存为 .xlsx 文件(用 Excel 或 WPS 均可),按办公室要求交回(U 盘、内网邮箱等)。请不要更改文件中隐藏的识别信息。',
        '8. 办公室收到后会代为录入督办,并照常审核;如被退回,办公室会告知原因,请修改后再次交回。',
      ];

const helpLines = (scope: SheetScope, audience: SheetAudience): string[] => [
  `${scope.department.name} ${scope.period.label}工作任务进展填报表 填写说明`,
  '',
  `1. 本表列出${scope.department.name}牵头和参与的全部任务(${scope.tasks.length} 项),报告期为${scope.period.label},报送截止 ${formatDay(scope.period.due)}。`,
  '2. 请只填写白色的列:状态、完成进度(%)、进展情况、存在问题、下一步计划。灰色的列(序号、工作任务、本单位角色、完成时限)不要修改。',
  `3. “状态”请从下拉列表中选择:${statusWords.join('、')}。`,
  '4. “完成进度(%)”填写 0 到 100 之间的整数,如 60(填 60% 也可以)。',
  '5. 整行灰色的任务本期报告已提交或已通过,在表中修改不会生效;如需修改,请联系办公室退回。',
  '6. 可以调整行的顺序、排序或筛选,也可以调整列宽;请不要删除隐藏的“任务识别码”列和隐藏的工作表。',
  ...returnLines(audience),
];

const addHelpSheet = (book: ExcelJS.Workbook, scope: SheetScope, audience: SheetAudience): void => {
  const help = book.addWorksheet(SHEET_HELP_NAME);
  help.columns = [{ width: 110 }];
  helpLines(scope, audience).forEach((text, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = text;
    cell.font = i === 0 ? { name: '黑体', size: 14, bold: true } : { name: FONT, size: 11 };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  help.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
};

const addMetaSheet = (book: ExcelJS.Workbook, scope: SheetScope): void => {
  const meta = book.addWorksheet(SHEET_META_NAME, { state: 'veryHidden' });
  meta.addRows([
    ['mark', SHEET_MARK],
    ['departmentId', scope.department.id],
    ['departmentName', scope.department.name],
    ['periodId', scope.period.id],
    ['periodLabel', scope.period.label],
    ['planId', scope.plan.id],
  ]);
};

export const sheetFileName = (scope: Pick<SheetScope, 'department' | 'period'>): string =>
  `${scope.department.name}-${scope.period.label}-填报表.xlsx`;

export const writeFillSheet = async (scope: SheetScope, today: Date, audience: SheetAudience = 'clerk'): Promise<Buffer> => {
  const book = await newWorkbook();
  book.creator = scope.department.name;
  book.created = today;
  const sheet = book.addWorksheet(SHEET_MAIN_NAME);
  setupSheet(
    sheet,
    SHEET_COLUMNS.map((c) => ({ header: c.header, width: c.width })),
    `${scope.plan.title} 工作任务进展填报表`,
    `填报单位:${scope.department.name}    报告期:${scope.period.label}    报送截止:${formatDay(scope.period.due)}    ${audience === 'clerk' ? '填好后在督办中“从 Excel 导入”' : '填好后保存并交回办公室'}`,
  );
  SHEET_COLUMNS.forEach((c, i) => {
    if (c.isHidden) sheet.getColumn(i + 1).hidden = true;
    if (!c.isFillable) sheet.getRow(3).getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD0D0D0' } };
  });
  for (const t of scope.tasks) addTaskRow(sheet, t);
  // The print area stops before the hidden id column.
  sheet.pageSetup.printArea = `A1:${String.fromCharCode(64 + SHEET_COLUMNS.filter((c) => !c.isHidden).length)}${Math.max(sheet.rowCount, 3)}`;
  addHelpSheet(book, scope, audience);
  addMetaSheet(book, scope);
  return Buffer.from(await book.xlsx.writeBuffer());
};

export const exportSheet = async (ctx: BackendContext, arg: { departmentId?: string; periodId?: string }): Promise<SheetExport> => {
  const scope = sheetScope(ctx, arg);
  const bytes = await writeFillSheet(scope, ctx.clock());
  return {
    fileName: sheetFileName(scope),
    periodId: scope.period.id,
    rowCount: scope.tasks.length,
    byteLength: bytes.length,
    dataBase64: bytes.toString('base64'),
  };
};
