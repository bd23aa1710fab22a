// Turns the bytes of an uploaded plan file into a PlanDocument: text (UTF-8, UTF-16 or GBK), .docx
// (word/document.xml read by hand) or .xlsx (exceljs). Every refusal is a bad_input ApiError with a
// Chinese reason. Zip entries are inflated into buffers of their declared size, so a zip bomb cannot
// grow past the limits here; an .xlsx is re-packed from those bounded entries before exceljs sees it.
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ApiError } from '../../shared/api/errors.js';
import { findTableHeader, textDocument, type DocBlock, type PlanDocument } from '../../shared/plan/document.js';
import { readAsBarTable } from '../../shared/plan/word-table-as-text.js';
import { indicatorRoles } from '../../shared/plan/indicator-roles.js';
import { unfoldMatrixRows } from '../../shared/plan/matrix-table.js';
import { numberingCounter, readNumberingXml, readStyleLists } from '../../shared/plan/docx-numbering.js';
import { assertSafeXml, readDocumentXml, UnsafeXmlError } from '../../shared/plan/docx-xml.js';
import type { TableRow } from '../../shared/plan/table-rows.js';
import { countOf, inflate, isOleFile, isZip, loadBoundedXlsx, startsWith, zipEntries } from '../bounded-xlsx.js';
import { cellText } from './xlsx-cells.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Lines (text), paragraphs and rows (.docx) or sheet rows (.xlsx) accepted in one document. The largest
 * real plans have a few thousand; the bound keeps a hostile file of endless numbered lines from holding
 * the app for minutes (the outline parser is not linear in the number of headings).
 */
export const MAX_DOCUMENT_LINES = 20_000;
/** One line or paragraph longer than this is not a plan's text (the longest real ones are a few hundred). */
export const MAX_LINE_CHARS = 20_000;

const tooLong = (count: number): ApiError =>
  bad(`文件内容过长(约 ${count} 行/段),超过规划文件的合理范围(${MAX_DOCUMENT_LINES} 行),已拒绝。请确认选择的是规划或任务分解表文件。`);

const assertLineLengths = (lines: string[]): void => {
  const longest = lines.reduce((max, line) => Math.max(max, line.length), 0);
  if (longest > MAX_LINE_CHARS) throw bad(`文件中有一行/一段长达 ${longest} 个字,不像是规划文件,已拒绝。`);
};

export type ReadDocument = { doc: PlanDocument; encoding: string };

const bad = (message: string): ApiError => new ApiError('bad_input', message);

const utf8 = new TextDecoder('utf-8', { fatal: true });

const decodeText = (bytes: Uint8Array): { text: string; encoding: string } => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Chinese government PCs save plain text as GBK (GB18030 is its superset).
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gbk' };
  }
};

/** Refuses text that is really binary: control characters, replacement characters, no Chinese at all. */
const assertReadableText = (text: string): void => {
  if (text.trim().length === 0) throw bad('文件是空的,没有可以导入的内容。');
  const sample = text.slice(0, 200_000);
  let odd = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t') || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) odd += 1;
  }
  if (odd > sample.length * 0.01) throw bad('文件内容不是可读的文字(可能是二进制文件或编码无法识别)。');
  if (!/[\u4e00-\u9fa5]/.test(sample)) throw bad('文件中没有中文文字,不像是规划文件。');
};

const readDocx = (bytes: Uint8Array, keepHiddenText: boolean): PlanDocument => {
  const files = inflate(bytes, (name) => name === 'word/document.xml' || name === 'word/numbering.xml' || name === 'word/styles.xml');
  const xml = files['word/document.xml'];
  if (!xml) throw bad('文件不是有效的 Word 文档:缺少正文(word/document.xml)。');
  let blocks: DocBlock[];
  try {
    const part = (name: string): string | null => {
      const bytesOfPart = files[name];
      if (!bytesOfPart) return null;
      const text = new TextDecoder('utf-8').decode(bytesOfPart);
      assertSafeXml(text);
      return text;
    };
    const numberingXml = part('word/numbering.xml');
    const stylesXml = numberingXml ? part('word/styles.xml') : null;
    const listNumber = numberingXml ? numberingCounter(readNumberingXml(numberingXml)) : undefined;
    blocks = readDocumentXml(new TextDecoder('utf-8').decode(xml), listNumber, stylesXml ? readStyleLists(stylesXml) : undefined, keepHiddenText);
  } catch (error) {
    if (error instanceof UnsafeXmlError) throw bad('Word 文档中含有不安全的 XML 声明(DOCTYPE/实体),已拒绝。');
    throw bad('Word 文档的正文无法解析。');
  }
  // Sizes are checked before anything reads the blocks: a refused file costs no reading.
  assertLineLengths(blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : b.rows.flatMap((r) => r.cells))));
  const size = blocks.reduce((n, b) => n + (b.kind === 'line' ? 1 : b.rows.length), 0);
  if (size > MAX_DOCUMENT_LINES) throw tooLong(size);
  blocks = unboxLetterhead(blocks);
  const hasText = blocks.some((b) => (b.kind === 'line' ? b.text.trim().length > 0 : b.rows.some((r) => r.cells.some((c) => c.trim()))));
  if (!hasText) throw bad('Word 文档中没有文字。');
  return { format: 'docx', blocks };
};

/**
 * A 红头 laid out as a table (issuer name, 文号 and date in cells, so they sit side by side) before any text:
 * its rows are read as the document's opening lines, where the title, issuer and 文号 are looked for.
 */
const unboxLetterhead = (blocks: DocBlock[]): DocBlock[] => {
  const out: DocBlock[] = [];
  let isTop = true;
  for (const b of blocks) {
    if (b.kind === 'line') {
      if (b.text.trim()) isTop = false;
      out.push(b);
    } else if (isTop && !findTableHeader(b.rows) && !readAsBarTable(b.rows)) {
      // (A table the text reader reads with units, word-table-as-text.ts, is the plan's table, not a letterhead.)
      // Each cell its own line: 文号 and 签发人 side by side are two items, and a 文号 is only taken from a line of its own.
      for (const r of b.rows) for (const text of new Set(r.cells.map((c) => c.trim()).filter(Boolean))) out.push({ kind: 'line', line: r.line, text });
    } else {
      isTop = false;
      out.push(b);
    }
  }
  return out;
};

const readXlsx = async (bytes: Uint8Array): Promise<PlanDocument> => {
  const workbook = await loadBoundedXlsx(bytes, { maxRows: MAX_DOCUMENT_LINES, tooLong, chineseDates: true });
  const blocks: DocBlock[] = [];
  const sheets = workbook.worksheets.flatMap((sheet, sheetIndex) => {
    // A hidden sheet holds the lists behind drop-downs or old copies, never the plan a clerk sends.
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') return [];
    const offset = sheetIndex * 10_000;
    const width = Math.min(sheet.columnCount, 60);
    // Hidden columns are the clerk's helpers (lookup keys, formulas behind a shown value): Excel does not
    // show or print them. Hidden rows are kept: a filter hides other units' tasks, which are still the plan's.
    const shown: number[] = [];
    for (let c = 1; c <= width; c += 1) if (!sheet.getColumn(c).hidden) shown.push(c);
    const rows: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber > 9_999) return;
      rows.push({ line: offset + rowNumber, cells: shown.map((c) => cellText(row.getCell(c))) });
    });
    fillMerges(sheet, rows, offset, shown);
    // A division-of-work matrix (a column per unit, 牵头/配合 marks in its cells) is read as the usual table.
    const unfolded = unfoldMatrixRows(rows) ?? rows;
    const header = findTableHeader(unfolded);
    return header ? [{ name: sheet.name.trim(), offset, shown, rows: unfolded, header }] : [];
  });
  if (sheets.length === 0) {
    throw bad('Excel 表格中找不到可识别的表头:需要“工作任务/主要内容”与“牵头单位/责任单位”等列,或“指标名称/目标值”等列。');
  }
  // Task tables on two or more sheets named by the clerk (`经济发展`, `民生实事`): each sheet's name heads its
  // tasks as a group, as a group row inside one table would. A default name (Sheet1, 工作表2, 附件1) names nothing.
  const named = (name: string): boolean => !/^(sheet|工作表|表|附件|附表)\s*\d*$/i.test(name);
  const namedTaskSheets = sheets.filter((x) => x.header.kind === 'tasks' && named(x.name)).length;
  // Indicator tables likewise: on two or more named sheets, each sheet's name is the group of its rows (a 类别
  // column still wins); one table's sheet name (主要指标) is its title, not a group.
  const namedIndicatorSheets = sheets.filter((x) => x.header.kind === 'indicators' && named(x.name)).length;
  for (const { name, offset, shown, rows, header } of sheets) {
    // A header over two rows (`目标值` spanning the years below it) starts at its upper row.
    const upper = rows[header.at - 1]?.cells.map((c) => c.trim()).filter(Boolean) ?? [];
    const start = header.kind === 'indicators' && header.at > 0 && indicatorRoles(upper) ? header.at - 1 : header.at;
    // Rows above the header (the table's title) are read as lines: they name the plan.
    for (const r of rows.slice(0, start)) blocks.push(...lineOf(r));
    // Rows after the table holding one note only (注:…, 填表人, a date) are notes under it, not table rows; a
    // last task row whose other cells are empty stays a row.
    let end = rows.length;
    while (end > header.at + 1 && isNoteRow(rows[end - 1])) end -= 1;
    const table = rows.slice(start, end);
    if (header.kind === 'tasks' && namedTaskSheets >= 2 && named(name) && !hasGroupRows(rows.slice(header.at + 1, end))) {
      table.splice(header.at - start + 1, 0, { line: offset, cells: shown.map(() => name) });
    }
    const group = header.kind === 'indicators' && namedIndicatorSheets >= 2 && named(name) ? { group: name } : {};
    blocks.push({ kind: 'table', line: rows[start]?.line ?? offset, rows: table, ...group });
    for (const r of rows.slice(end)) blocks.push(...lineOf(r));
  }
  return { format: 'xlsx', blocks };
};

/** A row printed across the table (one text in every filled cell, e.g. a merged `一、经济发展类`). */
const hasGroupRows = (rows: TableRow[]): boolean =>
  rows.some((r) => {
    const filled = r.cells.map((c) => c.trim()).filter(Boolean);
    return filled.length > 0 && new Set(filled).size === 1 && r.cells.length > 2 && filled.length >= r.cells.length - 1;
  });

const NOTE = /^(注|备注|说明|附注|附件|填表|制表|填报|联系|审核|签发|数据来源|资料来源|(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$)/;

const isNoteRow = (r: TableRow | undefined): boolean => {
  const filled = r?.cells.filter(Boolean) ?? [];
  return filled.length === 1 && NOTE.test(filled[0] ?? '');
};

const lineOf = (r: TableRow): DocBlock[] => {
  const text = [...new Set(r.cells.filter(Boolean))].join(' ');
  return text ? [{ kind: 'line', line: r.line, text }] : [];
};

/** Copies each merged range's value into all its shown cells, so continuation rows read like the first. */
const fillMerges = (sheet: ExcelJS.Worksheet, rows: TableRow[], offset: number, shown: number[]): void => {
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  const byLine = new Map(rows.map((r) => [r.line, r]));
  for (const range of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) continue;
    const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [c1, r1, c2, r2] = [col(m[1] ?? 'A'), Number(m[2]), col(m[3] ?? 'A'), Number(m[4])];
    // The value lives in the range's top-left cell, even when that column is hidden.
    const value = cellText(sheet.getCell(r1, c1));
    for (let r = r1; r <= r2; r += 1) {
      const row = byLine.get(offset + r);
      if (!row) continue;
      shown.forEach((c, i) => {
        if (c >= c1 && c <= c2 && !row.cells[i]) row.cells[i] = value;
      });
    }
  }
};

/** `keepHiddenText`: for the app's own returned Word form, whose rows carry their task ids as hidden text. */
export const readPlanFile = async (bytes: Uint8Array, fileName: string, options: { keepHiddenText?: boolean } = {}): Promise<ReadDocument> => {
  if (bytes.length === 0) throw bad('文件是空的,没有可以导入的内容。');
  if (bytes.length > MAX_FILE_BYTES) throw bad(`文件过大(${(bytes.length / 1024 / 1024).toFixed(1)} MB),规划文件不应超过 20 MB。`);
  if (isOleFile(bytes)) {
    throw bad('这是旧版 Word/Excel 文件(.doc/.xls),请在 WPS 或 Office 中“另存为” .docx 或 .xlsx 后再导入。');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw bad('暂不支持 PDF 文件,请导入 Word(.docx)、Excel(.xlsx)或文本文件。');
  if (isZip(bytes)) {
    const names = new Set(zipEntries(bytes).map((e) => e.name));
    if (names.has('word/document.xml')) return { doc: readDocx(bytes, options.keepHiddenText === true), encoding: 'utf-8' };
    if (names.has('xl/workbook.xml')) return { doc: await readXlsx(bytes), encoding: 'utf-8' };
    throw bad(`“${fileName}”是一个压缩包,但不是 Word(.docx)或 Excel(.xlsx)文件。`);
  }
  const { text, encoding } = decodeText(bytes);
  assertReadableText(text);
  const lines = countOf(text, '\n', MAX_DOCUMENT_LINES) + 1;
  if (lines > MAX_DOCUMENT_LINES) throw tooLong(lines);
  assertLineLengths(text.split('\n'));
  return { doc: textDocument(text), encoding };
};
