// Builds .docx and .xlsx plan files in memory for import tests: a docx is a zip around
// word/document.xml (fflate), an xlsx is written by exceljs.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type DocxCell = string | { text: string; vMerge?: 'restart' | 'continue'; span?: number };

const paragraph = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

const cellXml = (cell: DocxCell): string => {
  const c = typeof cell === 'string' ? { text: cell } : cell;
  const props = [c.span ? `<w:gridSpan w:val="${c.span}"/>` : '', c.vMerge ? `<w:vMerge${c.vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : ''].join('');
  return `<w:tc><w:tcPr>${props}</w:tcPr>${c.text.split('\n').map(paragraph).join('')}</w:tc>`;
};

export type DocxBlock = string | DocxCell[][];

export const documentXml = (blocks: DocxBlock[], prolog = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${blocks
    .map((b) => (typeof b === 'string' ? paragraph(b) : `<w:tbl>${b.map((row) => `<w:tr>${row.map(cellXml).join('')}</w:tr>`).join('')}</w:tbl>`))
    .join('')}</w:body></w:document>`;

export const makeDocx = (blocks: DocxBlock[], prolog = ''): Uint8Array =>
  zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(documentXml(blocks, prolog)),
  });

export const makeXlsx = async (rows: (string | number)[][], merges: string[] = []): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('分解表');
  for (const row of rows) sheet.addRow(row);
  for (const range of merges) sheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

export const base64 = (bytes: Uint8Array | Buffer): string => Buffer.from(bytes).toString('base64');
