// The period's export in the layout offices already use: the decomposition table (its columns from
// shared/plan/task-columns.ts, 序号 … 完成时限)
// followed by this period's 状态 / 完成进度 / 进展情况 / 存在问题 / 下一步计划 / 亮灯, the light as a
// cell colour; a second sheet of indicators and a third of the chase lists. Plain styles only (fills,
// borders, wrap, frozen panes, A4 landscape print setup) so Excel, WPS and LibreOffice open it alike.
import { attributeLabel } from '../../shared/plan/attribute.js';
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../exceljs.js';
import { TASK_COLUMNS, type TaskCellSource } from '../../shared/plan/task-columns.js';
import { extensionNote } from '../../shared/lifecycle/labels.js';
import { formatDay } from '../../shared/progress/deadline.js';
import { lightLabel, type Light } from '../../shared/progress/lights.js';
import { lightColour, namedInDocument, sectionLabel, statusKeyLabel } from '../../shared/reports/rules.js';
import type { ChaseList, IndicatorFigure, NamedRef, ReportSummary, TaskFigure } from '../../shared/reports/types.js';
import type { CustomColumn } from '../../shared/plan/custom-columns.js';
import type { ColumnValues } from '../columns/store.js';
import { addChaseSheet } from './xlsx-chase.js';
import { addNote, argb, bodyStyles, border, FONT, setupSheet, sharedStyle, styleBodyRow, type CellStyle, type Column } from './xlsx-style.js';

/** After the decomposition table's own columns (shared/plan/task-columns.ts): this period's report. */
const REPORT_COLUMNS: Column[] = [
  { header: '状态', width: 9 },
  { header: '完成进度', width: 8 },
  { header: '进展情况', width: 34 },
  { header: '存在问题', width: 22 },
  { header: '下一步计划', width: 22 },
  { header: '亮灯', width: 7 },
];

/** The office's own columns (in its order) come after the built-in ones, before the report. */
const tableColumns = (custom: CustomColumn[]): Column[] => [
  ...TASK_COLUMNS.map((c) => ({ header: c.header, width: c.width })),
  ...custom.map((c) => ({ header: c.name, width: c.kind === 'text' ? 20 : 12 })),
  ...REPORT_COLUMNS,
];

const NO_CUSTOM: ColumnValues = { columns: [], values: new Map() };

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

const names = (list: NamedRef[]): string[] => namedInDocument(list).map((d) => d.name);

const cellSource = (t: TaskFigure): TaskCellSource => ({
  code: t.code,
  title: t.title,
  content: t.content,
  leads: names(t.leads),
  participants: names(t.participants),
  cells: t.cells,
  // An approved 延期 shows both dates, as offices write it; a closed task says so (issue 21).
  deadlineText: [
    (t.originalDeadline !== undefined ? extensionNote(t.originalDeadline, t.deadline) : null) ?? (t.deadlineText || (t.deadline ? formatDay(t.deadline) : '')),
    t.closedAt ? `已办结(${formatDay(t.closedAt)})` : '',
  ].filter(Boolean).join(';'),
});

const addTaskRow = (sheet: ExcelJS.Worksheet, t: TaskFigure, custom: ColumnValues): void => {
  const source = cellSource(t);
  const own = custom.values.get(t.taskId) ?? {};
  const row = sheet.addRow([
    ...TASK_COLUMNS.map((c) => c.text(source)),
    ...custom.columns.map((c) => own[c.id] ?? ''),
    statusKeyLabel(t.status),
    t.percent === null ? null : t.percent / 100,
    t.progress,
    t.problems,
    t.nextSteps,
    lightLabel[t.light],
  ]);
  styleBodyRow(row, TASK_COLUMNS.length + custom.columns.length + REPORT_COLUMNS.length, taskRowStyles(custom.columns.length, t.light));
};

const centred = { vertical: 'top', horizontal: 'center', wrapText: true } as const;
const leftAligned = { vertical: 'top', horizontal: 'left', wrapText: true } as const;

// The task row's styles, one shared set per light and per number of office columns (only the light cell
// differs between lights): see bodyStyles. The report's cells come after the task's columns, in the order
// 状态, 完成进度, 进展情况, 存在问题, 下一步计划, 亮灯.
const taskRowStylesCache = new Map<string, CellStyle[]>();
const taskRowStyles = (customCount: number, light: Light): CellStyle[] => {
  const key = `${customCount}:${light}`;
  const cached = taskRowStylesCache.get(key);
  if (cached) return cached;
  const first = TASK_COLUMNS.length + customCount;
  const styles = bodyStyles(first + REPORT_COLUMNS.length).map((s, index) => {
    const at = index + 1 - first;
    if (at === 1) return sharedStyle({ ...s, alignment: centred });
    if (at === 2) return sharedStyle({ ...s, numFmt: '0%', alignment: centred });
    if (at >= 3 && at <= 5) return sharedStyle({ ...s, alignment: leftAligned });
    if (at === 6) {
      const colour = light === 'yellow' || light === 'none' ? 'FF000000' : 'FFFFFFFF';
      return sharedStyle({
        ...s,
        alignment: centred,
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(lightColour[light]) } },
        font: { name: FONT, size: 10, bold: true, color: { argb: colour } },
      });
    }
    return s;
  });
  taskRowStylesCache.set(key, styles);
  return styles;
};

const addSectionRow = (sheet: ExcelJS.Worksheet, section: string, width: number): void => {
  const row = sheet.addRow([sectionLabel(section)]);
  sheet.mergeCells(row.number, 1, row.number, width);
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
    attributeLabel(i.attribute),
    i.baselineText,
    i.targetText,
    i.latestValueText,
    i.latestPeriodId ?? '',
    i.attainment.label,
    i.attainmentRate === null ? null : i.attainmentRate / 100,
    i.owner,
  ]);
  styleBodyRow(row, INDICATOR_COLUMNS.length, i.attainment.state === 'unmet' ? indicatorStyles.unmet : indicatorStyles.other);
};

const indicatorStylesWith = (isUnmet: boolean): CellStyle[] =>
  bodyStyles(INDICATOR_COLUMNS.length).map((s, index) => {
    if (index + 1 === 11) return sharedStyle({ ...s, numFmt: '0.0%' });
    if (index + 1 === 10 && isUnmet) return sharedStyle({ ...s, font: { name: FONT, size: 10, color: { argb: argb(lightColour.red) } } });
    return s;
  });
const indicatorStyles = { unmet: indicatorStylesWith(true), other: indicatorStylesWith(false) };

export const writeSummaryXlsx = async (summary: ReportSummary, chase: ChaseList, officeName: string, custom: ColumnValues = NO_CUSTOM): Promise<Buffer> => {
  const book = await newWorkbook();
  book.creator = officeName;
  book.created = new Date(`${summary.today}T00:00:00+08:00`);
  const subtitle = `报告期:${summary.period.label}    统计截至:${formatDay(summary.asOf)}    ${officeName}`;

  const tasks = book.addWorksheet('任务进展');
  const columns = tableColumns(custom.columns);
  setupSheet(tasks, columns, `${summary.plan.title} 工作任务进展情况表`, subtitle);
  let section: string | null = null;
  const hasSections = summary.tasks.some((t) => t.section.trim() !== '');
  for (const t of summary.tasks) {
    if (hasSections && t.section !== section) addSectionRow(tasks, t.section, columns.length);
    section = t.section;
    addTaskRow(tasks, t, custom);
  }
  if (summary.tasks.length === 0) addNote(tasks, columns.length, '本规划尚无任务');

  const indicators = book.addWorksheet('指标');
  setupSheet(indicators, INDICATOR_COLUMNS, `${summary.plan.title} 主要指标完成情况`, subtitle);
  summary.indicators.forEach((i, index) => addIndicatorRow(indicators, i, index));
  if (summary.indicators.length === 0) addNote(indicators, INDICATOR_COLUMNS.length, '本规划未设置指标');

  addChaseSheet(book, chase, `${summary.plan.title} 催报催办清单`, `报告期:${chase.period.label}    报送截止:${formatDay(chase.period.due)}    截至:${formatDay(chase.today)}    ${officeName}`);

  return Buffer.from(await book.xlsx.writeBuffer());
};
