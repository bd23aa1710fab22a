// Writes .docx files the way Word and WPS do, for the import tests and the corpus rebuilds: every
// character its own run with run properties, proofing marks, bookmarks and rendered page breaks between
// runs, tab stops in the paragraph properties, tracked changes, fields, hyperlinks, content controls,
// text boxes written twice (DrawingML and its VML fallback), and table rows with grid cells before or
// after, horizontal merges, nested tables and header rows marked to repeat. makeDocx (plan-files.ts) writes
// one plain run per paragraph, which is not what offices write.
import { strToU8, zipSync } from 'fflate';

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A piece of a paragraph. A string is ordinary text, split into runs as Word splits them. */
export type Piece =
  | string
  | { ins: string }
  | { del: string }
  | { moveFrom: string }
  | { hidden: string }
  | { link: string }
  | { sdt: string }
  /** An empty content control showing its grey prompt. */
  | { prompt: string }
  | { field: string; instr: string }
  | { fldSimple: string; instr: string }
  | { hyphen: true }
  | { textBox: string[] }
  | { tab: true };

export type RealParagraph = Piece | Piece[];

export type RealCell =
  | string
  | {
      text?: string;
      span?: number;
      vMerge?: 'restart' | 'continue';
      hMerge?: 'restart' | 'continue';
      /** A table inside the cell, after its text. */
      nested?: string[][];
    };

export type RealRow = RealCell[] | { cells: RealCell[]; gridBefore?: number; gridAfter?: number; isHeader?: boolean; isDeleted?: boolean };

export type RealBlock = RealParagraph | { table: RealRow[] };

// Run properties as Word writes them for 仿宋_GB2312 三号 body text.
const RPR = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>';
// Tab stops in the paragraph properties: <w:tab> here is a stop, not a tab character.
const PPR = '<w:pPr><w:tabs><w:tab w:val="left" w:pos="840"/></w:tabs><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/><w:rPr><w:sz w:val="32"/></w:rPr></w:pPr>';

const run = (text: string, extra = ''): string => `<w:r>${RPR.replace('</w:rPr>', `${extra}</w:rPr>`)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

let bookmark = 0;
/** Each character its own run; between some runs the marks Word leaves there (no text of their own). */
const splitRuns = (text: string): string =>
  [...text]
    .map((ch, i) => {
      const between = [
        i % 5 === 1 ? '<w:proofErr w:type="spellStart"/>' : '',
        i % 5 === 3 ? '<w:proofErr w:type="spellEnd"/>' : '',
        i % 7 === 2 ? `<w:bookmarkStart w:id="${(bookmark += 1)}" w:name="_Hlk${bookmark}"/><w:bookmarkEnd w:id="${bookmark}"/>` : '',
        i % 11 === 6 ? '<w:r><w:lastRenderedPageBreak/></w:r>' : '',
      ].join('');
      return `${between}${run(ch)}`;
    })
    .join('');

const textBox = (lines: string[]): string => {
  const content = `<w:txbxContent>${lines.map((l) => `<w:p>${PPR}${splitRuns(l)}</w:p>`).join('')}</w:txbxContent>`;
  return (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData>' +
    `<wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
};

const piece = (p: Piece): string => {
  if (typeof p === 'string') return splitRuns(p);
  if ('ins' in p) return `<w:ins w:id="1" w:author="办公室" w:date="2026-03-01T09:00:00Z">${splitRuns(p.ins)}</w:ins>`;
  if ('del' in p) return `<w:del w:id="2" w:author="办公室" w:date="2026-03-01T09:00:00Z"><w:r>${RPR}<w:delText>${esc(p.del)}</w:delText></w:r></w:del>`;
  if ('moveFrom' in p) return `<w:moveFrom w:id="3" w:author="办公室">${run(p.moveFrom)}</w:moveFrom>`;
  if ('hidden' in p) return run(p.hidden, '<w:vanish/>');
  if ('link' in p) return `<w:hyperlink r:id="rId9" w:history="1">${splitRuns(p.link)}</w:hyperlink>`;
  if ('sdt' in p) return `<w:sdt><w:sdtPr><w:alias w:val="责任单位"/><w:id w:val="-1"/></w:sdtPr><w:sdtContent>${splitRuns(p.sdt)}</w:sdtContent></w:sdt>`;
  if ('prompt' in p) {
    return `<w:sdt><w:sdtPr><w:id w:val="-2"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="a3"/></w:rPr><w:t>${esc(p.prompt)}</w:t></w:r></w:sdtContent></w:sdt>`;
  }
  if ('field' in p) {
    return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${esc(p.instr)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${splitRuns(p.field)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  }
  if ('fldSimple' in p) return `<w:fldSimple w:instr=" ${esc(p.instr)} ">${splitRuns(p.fldSimple)}</w:fldSimple>`;
  if ('hyphen' in p) return `<w:r>${RPR}<w:noBreakHyphen/></w:r>`;
  if ('tab' in p) return `<w:r>${RPR}<w:tab/></w:r>`;
  return textBox(p.textBox);
};

const paragraph = (p: RealParagraph): string => `<w:p>${PPR}${(Array.isArray(p) ? p : [p]).map(piece).join('')}</w:p>`;

const cellXml = (cell: RealCell): string => {
  const c = typeof cell === 'string' ? { text: cell } : cell;
  const props = [
    '<w:tcW w:w="2000" w:type="dxa"/>',
    c.span ? `<w:gridSpan w:val="${c.span}"/>` : '',
    c.hMerge ? `<w:hMerge${c.hMerge === 'restart' ? ' w:val="restart"' : ''}/>` : '',
    c.vMerge ? `<w:vMerge${c.vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : '',
    '<w:vAlign w:val="center"/>',
  ].join('');
  const paragraphs = (c.text ?? '').split('\n').map((t) => paragraph(t));
  const nested = c.nested ? [tableXml(c.nested), '<w:p/>'] : [];
  return `<w:tc><w:tcPr>${props}</w:tcPr>${[...paragraphs, ...nested].join('')}</w:tc>`;
};

const rowXml = (row: RealRow): string => {
  const r = Array.isArray(row) ? { cells: row } : row;
  const trPr = [
    r.gridBefore ? `<w:gridBefore w:val="${r.gridBefore}"/><w:wBefore w:w="2000" w:type="dxa"/>` : '',
    r.gridAfter ? `<w:gridAfter w:val="${r.gridAfter}"/><w:wAfter w:w="2000" w:type="dxa"/>` : '',
    '<w:trHeight w:val="567"/>',
    r.isHeader ? '<w:tblHeader/>' : '',
    // A row deleted under tracked changes: Word marks the row and wraps its runs in w:del.
    r.isDeleted ? '<w:del w:id="7" w:author="办公室" w:date="2026-03-01T09:00:00Z"/>' : '',
  ].join('');
  return `<w:tr w:rsidR="00A1B2C3"><w:trPr>${trPr}</w:trPr>${r.cells.map(cellXml).join('')}</w:tr>`;
};

const tableXml = (rows: RealRow[]): string => {
  const width = Math.max(...rows.map((row) => (Array.isArray(row) ? row : row.cells).reduce<number>((n, c) => n + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0)));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(width + 2)}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>${grid}${rows.map(rowXml).join('')}</w:tbl>`;
};

const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'mc:Ignorable="w14 wp14"',
].join(' ');

export const realisticDocumentXml = (blocks: RealBlock[]): string => {
  bookmark = 0;
  const body = blocks.map((b) => (typeof b === 'object' && !Array.isArray(b) && 'table' in b ? tableXml(b.table) : paragraph(b))).join('');
  const section = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${NAMESPACES}><w:body>${body}${section}</w:body></w:document>`;
};

export const makeRealisticDocx = (blocks: RealBlock[]): Uint8Array =>
  zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(realisticDocumentXml(blocks)),
  });
