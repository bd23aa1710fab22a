// FROZEN copy of db/reports/xlsx.ts as it was before issue 18 (main at bba7a5b): the reference the
// new reads are compared with in test/integration/reports-equivalence.test.ts. Do not edit or "fix".
// The period's export in the layout offices already use: the decomposition table (序号 … 完成时限)
// followed by this period's 状态 / 完成进度 / 进展情况 / 存在问题 / 下一步计划 / 亮灯, the light as a
// cell colour; a second sheet of indicators and a third of the chase lists. Plain styles only (fills,
// borders, wrap, frozen panes, A4 landscape print setup) so Excel, WPS and LibreOffice open it alike.
import ExcelJS from 'exceljs';
import { formatDay } from '../../../shared/progress/deadline.js';
import { lightLabel } from '../../../shared/progress/lights.js';
import { lightColour, namedInDocument, sectionLabel, statusKeyLabel } from '../../../shared/reports/rules.js';
import type { ChaseList, IndicatorFigure, NamedRef, ReportSummary, TaskFigure } from '../../../shared/reports/types.js';
import { addChaseSheet } from './xlsx-chase.js';
import { addNote, argb, border, FONT, setupSheet, styleBodyRow, type Column } from './xlsx-style.js';

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

const names = (list: NamedRef[]): string => namedInDocument(list).map((d) => d.name).join('、');

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
    // Corrected with 参考性 (migration 79): an indicator without a 属性 printed 预期性 here.
    i.isBinding ? '约束性' : i.attribute === 'expected' ? '预期性' : i.attribute === 'reference' ? '参考性' : '',
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

export const writeSummaryXlsx = async (summary: ReportSummary, chase: ChaseList, officeName: string): Promise<Buffer> => {
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

  addChaseSheet(book, chase, `${summary.plan.title} 催报催办清单`, `报告期:${chase.period.label}    报送截止:${formatDay(chase.period.due)}    截至:${formatDay(chase.today)}    ${officeName}`);

  return Buffer.from(await book.xlsx.writeBuffer());
};
