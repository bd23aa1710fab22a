// Reads word/document.xml into paragraphs and tables, by hand: no XML library, no DTD processing.
// A document with a DOCTYPE or an entity declaration is refused (Word never writes one; it is the
// vehicle of entity-expansion attacks). Only the five predefined entities and character references
// are decoded.
import type { DocBlock } from './document.js';
import type { TableRow } from './table-rows.js';

export class UnsafeXmlError extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeChar(Number.parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return safeChar(Number(body.slice(1))) ?? whole;
    return ENTITIES[body] ?? whole;
  });

const safeChar = (code: number): string | undefined =>
  Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;

export const assertSafeXml = (xml: string): void => {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new UnsafeXmlError('XML 中含有 DOCTYPE 或实体声明');
};

const attr = (attrs: string, name: string): string | null => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return m ? (m[1] ?? '') : null;
};

type Cell = { text: string; span: number; merge: 'none' | 'restart' | 'continue' };

/** styleId → the list a paragraph style numbers its paragraphs with (headings numbered 一、二、 by their style). */
export type StyleLists = Map<string, { numId: string; ilvl: number }>;

/** Draws the number Word shows before a list paragraph (docx-numbering.ts); null when it shows none. */
export type ListNumber = (numId: string, ilvl: number) => string | null;

/**
 * Paragraphs and tables of the body in order; each paragraph and each table row gets the next number.
 * A paragraph Word numbers automatically gets its drawn number in front, as a reader sees it.
 */
export const readDocumentXml = (xml: string, listNumber: ListNumber = () => null, styleLists: StyleLists = new Map()): DocBlock[] => {
  assertSafeXml(xml);
  const blocks: DocBlock[] = [];
  let counter = 0;
  let tableDepth = 0;
  let paragraph: string[] | null = null;
  let isInText = false;
  // The paragraph's list reference, filled by its w:numId and w:ilvl (in either order).
  const list = { numId: '0', ilvl: 0, style: '', hasOwn: false };
  let rows: { line: number; cells: Cell[] }[] = [];
  let row: Cell[] | null = null;
  let cell: { paragraphs: string[]; span: number; merge: Cell['merge'] } | null = null;

  const tag = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(tag)) {
    const [, close, name, attrs = '', selfClose, text] = m;
    if (text !== undefined) {
      if (isInText && paragraph) paragraph.push(decodeEntities(text));
      continue;
    }
    const isClose = close === '/';
    const isSelf = selfClose === '/';
    switch (name) {
      case 'w:tbl':
        if (!isClose) {
          tableDepth += 1;
          if (tableDepth === 1) rows = [];
        } else {
          tableDepth -= 1;
          if (tableDepth === 0) blocks.push({ kind: 'table', line: rows[0]?.line ?? counter, rows: expandMerges(rows) });
        }
        break;
      case 'w:tr':
        if (tableDepth !== 1) break;
        if (!isClose) row = [];
        else if (row) {
          counter += 1;
          rows.push({ line: counter, cells: row });
          row = null;
        }
        break;
      case 'w:tc':
        if (tableDepth !== 1) break;
        if (!isClose) cell = { paragraphs: [], span: 1, merge: 'none' };
        else if (cell && row) {
          row.push({ text: cell.paragraphs.join('\n').trim(), span: cell.span, merge: cell.merge });
          cell = null;
        }
        break;
      case 'w:gridSpan':
        if (cell && tableDepth === 1) cell.span = Math.max(1, Math.min(64, Number(attr(attrs, 'w:val') ?? '1') || 1));
        break;
      case 'w:vMerge':
        if (cell && tableDepth === 1) cell.merge = attr(attrs, 'w:val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:p':
        if (isSelf) {
          if (tableDepth === 0) counter += 1;
          break;
        }
        if (!isClose) {
          paragraph = [];
          list.numId = '0';
          list.ilvl = 0;
          list.style = '';
          list.hasOwn = false;
        } else if (paragraph) {
          // Its own numbering, else its style's (a paragraph's own w:numId 0 switches the style's off).
          const styled = list.numId === '0' && list.style ? styleLists.get(list.style) : undefined;
          const ref = styled && !list.hasOwn ? styled : list;
          const drawn = ref.numId !== '0' ? listNumber(ref.numId, ref.ilvl) : null;
          const textOfParagraph = drawn ? `${drawn}${paragraph.join('')}` : paragraph.join('');
          if (tableDepth > 0 && cell) cell.paragraphs.push(textOfParagraph);
          else if (tableDepth === 0) {
            counter += 1;
            blocks.push({ kind: 'line', line: counter, text: textOfParagraph });
          }
          paragraph = null;
        }
        break;
      // Inside the paragraph's properties: which list and level Word numbers it with.
      case 'w:numId':
        if (paragraph) {
          list.numId = attr(attrs, 'w:val') ?? '0';
          list.hasOwn = true;
        }
        break;
      case 'w:ilvl':
        if (paragraph) list.ilvl = Number(attr(attrs, 'w:val') ?? '0') || 0;
        break;
      case 'w:pStyle':
        if (paragraph) list.style = attr(attrs, 'w:val') ?? '';
        break;
      case 'w:t':
        isInText = !isClose && !isSelf;
        break;
      case 'w:tab':
        if (paragraph) paragraph.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (paragraph) paragraph.push('\n');
        break;
      default:
        break;
    }
  }
  return blocks;
};

/** Repeats a spanned cell across its columns and fills vertically merged cells from the cell above. */
const expandMerges = (rows: { line: number; cells: Cell[] }[]): TableRow[] => {
  const out: TableRow[] = [];
  let above: { text: string; merge: Cell['merge'] }[] = [];
  for (const r of rows) {
    const cells: { text: string; merge: Cell['merge'] }[] = [];
    for (const c of r.cells) for (let k = 0; k < c.span; k += 1) cells.push({ text: c.text, merge: c.merge });
    const filled = cells.map((c, i) => (c.merge === 'continue' && c.text === '' ? { text: above[i]?.text ?? '', merge: c.merge } : c));
    out.push({ line: r.line, cells: filled.map((c) => c.text) });
    above = filled;
  }
  return out;
};
