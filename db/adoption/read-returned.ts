// A returned file's rows, whatever wrote it: an .xlsx (the fill-in sheet as Excel, WPS or LibreOffice
// saved it, identity sheet or not) through the sheet reader, a .docx (our Word form, a unit's own Word
// table, a published 进展通报) through the plan importer's bounded reader. No second reader: both paths
// refuse damaged files, old binary formats, zip bombs and huge tables with the same Chinese reasons.
import { createHash } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import type { TableRow } from '../../shared/plan/table-rows.js';
import { fieldOfReturnedHeader, isReturnedHeaderRow, type ReturnedField, type ReturnedRow } from '../../shared/progress/returned-rows.js';
import { isOleFile, isZip, zipEntries } from '../bounded-xlsx.js';
import { readPlanFile } from '../plans/read-document.js';
import { readReturnedSheet, sourceBytes, type SheetSource } from '../progress/sheet-read.js';
import { WORD_MARK, WORD_TASK_MARK } from './docx-form.js';

export type ReturnedIdentity = { departmentId: string; periodId: string; planId: string; departmentName: string };

export type ReadReturned = {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  kind: 'sheet' | 'word';
  /** From the hidden identity (sheet or Word form); null when the file carries none. */
  identity: ReturnedIdentity | null;
  rows: ReturnedRow[];
  /** The table names its units per row (责任单位): a bulletin, or a unit's own table. */
  hasUnitColumn: boolean;
};

const bad = (message: string): ApiError => new ApiError('bad_input', message);

const headerOf = (cells: string[]): Map<ReturnedField, number> | null => {
  const columns = new Map<ReturnedField, number>();
  cells.forEach((text, i) => {
    const field = fieldOfReturnedHeader(text);
    if (field && !columns.has(field)) columns.set(field, i);
  });
  return isReturnedHeaderRow(new Set(columns.keys())) ? columns : null;
};

/** Splits our hidden task id out of the 序号 cell ("3\n任务识别码:…"). */
const splitSeq = (text: string): { seq: string; taskId: string } => {
  const lines = text.split('\n');
  const mark = lines.find((l) => l.trim().startsWith(`${WORD_TASK_MARK}:`));
  return { seq: lines.filter((l) => l !== mark).join('').trim(), taskId: mark ? mark.trim().slice(WORD_TASK_MARK.length + 1).trim() : '' };
};

const wordRows = (rows: TableRow[]): { rows: ReturnedRow[]; hasUnitColumn: boolean } | null => {
  const at = rows.slice(0, 10).findIndex((r) => headerOf(r.cells) !== null);
  const header = at >= 0 ? headerOf(rows[at]?.cells ?? []) : null;
  if (!header) return null;
  const out: ReturnedRow[] = [];
  rows.slice(at + 1).forEach((r, i) => {
    const text = (field: ReturnedField): string => {
      const c = header.get(field);
      return c === undefined ? '' : (r.cells[c] ?? '').trim();
    };
    const { seq, taskId } = splitSeq(text('seq'));
    const percent = text('percent');
    const row: ReturnedRow = {
      rowNumber: at + i + 2,
      seq,
      title: text('title'),
      taskId,
      unit: text('unit'),
      status: text('status'),
      percent: { value: percent === '' ? null : percent, isPercentFormat: false },
      completion: text('completion'),
      progress: text('progress'),
      problems: text('problems'),
      nextSteps: text('nextSteps'),
    };
    const isEmpty = [row.seq, row.title, row.status, row.completion, row.progress, row.problems, row.nextSteps, percent].every((v) => v === '');
    // A repeated header row (a table broken across pages) is not a task.
    if (!isEmpty && headerOf(r.cells) === null) out.push(row);
  });
  return { rows: out, hasUnitColumn: header.has('unit') };
};

const identityOfLines = (lines: string[]): ReturnedIdentity | null => {
  for (const line of lines) {
    const text = line.trim();
    if (!text.startsWith(`${WORD_MARK}:`)) continue;
    const [departmentId, periodId, planId] = text.slice(WORD_MARK.length + 1).split(';').map((s) => s.trim());
    if (departmentId && periodId && planId) return { departmentId, periodId, planId, departmentName: '' };
  }
  return null;
};

export const readReturnedFile = async (source: SheetSource): Promise<ReadReturned> => {
  const { bytes, fileName } = sourceBytes(source);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw bad('文件是空的,没有可以导入的内容。');
  if (isOleFile(bytes)) {
    throw bad('这是旧版 Word/WPS/Excel 文件(.doc/.wps/.xls),请在 WPS 或 Office 中“另存为” .docx 或 .xlsx 后再导入。');
  }
  if (!isZip(bytes)) throw bad(`“${fileName}”不是 Excel(.xlsx)或 Word(.docx)文件,无法导入。`);
  const names = new Set(zipEntries(bytes).map((e) => e.name));
  if (names.has('xl/workbook.xml')) {
    const sheet = await readReturnedSheet(bytes, fileName);
    const identity = sheet.meta
      ? { departmentId: sheet.meta.departmentId, periodId: sheet.meta.periodId, planId: sheet.meta.planId, departmentName: sheet.meta.departmentName }
      : null;
    return { fileName, bytes, sha256, kind: 'sheet', identity, rows: sheet.rows, hasUnitColumn: sheet.rows.some((r) => r.unit !== '') };
  }
  if (!names.has('word/document.xml')) throw bad(`“${fileName}”是一个压缩包,但不是 Word(.docx)或 Excel(.xlsx)文件。`);
  // The form's hidden runs carry the unit, period, plan and each row's task id (docx-form.ts).
  const { doc } = await readPlanFile(bytes, fileName, { keepHiddenText: true });
  const lines = doc.blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : []));
  const table = doc.blocks.map((b) => (b.kind === 'table' ? wordRows(b.rows) : null)).find((t) => t !== null);
  if (!table) {
    throw bad('Word 文档中找不到进展表格:需要有“工作任务”列,以及“进展情况”“完成情况”“完成进度”“状态”中的至少一列。');
  }
  return { fileName, bytes, sha256, kind: 'word', identity: identityOfLines(lines), rows: table.rows, hasUnitColumn: table.hasUnitColumn };
};
