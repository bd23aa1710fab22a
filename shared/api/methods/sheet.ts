// The workbench's fill-in sheet: export a unit's period as .xlsx, read back what the clerk filled in
// Excel/WPS, and write the rows that changed as the period's drafts (never as submissions).
import { z } from 'zod';
import { isPeriodId } from '../../progress/periods.js';
import type { ReportState } from '../../progress/report-status.js';
import type { SheetValues } from '../../progress/sheet.js';
import type { Role } from '../../domain/types.js';
import { idSchema } from '../fields.js';

const periodIdSchema = z.string().refine(isPeriodId, '报告期编号有误,应如 2026-Q4、2026-M03、2026-H2、2026-Y');

/** 20 MB of file as base64, as for plan files: a fill-in sheet is far smaller. */
const MAX_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4 + 4;

/** The browser sends the file's bytes; Electron and the CLI may name a file instead. */
export const sheetSourceSchema = z.union([
  z.strictObject({
    name: z.string().trim().min(1, '缺少文件名').max(255, '文件名过长'),
    dataBase64: z.string().max(MAX_BASE64, '文件过大,填报表不应超过 20 MB').regex(/^[A-Za-z0-9+/=\s]*$/, '文件内容不是有效的 base64 编码'),
  }),
  z.strictObject({ path: z.string().trim().min(1, '请指定文件路径').max(4000, '路径过长') }),
]);

export const sheetSchemas = {
  'sheet.export': z.strictObject({ departmentId: idSchema.optional(), periodId: periodIdSchema.optional() }),
  /** periodId, when given, is the period the clerk expects: a sheet of another period is refused. */
  'sheet.preview': z.strictObject({ departmentId: idSchema.optional(), periodId: periodIdSchema.optional(), source: sheetSourceSchema }),
  'sheet.import': z.strictObject({ departmentId: idSchema.optional(), periodId: periodIdSchema, source: sheetSourceSchema }),
};

export type SheetChange = { field: keyof SheetValues; label: string; before: string; after: string };

/** draft: will be written as a draft; unchanged: same as the current draft/report; empty: nothing filled. */
export type SheetOutcome = 'draft' | 'unchanged' | 'empty';

export type SheetMatch = {
  /** The row number Excel shows. */
  rowNumber: number;
  taskId: string;
  code: string;
  title: string;
  role: Role;
  /** How the row was matched: the hidden task id, or 序号 + 工作任务 when the id was missing. */
  matchedBy: 'id' | 'title';
  state: ReportState;
  values: SheetValues;
  changes: SheetChange[];
  outcome: SheetOutcome;
};

export type SheetUnplaced = { rowNumber: number; text: string; reason: string };

export type SheetPreview = {
  fileName: string;
  department: { id: string; name: string };
  period: { id: string; label: string };
  plan: { id: string; title: string };
  matched: SheetMatch[];
  unplaced: SheetUnplaced[];
  counts: { toWrite: number; unchanged: number; empty: number; unplaced: number };
  /** One Chinese line saying what importing would do. */
  summary: string;
};

export type SheetExport = { fileName: string; periodId: string; rowCount: number; byteLength: number; dataBase64: string };

export type SheetImportResult = {
  periodId: string;
  written: number;
  unchanged: number;
  empty: number;
  unplaced: number;
  summary: string;
};

export type SheetResults = {
  'sheet.export': SheetExport;
  'sheet.preview': SheetPreview;
  'sheet.import': SheetImportResult;
};
