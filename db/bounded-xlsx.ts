// Opening an untrusted .xlsx without letting it hurt us: entries are listed before any is inflated,
// each is inflated into a buffer of its declared size (so a zip bomb cannot grow past the bounds),
// every XML part is checked for DOCTYPE/entities, sheet rows are counted before exceljs builds its
// model, and the workbook is re-packed from those bounded entries. Shared by plan import and the
// workbench's fill-in sheet; every refusal is a bad_input ApiError with a Chinese reason.
import type ExcelJS from 'exceljs';
import { newWorkbook } from './exceljs.js';
import { strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { ApiError } from '../shared/api/errors.js';
import { assertSafeXml } from '../shared/plan/docx-xml.js';
import { defineChineseDateFormats } from './xlsx-zh-dates.js';

/** Largest inflated size accepted for one entry, and for all entries of an .xlsx together. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 4000;

const bad = (message: string): ApiError => new ApiError('bad_input', message);

export const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);

/** The old binary Office format (.doc/.xls): an OLE compound file. */
export const isOleFile = (bytes: Uint8Array): boolean => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);

export const countOf = (text: string, needle: string, stopAfter: number): number => {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1 && count <= stopAfter; at = text.indexOf(needle, at + needle.length)) count += 1;
  return count;
};

/** Lists a zip's entries without inflating any of them. */
export const zipEntries = (bytes: Uint8Array): { name: string; originalSize: number }[] => {
  const entries: { name: string; originalSize: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, originalSize: f.originalSize });
        return false;
      },
    });
  } catch {
    throw bad('文件已损坏:无法作为压缩文件(.docx/.xlsx)打开。');
  }
  if (entries.length > MAX_ENTRIES) throw bad('压缩文件中的条目过多,不像是正常的 Word 或 Excel 文件。');
  return entries;
};

export const inflate = (bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped => {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_ENTRY_BYTES || total > MAX_ENTRY_BYTES * 2) {
          throw bad('文件解压后过大(可能是压缩炸弹),已拒绝。');
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw bad('文件已损坏:解压失败。');
  }
};

export type XlsxBounds = {
  /** Rows accepted over all worksheets together. */
  maxRows: number;
  /** The refusal when there are more: its wording depends on what the file should have been. */
  tooLong: (rows: number) => ApiError;
  /** Read cells in Chinese Excel's built-in date formats as dates (plan import; xlsx-zh-dates.ts). */
  chineseDates?: boolean;
};

/** Loads an .xlsx (already known to be a zip with xl/workbook.xml) within the bounds. */
export const loadBoundedXlsx = async (bytes: Uint8Array, bounds: XlsxBounds): Promise<ExcelJS.Workbook> => {
  const files = inflate(bytes, () => true);
  let rows = 0;
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      // The whole entry, not its head: a DOCTYPE may follow any amount of comment.
      const xml = new TextDecoder('utf-8').decode(data);
      try {
        assertSafeXml(xml);
      } catch {
        throw bad('Excel 文件中含有不安全的 XML 声明(DOCTYPE/实体),已拒绝。');
      }
      // Counted before exceljs builds its model: a sheet of hundreds of thousands of rows is refused unread.
      if (name.startsWith('xl/worksheets/')) rows += countOf(xml, '<row', bounds.maxRows);
      if (rows > bounds.maxRows) throw bounds.tooLong(rows);
    }
  }
  const styles = files['xl/styles.xml'];
  if (bounds.chineseDates && styles) files['xl/styles.xml'] = strToU8(defineChineseDateFormats(new TextDecoder('utf-8').decode(styles)));
  const workbook = await newWorkbook();
  try {
    const repacked = zipSync(files, { level: 0 });
    await workbook.xlsx.load(Buffer.from(repacked) as unknown as ArrayBuffer);
  } catch {
    throw bad('Excel 文件已损坏,无法读取。');
  }
  return workbook;
};
