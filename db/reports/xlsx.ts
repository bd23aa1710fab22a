// The period's export in the layout offices already use: the decomposition table (序号 … 完成时限)
// followed by this period's 状态 / 完成进度 / 进展情况 / 存在问题 / 下一步计划 / 亮灯, the light as a
// cell colour; a second sheet of indicators. Plain styles only (fills, borders, wrap, frozen panes,
// A4 landscape print setup) so Excel, WPS and LibreOffice all open it the same way.
import ExcelJS from 'exceljs';
import { formatDay } from '../../shared/progress/deadline.js';
import { lightLabel } from '../../shared/progress/lights.js';
import { lightColour, sectionLabel, statusKeyLabel } from '../../shared/reports/rules.js';
import type { IndicatorFigure, ReportSummary, TaskFigure } from '../../shared/reports/types.js';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const FONT = '宋体';

type Column = { header: string; width: number };

const TASK_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '工作任务', width: 22 },
  { header: '主要内容', width: 38 },
  { header: '牵头部门', width: 14 },
  { header: '参与部门', width: 20 },
  { header: '完成时限', width: 12 },
  { header: '状态', width: 9 },
  { header: '完成进度', width: 8 },
  { header: '进展情况', width: 34 },
  { header: '存在问题', width: 22 },
  { header: '下一步计划', width: 22 },
  { header: '亮灯', width: 7 },
];

const INDICATOR_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '类别', width: 12 },
  { header: '指标名称', width: 30 },
  { header: '单位', width: 8 },
  { header: '属性', width: 8 },
  { header: '基期值', width: 10 },
  { header: '目标值', width: 10 },
  { header: '最新值', width: 10 },
  { header: '填报期', width: 10 },
  { header: '达标情况', width: 22 },
  { header: '完成率', width: 9 },
  { header: '责任单位', width: 16 },
];

const setupSheet = (sheet: ExcelJS.Worksheet, columns: Column[], title: string, subtitle: string): void => {
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;
  sheet.mergeCells(1, 1, 1, last);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { name: '黑体', size: 16, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, last);
  const sub = sheet.getCell(2, 1);
  sub.value = subtitle;
  sub.font = { name: FONT, size: 10 };
  sub.alignment = { horizontal: 'right', vertical: 'middle' };
  const header = sheet.getRow(3);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: '黑体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = border;
  });
  header.height = 22;
  // Frozen header: rows 1–3 stay in view while scrolling, and row 3 repeats on every printed page.
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 3, topLeftCell: 'A4', activeCell: 'A4' }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: '3:3',
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&C第 &P 页,共 &N 页' };
};

const styleBodyRow = (row: ExcelJS.Row, count: number): void => {
  for (let i = 1; i <= count; i += 1) {
    const cell = row.getCell(i);
    cell.font = { name: FONT, size: 10 };
    cell.alignment = { vertical: 'top', wrapText: true, horizontal: i === 1 || i >= count - 4 ? 'center' : 'left' };
    cell.border = border;
  }
};

const names = (list: { name: string }[]): string => list.map((d) => d.name).join('、');

const addTaskRow = (sheet: ExcelJS.Worksheet, t: TaskFigure): void => {
  const row = sheet.addRow([
    t.code,
    t.title,
    t.content,
    names(t.leads),
    names(t.participants),
    t.deadlineText || (t.deadline ? formatDay(t.deadline) : ''),
    statusKeyLabel(t.status),
    t.percent === null ? null : t.percent / 100,
    t.progress,
    t.problems,
    t.nextSteps,
    lightLabel[t.light],
  ]);
  styleBodyRow(row, TASK_COLUMNS.length);
  row.getCell(8).numFmt = '0%';
  for (const i of [7, 8, 12]) row.getCell(i).alignment = { vertical: 'top', horizontal: 'center', wrapText: true };
  for (const i of [9, 10, 11]) row.getCell(i).alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
  const light = row.getCell(12);
  light.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(lightColour[t.light]) } };
  light.font = { name: FONT, size: 10, bold: true, color: { argb: t.light === 'yellow' || t.light === 'none' ? 'FF000000' : 'FFFFFFFF' } };
};

const addSectionRow = (sheet: ExcelJS.Worksheet, section: string): void => {
  const row = sheet.addRow([sectionLabel(section)]);
  sheet.mergeCells(row.number, 1, row.number, TASK_COLUMNS.length);
  const cell = row.getCell(1);
  cell.font = { name: '黑体', size: 11, bold: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  cell.border = border;
};

const addIndicatorRow = (sheet: ExcelJS.Worksheet, i: IndicatorFigure, index: number): void => {
  const row = sheet.addRow([
    index + 1,
    i.category,
    i.name,
    i.unit,
    i.isBinding ? '约束性' : '预期性',
    i.baselineText,
    i.targetText,
    i.latestValueText,
    i.latestPeriodId ?? '',
    i.attainment.label,
    i.attainmentRate === null ? null : i.attainmentRate / 100,
    i.owner,
  ]);
  styleBodyRow(row, INDICATOR_COLUMNS.length);
  row.getCell(11).numFmt = '0.0%';
  if (i.attainment.state === 'unmet') row.getCell(10).font = { name: FONT, size: 10, color: { argb: argb(lightColour.red) } };
};

const addNote = (sheet: ExcelJS.Worksheet, count: number, text: string): void => {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, count);
  row.getCell(1).font = { name: FONT, size: 10, italic: true };
  row.getCell(1).alignment = { horizontal: 'center' };
};

export const writeSummaryXlsx = async (summary: ReportSummary, officeName: string): Promise<Buffer> => {
  const book = new ExcelJS.Workbook();
  book.creator = officeName;
  book.created = new Date(`${summary.today}T00:00:00+08:00`);
  const subtitle = `报告期:${summary.period.label}    统计截至:${formatDay(summary.asOf)}    ${officeName}`;

  const tasks = book.addWorksheet('任务进展');
  setupSheet(tasks, TASK_COLUMNS, `${summary.plan.title} 工作任务进展情况表`, subtitle);
  let section: string | null = null;
  const hasSections = summary.tasks.some((t) => t.section.trim() !== '');
  for (const t of summary.tasks) {
    if (hasSections && t.section !== section) addSectionRow(tasks, t.section);
    section = t.section;
    addTaskRow(tasks, t);
  }
  if (summary.tasks.length === 0) addNote(tasks, TASK_COLUMNS.length, '本规划尚无任务');

  const indicators = book.addWorksheet('指标');
  setupSheet(indicators, INDICATOR_COLUMNS, `${summary.plan.title} 主要指标完成情况`, subtitle);
  summary.indicators.forEach((i, index) => addIndicatorRow(indicators, i, index));
  if (summary.indicators.length === 0) addNote(indicators, INDICATOR_COLUMNS.length, '本规划未设置指标');

  return Buffer.from(await book.xlsx.writeBuffer());
};
