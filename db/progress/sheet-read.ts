// Reads a fill-in sheet the clerk brings back, as untrusted bytes: bounded like a plan file
// (db/bounded-xlsx.ts) before exceljs sees it, the header found by name in the first rows (columns may
// be moved or added), and every non-empty row after it handed on with its Excel row number.
import type ExcelJS from 'exceljs';
import { ApiError } from '../../shared/api/errors.js';
import type { z } from 'zod';
import type { sheetSourceSchema } from '../../shared/api/methods/sheet.js';
import { fieldOfHeader, isHeaderRow, SHEET_MAIN_NAME, SHEET_MARK, SHEET_META_NAME, type PercentCell, type SheetField } from '../../shared/progress/sheet.js';
import { fieldOfReturnedHeader, isReturnedHeaderRow, type ReturnedField } from '../../shared/progress/returned-rows.js';
import { isOleFile, isZip, loadBoundedXlsx, zipEntries } from '../bounded-xlsx.js';
import { readPackageFile } from '../sync/files.js';

export const MAX_SHEET_BYTES = 20 * 1024 * 1024;
/** A unit has at most a few thousand tasks; more rows than this is not a fill-in sheet. */
const MAX_SHEET_ROWS = 20_000;
const HEADER_SEARCH_ROWS = 10;

export type SheetSource = z.output<typeof sheetSourceSchema>;

export type SheetMeta = { departmentId: string; departmentName: string; periodId: string; periodLabel: string; planId: string };

export type RawSheetRow = {
  rowNumber: number;
  seq: string;
  title: string;
  taskId: string;
  status: string;
  percent: PercentCell;
  progress: string;
  problems: string;
  nextSteps: string;
  /** Columns only a returned sheet or Word table may have (责任单位, 完成情况); '' when absent. */
  unit: string;
  completion: string;
};

export type ReadSheet = { fileName: string; meta: SheetMeta; rows: RawSheetRow[] };

const bad = (message: string): ApiError => new ApiError('bad_input', message);

export const sourceBytes = (source: SheetSource): { bytes: Uint8Array; fileName: string } => {
  if ('path' in source) {
    const fileName = source.path.split(/[\\/]/).pop() ?? source.path;
    return { bytes: readPackageFile(source.path, MAX_SHEET_BYTES), fileName };
  }
  return { bytes: new Uint8Array(Buffer.from(source.dataBase64.replace(/\s+/g, ''), 'base64')), fileName: source.name };
};

const cellText = (cell: ExcelJS.Cell): string => {
  try {
    return (cell.text ?? '').toString().trim();
  } catch {
    return '';
  }
};

const percentCell = (cell: ExcelJS.Cell): PercentCell => {
  const isPercentFormat = (cell.numFmt ?? '').includes('%');
  const value = cell.value;
  if (typeof value === 'number') return { value, isPercentFormat };
  if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return { value: value.result, isPercentFormat };
  const text = cellText(cell);
  return { value: text === '' ? null : text, isPercentFormat };
};

/** The hidden identity sheet, or null when it is gone or not the one Duban wrote. */
const readMetaIfAny = (book: ExcelJS.Workbook): SheetMeta | null => {
  const sheet = book.getWorksheet(SHEET_META_NAME);
  const values = new Map<string, string>();
  sheet?.eachRow((row) => values.set(cellText(row.getCell(1)), cellText(row.getCell(2))));
  const get = (key: string): string => values.get(key) ?? '';
  if (get('mark') !== SHEET_MARK || !get('departmentId') || !get('periodId') || !get('planId')) return null;
  return { departmentId: get('departmentId'), departmentName: get('departmentName'), periodId: get('periodId'), periodLabel: get('periodLabel'), planId: get('planId') };
};

const readMeta = (book: ExcelJS.Workbook): SheetMeta => {
  const meta = readMetaIfAny(book);
  if (!meta) {
    throw new ApiError(
      'refused',
      `表中缺少督办的识别信息(隐藏的“${SHEET_META_NAME}”工作表),无法确认这是哪个单位、哪个报告期的填报表,已拒绝。请在督办中点击“导出 Excel 填报表”,在导出的文件中填写后再导入。`,
    );
  }
  return meta;
};

type Header = { sheet: ExcelJS.Worksheet; rowNumber: number; columns: Map<ReturnedField, number> };

/** How a header row is recognised: the clerk's own sheet, or the wider set a returned file may use. */
type HeaderRules = { fieldOf: (text: string) => ReturnedField | null; isHeader: (fields: Set<ReturnedField>) => boolean };

const clerkRules: HeaderRules = { fieldOf: fieldOfHeader, isHeader: (fields) => isHeaderRow(fields as Set<SheetField>) };
const returnedRules: HeaderRules = { fieldOf: fieldOfReturnedHeader, isHeader: isReturnedHeaderRow };

const findHeader = (sheet: ExcelJS.Worksheet, rules: HeaderRules): Header | null => {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  const width = Math.min(sheet.columnCount, 60);
  for (let r = 1; r <= last; r += 1) {
    const columns = new Map<ReturnedField, number>();
    const row = sheet.getRow(r);
    for (let c = 1; c <= width; c += 1) {
      const field = rules.fieldOf(cellText(row.getCell(c)));
      if (field && !columns.has(field)) columns.set(field, c);
    }
    if (rules.isHeader(new Set(columns.keys()))) return { sheet, rowNumber: r, columns };
  }
  return null;
};

const readRows = ({ sheet, rowNumber, columns }: Header): RawSheetRow[] => {
  const rows: RawSheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (n <= rowNumber) return;
    const text = (field: ReturnedField): string => {
      const c = columns.get(field);
      return c ? cellText(row.getCell(c)) : '';
    };
    const percentColumn = columns.get('percent');
    const raw: RawSheetRow = {
      rowNumber: n,
      seq: text('seq'),
      title: text('title'),
      taskId: text('taskId'),
      status: text('status'),
      percent: percentColumn ? percentCell(row.getCell(percentColumn)) : { value: null, isPercentFormat: false },
      progress: text('progress'),
      problems: text('problems'),
      nextSteps: text('nextSteps'),
      unit: text('unit'),
      completion: text('completion'),
    };
    const isEmpty =
      [raw.seq, raw.title, raw.taskId, raw.status, raw.progress, raw.problems, raw.nextSteps, raw.unit, raw.completion].every((v) => v === '') &&
      raw.percent.value === null;
    if (!isEmpty) rows.push(raw);
  });
  return rows;
};

const openSheetBook = async (bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> => {
  if (bytes.length === 0) throw bad('文件是空的,没有可以导入的内容。');
  if (bytes.length > MAX_SHEET_BYTES) throw bad(`文件过大(${(bytes.length / 1024 / 1024).toFixed(1)} MB),填报表不应超过 20 MB。`);
  if (isOleFile(bytes)) throw bad('这是旧版 Excel 文件(.xls),请在 WPS 或 Excel 中“另存为” .xlsx 格式后再导入。');
  const notXlsx = `“${fileName}”不是 Excel(.xlsx)文件。请选择从督办导出、填好并保存的填报表。`;
  if (!isZip(bytes)) throw bad(notXlsx);
  if (!zipEntries(bytes).some((e) => e.name === 'xl/workbook.xml')) throw bad(notXlsx);
  return loadBoundedXlsx(bytes, {
    maxRows: MAX_SHEET_ROWS,
    tooLong: (rows) => bad(`表格行数过多(约 ${rows} 行),不像是督办的填报表,已拒绝。`),
  });
};

const headerOf = (book: ExcelJS.Workbook, rules: HeaderRules): Header => {
  const sheets = [book.getWorksheet(SHEET_MAIN_NAME), ...book.worksheets].filter((s): s is ExcelJS.Worksheet => s !== undefined && s.name !== SHEET_META_NAME);
  const header = sheets.map((s) => findHeader(s, rules)).find((h) => h !== null);
  if (!header) throw bad('表格中找不到表头:需要“工作任务”列,以及“状态”“完成进度”“进展情况”中的至少一列。请不要删除或改写表头行。');
  return header;
};

export const readFillSheet = async (source: SheetSource): Promise<ReadSheet> => {
  const { bytes, fileName } = sourceBytes(source);
  const book = await openSheetBook(bytes, fileName);
  const meta = readMeta(book);
  return { fileName, meta, rows: readRows(headerOf(book, clerkRules)) };
};

/**
 * A sheet the office gets back from a unit without Duban: the identity sheet may be gone (then the rows
 * must place by 序号 and title) and the unit may have added columns such as 责任单位 or 完成情况.
 */
export const readReturnedSheet = async (bytes: Uint8Array, fileName: string): Promise<{ meta: SheetMeta | null; rows: RawSheetRow[] }> => {
  const book = await openSheetBook(bytes, fileName);
  return { meta: readMetaIfAny(book), rows: readRows(headerOf(book, returnedRules)) };
};
