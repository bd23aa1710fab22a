// Word files as units make them, for the 代录 tests: a table typed from scratch in a document (any
// column order, extra columns), and the office's own Word form filled in by a program.
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const tc = (text: string): string => `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>${text.split('\n').map(p).join('')}</w:tc>`;

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export const docxOf = (documentXml: string): Buffer =>
  Buffer.from(zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(documentXml) }));

/** A document with heading lines and one table, as a person types it in Word. */
export const wordTable = (lines: string[], header: string[], rows: string[][]): Buffer =>
  docxOf(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines.map(p).join('')}<w:tbl>${[header, ...rows]
      .map((r) => `<w:tr>${r.map(tc).join('')}</w:tr>`)
      .join('')}</w:tbl></w:body></w:document>`,
  );

/**
 * Fills the office's Word form: for the row whose 工作任务 cell reads `title`, the cells of the given
 * columns (by position in the form: 3 进展情况, 4 存在问题, 5 下一步计划, 6 完成进度) get the text.
 */
export const fillWordForm = (docx: Uint8Array, fills: { title: string; cells: Record<number, string> }[]): Buffer => {
  const files = unzipSync(docx);
  let xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  for (const fill of fills) {
    const rows = xml.split('</w:tr>');
    const at = rows.findIndex((r) => r.includes(`>${esc(fill.title)}</w:t>`));
    if (at < 0) throw new Error(`no row ${fill.title}`);
    const cells = (rows[at] ?? '').split('</w:tc>');
    for (const [index, text] of Object.entries(fill.cells)) {
      const i = Number(index);
      cells[i] = (cells[i] ?? '').replace(/<w:t xml:space="preserve"><\/w:t>/, `<w:t xml:space="preserve">${esc(text)}</w:t>`);
    }
    rows[at] = cells.join('</w:tc>');
    xml = rows.join('</w:tr>');
  }
  files['word/document.xml'] = strToU8(xml);
  return Buffer.from(zipSync(files));
};
