// The fill-in sheet (填报表) a department clerk fills in Excel or WPS and brings back: its columns, and
// how a cell the clerk typed is read. Pure rules shared by the export, the importer and the tests; the
// importer is tolerant the way a person would be (spaces in words, 60 / 60% / 0.6 as a percentage) and
// names every value it refuses, in Chinese, instead of guessing.
import { taskColumn } from '../plan/task-columns.js';
import { reportStatusLabel, reportStatuses, type ReportStatus } from './report-status.js';

export type SheetField = 'seq' | 'title' | 'role' | 'deadline' | 'status' | 'percent' | 'progress' | 'problems' | 'nextSteps' | 'taskId';

export type SheetColumn = { field: SheetField; header: string; width: number; isFillable: boolean; isHidden?: boolean };

export const SHEET_COLUMNS: SheetColumn[] = [
  // The task's own columns as the decomposition table names them (task-columns.ts); the title gets more room here.
  { field: 'seq', header: taskColumn('code').header, width: 6, isFillable: false },
  { field: 'title', header: taskColumn('title').header, width: 34, isFillable: false },
  { field: 'role', header: '本单位角色', width: 12, isFillable: false },
  { field: 'deadline', header: taskColumn('deadline').header, width: 13, isFillable: false },
  { field: 'status', header: '状态', width: 11, isFillable: true },
  { field: 'percent', header: '完成进度(%)', width: 10, isFillable: true },
  { field: 'progress', header: '进展情况', width: 44, isFillable: true },
  { field: 'problems', header: '存在问题', width: 26, isFillable: true },
  { field: 'nextSteps', header: '下一步计划', width: 26, isFillable: true },
  // Matches rows to tasks exactly however the clerk sorts or moves them; hidden so nobody types in it.
  { field: 'taskId', header: '任务识别码(请勿修改)', width: 12, isFillable: false, isHidden: true },
];

/** The hidden worksheet naming the unit, period and plan the sheet was made for. */
export const SHEET_META_NAME = '督办识别信息';
export const SHEET_MAIN_NAME = '进展填报';
export const SHEET_HELP_NAME = '填写说明';
export const SHEET_MARK = 'duban-fill-sheet-v1';

/** Other words clerks or older sheets use for the same column. */
const headerAliases: Record<SheetField, string[]> = {
  seq: ['序号', '编号'],
  title: ['工作任务', '任务', '任务名称'],
  role: ['本单位角色', '角色'],
  deadline: ['完成时限', '时限'],
  status: ['状态', '进展状态'],
  percent: ['完成进度', '完成百分比', '进度', '完成比例'],
  progress: ['进展情况', '工作进展'],
  problems: ['存在问题', '问题'],
  nextSteps: ['下一步计划', '下步计划', '下一步工作计划'],
  taskId: ['任务识别码'],
};

const squash = (text: string): string => text.normalize('NFKC').replace(/[\s\u3000]/g, '');

/** A header cell's field: spaces and anything in brackets do not matter (完成进度(%) = 完成 进度). */
export const fieldOfHeader = (text: string): SheetField | null => {
  const name = squash(text).replace(/[((\[【].*?[))\]】]/g, '');
  if (name === '') return null;
  for (const [field, names] of Object.entries(headerAliases) as [SheetField, string[]][]) if (names.includes(name)) return field;
  return null;
};

/** Needed to read a sheet at all: the task column and at least one column the clerk fills. */
export const isHeaderRow = (fields: Set<SheetField>): boolean =>
  fields.has('title') && ['status', 'percent', 'progress'].some((f) => fields.has(f as SheetField));

export const statusWords = reportStatuses.map((s) => reportStatusLabel[s]);

export const parseStatusWord = (text: string): ReportStatus | '' | null => {
  const word = squash(text);
  if (word === '') return '';
  return reportStatuses.find((s) => reportStatusLabel[s] === word) ?? null;
};

/** A percentage cell as Excel hands it over: a number, and whether the cell is formatted as a percentage. */
export type PercentCell = { value: number | string | null; isPercentFormat: boolean };

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const wholePercent = (n: number, shown: string): Parsed<string> => {
  if (!Number.isFinite(n) || Math.abs(n - Math.round(n)) > 1e-9) return { ok: false, reason: `完成进度“${shown}”不是整数,请填写 0 到 100 之间的整数,如 60` };
  const value = Math.round(n);
  if (value < 0 || value > 100) return { ok: false, reason: `完成进度“${shown}”超出 0 到 100 的范围` };
  return { ok: true, value: String(value) };
};

/** 60, "60", "60%", "60%" and 0.6 in a cell formatted as a percentage all read as 60; "六十" is refused. */
export const parsePercentCell = ({ value, isPercentFormat }: PercentCell): Parsed<string> => {
  if (value === null) return { ok: true, value: '' };
  if (typeof value === 'number') return isPercentFormat ? wholePercent(value * 100, `${Math.round(value * 10000) / 100}%`) : wholePercent(value, String(value));
  const text = squash(value);
  if (text === '') return { ok: true, value: '' };
  const m = /^(\d+(?:\.\d+)?)%?$/.exec(text);
  if (!m) return { ok: false, reason: `完成进度“${value.trim().slice(0, 20)}”不是数字,请填写 0 到 100 之间的整数,如 60` };
  return wholePercent(Number(m[1]), text);
};

export const MAX_SHEET_TEXT = 5000;

export const textProblem = (label: string, text: string): string | null =>
  text.length > MAX_SHEET_TEXT ? `${label}超过 ${MAX_SHEET_TEXT} 字(共 ${text.length} 字),请精简后再导入` : null;

/** What the clerk fills, as it will go into the draft. */
export type SheetValues = { status: ReportStatus | ''; percent: string; progress: string; problems: string; nextSteps: string };

export const sheetValueLabels: Record<keyof SheetValues, string> = {
  status: '状态',
  percent: '完成进度',
  progress: '进展情况',
  problems: '存在问题',
  nextSteps: '下一步计划',
};

export const isBlankValues = (v: SheetValues): boolean =>
  v.status === '' && v.percent === '' && v.progress.trim() === '' && v.problems.trim() === '' && v.nextSteps.trim() === '';

/** Titles compare without spaces and punctuation: a clerk's retyped title still finds its task. */
export const titleKey = (title: string): string => squash(title).replace(/[\p{P}\p{S}]/gu, '');
