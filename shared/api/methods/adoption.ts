// Units without Duban: the office sends them the fill-in sheet (and a Word form), takes back what they
// return (Excel, Word, or a published 进展通报) and enters it as the units' reports, marked 代录.
import { z } from 'zod';
import { isPeriodId } from '../../progress/periods.js';
import type { ReportChannel } from '../../progress/channels.js';
import type { ReturnedValues } from '../../progress/returned-rows.js';
import type { SheetChange } from './sheet.js';
import { sheetSourceSchema } from './sheet.js';
import { idSchema } from '../fields.js';

const periodIdSchema = z.string().refine(isPeriodId, '报告期编号有误,应如 2026-Q4、2026-M03、2026-H2、2026-Y');

/** A folder of returned files at most: each file is bounded by sheetSourceSchema (20 MB). */
const MAX_FILES = 60;

const returnsSchema = z.strictObject({
  periodId: periodIdSchema,
  /** The unit the files come from when they do not say (a unit's own Word table); omitted: read from each file. */
  departmentId: idSchema.optional(),
  /** The files are published 进展通报: each row names its units in 责任单位. */
  isBulletin: z.boolean().optional(),
  sources: z.array(sheetSourceSchema).min(1, '请选择要导入的文件').max(MAX_FILES, `一次最多导入 ${MAX_FILES} 个文件,请分批导入`),
});

export const adoptionSchemas = {
  'adoption.units': z.strictObject({ periodId: periodIdSchema.optional() }),
  'adoption.exportSheets': z.strictObject({
    periodId: periodIdSchema.optional(),
    /** Omitted: every unit not yet enrolled (no Duban installation). */
    departmentIds: z.array(idSchema).min(1, '请至少选择一个单位').max(500, '单位过多').optional(),
    withWord: z.boolean().optional(),
  }),
  'adoption.previewReturns': returnsSchema,
  'adoption.importReturns': returnsSchema,
};

export type AdoptionUnit = {
  departmentId: string;
  name: string;
  taskCount: number;
  /** Has an enrolled (not revoked) Duban installation. */
  isEnrolled: boolean;
  channel: ReportChannel;
};

export type AdoptionUnits = { period: { id: string; label: string }; units: AdoptionUnit[] };

export type SheetBundle = {
  /** One .xlsx when one file was asked for; otherwise one .zip holding every file. */
  fileName: string;
  mime: string;
  byteLength: number;
  dataBase64: string;
  files: { fileName: string; unit: string; rowCount: number }[];
  summary: string;
};

/** write: becomes the unit's report (代录); unchanged: the same as the report there; empty: nothing filled. */
export type ReturnedOutcome = 'write' | 'unchanged' | 'empty';

export type ReturnedMatch = {
  rowNumber: number;
  taskId: string;
  code: string;
  title: string;
  departmentId: string;
  departmentName: string;
  matchedBy: 'id' | 'title';
  values: ReturnedValues;
  isStatusInferred: boolean;
  changes: SheetChange[];
  outcome: ReturnedOutcome;
};

export type ReturnedUnplaced = { rowNumber: number; text: string; reason: string };

export type ReturnedFile = {
  fileName: string;
  sha256: string;
  kind: 'sheet' | 'word' | 'bulletin';
  /** Why the whole file is refused; null when it was read. */
  refusal: string | null;
  departmentNames: string[];
  matched: ReturnedMatch[];
  unplaced: ReturnedUnplaced[];
  counts: { toWrite: number; unchanged: number; empty: number; unplaced: number };
  summary: string;
};

export type ReturnsPreview = { period: { id: string; label: string }; files: ReturnedFile[]; toWrite: number; summary: string };

export type ReturnsImport = { periodId: string; written: number; files: number; refusedFiles: number; unplaced: number; summary: string };

export type AdoptionResults = {
  'adoption.units': AdoptionUnits;
  'adoption.exportSheets': SheetBundle;
  'adoption.previewReturns': ReturnsPreview;
  'adoption.importReturns': ReturnsImport;
};
