// Reads word/document.xml into paragraphs and tables, by hand: no XML library, no DTD processing.
// A document with a DOCTYPE or an entity declaration is refused (Word never writes one; it is the
// vehicle of entity-expansion attacks). Only the five predefined entities and character references
// are decoded.
import type { DocBlock } from './document.js';
import { dropRepeatedHeader, expandMerges, type Cell } from './docx-table-cells.js';

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


/** styleId → the list a paragraph style numbers its paragraphs with (headings numbered 一、二、 by their style). */
export type StyleLists = Map<string, { numId: string; ilvl: number }>;

/** Draws the number Word shows before a list paragraph (docx-numbering.ts); null when it shows none. */
export type ListNumber = (numId: string, ilvl: number) => string | null;

/**
 * Elements whose content a reader never sees: a text box's VML copy (Word writes every text box twice, the
 * DrawingML and its mc:Fallback), text moved away under tracked changes (shown again where it was moved to)
 * and deleted text (its w:delText is not w:t, but some writers put w:t inside w:del).
 */
const UNSEEN = new Set(['mc:Fallback', 'w:moveFrom', 'w:del']);

type Paragraph = {
  parts: string[];
  // Its list reference, filled by its w:numId and w:ilvl (in either order).
  numId: string;
  ilvl: number;
  style: string;
  hasOwn: boolean;
  /** Paragraphs of text boxes anchored in it: read after it, never into it. */
  boxed: string[];
};

/**
 * Paragraphs and tables of the body in order; each paragraph and each table row gets the next number.
 * A paragraph Word numbers automatically gets its drawn number in front, as a reader sees it.
 */
// keepHidden: the app's own progress form carries each row's task id as hidden text (db/adoption/docx-form.ts).
export const readDocumentXml = (xml: string, listNumber: ListNumber = () => null, styleLists: StyleLists = new Map(), keepHidden = false): DocBlock[] => {
  assertSafeXml(xml);
  const blocks: DocBlock[] = [];
  let counter = 0;
  let tableDepth = 0;
  // Open paragraphs: a text box's paragraphs open inside the paragraph that anchors it.
  const paragraphs: Paragraph[] = [];
  let isInText = false;
  // The element being skipped (see UNSEEN) and how deep its own name is nested inside itself.
  let unseen: { name: string; depth: number } | null = null;
  // Open content controls: true once its properties say it shows only its placeholder (单击或点击此处输入文字).
  const controls: boolean[] = [];
  let inTabStops = false;
  let inRowProps = false;
  // Open runs, each true when its properties hide it (w:vanish: hidden text Word neither shows nor prints).
  const runs: boolean[] = [];
  let rows: { line: number; cells: Cell[] }[] = [];
  let row: { cells: Cell[]; before: number; after: number; isDeleted: boolean } | null = null;
  let cell: { paragraphs: string[]; span: number; merge: Cell['merge']; hMerge: Cell['merge'] } | null = null;
  // A table inside a cell: each of its rows becomes one line of the outer cell.
  let nestedRow: string[] | null = null;
  let nestedCell: string[] | null = null;

  const addToCell = (text: string): void => {
    if (tableDepth > 1 && nestedCell) nestedCell.push(text);
    else if (cell) cell.paragraphs.push(text);
  };
  const emit = (text: string): void => {
    if (tableDepth > 0) addToCell(text);
    else {
      counter += 1;
      blocks.push({ kind: 'line', line: counter, text });
    }
  };

  const tag = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(tag)) {
    const [, close, name = '', attrs = '', selfClose, text] = m;
    const isClose = close === '/';
    const isSelf = selfClose === '/';
    if (unseen) {
      if (name === unseen.name && !isSelf) unseen.depth += isClose ? -1 : 1;
      if (unseen.depth === 0) unseen = null;
      continue;
    }
    // An empty content control's placeholder prompt is not the document's text.
    const isPrompt = name === 'w:sdtContent' && controls.at(-1) === true;
    if ((UNSEEN.has(name) || isPrompt) && !isSelf && !isClose) {
      unseen = { name, depth: 1 };
      continue;
    }
    const paragraph = paragraphs.at(-1);
    if (text !== undefined) {
      if (isInText && paragraph && runs.at(-1) !== true) paragraph.parts.push(decodeEntities(text));
      continue;
    }
    switch (name) {
      case 'w:tbl':
        if (!isClose) {
          tableDepth += 1;
          if (tableDepth === 1) rows = [];
        } else {
          tableDepth -= 1;
          if (tableDepth === 0) blocks.push({ kind: 'table', line: rows[0]?.line ?? counter, rows: dropRepeatedHeader(expandMerges(rows)) });
        }
        break;
      case 'w:tr':
        if (tableDepth === 2) {
          if (!isClose) nestedRow = [];
          else if (nestedRow && cell) {
            const line = [...new Set(nestedRow.filter(Boolean))].join(' ');
            if (line) cell.paragraphs.push(line);
            nestedRow = null;
          }
        }
        if (tableDepth !== 1) break;
        if (!isClose) row = { cells: [], before: 0, after: 0, isDeleted: false };
        else if (row) {
          // Grid columns the row leaves out (w:gridBefore/After): empty cells, so the rest stay under their headers.
          const blank = (): Cell => ({ text: '', span: 1, merge: 'none' });
          const cells = [...Array.from({ length: row.before }, blank), ...row.cells, ...Array.from({ length: row.after }, blank)];
          if (!row.isDeleted) {
            counter += 1;
            rows.push({ line: counter, cells });
          }
          row = null;
        }
        break;
      case 'w:trPr':
        if (tableDepth === 1 && !isSelf) inRowProps = !isClose;
        break;
      case 'w:gridBefore':
      case 'w:gridAfter':
        if (row && tableDepth === 1 && inRowProps) {
          const n = Math.max(0, Math.min(64, Number(attr(attrs, 'w:val') ?? '0') || 0));
          if (name === 'w:gridBefore') row.before = n;
          else row.after = n;
        }
        break;
      case 'w:tc':
        if (tableDepth === 2) {
          if (!isClose) nestedCell = [];
          else if (nestedCell && nestedRow) {
            nestedRow.push(nestedCell.join(' ').trim());
            nestedCell = null;
          }
        }
        if (tableDepth !== 1) break;
        if (!isClose) cell = { paragraphs: [], span: 1, merge: 'none', hMerge: 'none' };
        else if (cell && row) {
          const previous = row.cells.at(-1);
          const textOfCell = cell.paragraphs.join('\n').trim();
          // A legacy horizontal merge (w:hMerge, WPS and old Word): the continuing cell widens the first.
          if (cell.hMerge === 'continue' && previous && textOfCell === '') previous.span += cell.span;
          else row.cells.push({ text: textOfCell, span: cell.span, merge: cell.merge });
          cell = null;
        }
        break;
      case 'w:gridSpan':
        if (cell && tableDepth === 1) cell.span = Math.max(1, Math.min(64, Number(attr(attrs, 'w:val') ?? '1') || 1));
        break;
      case 'w:vMerge':
        if (cell && tableDepth === 1) cell.merge = attr(attrs, 'w:val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:hMerge':
        if (cell && tableDepth === 1) cell.hMerge = attr(attrs, 'w:val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:del':
        // A row deleted under tracked changes (self-closing w:del in its properties).
        if (row && inRowProps && tableDepth === 1) row.isDeleted = true;
        break;
      case 'w:p':
        if (isSelf) {
          if (tableDepth === 0 && paragraphs.length === 0) counter += 1;
          break;
        }
        // Paragraphs nested in it share its list of boxed lines: no copying per level, so a hostile file of
        // 200,000 nested paragraphs stays linear.
        if (!isClose) paragraphs.push({ parts: [], numId: '0', ilvl: 0, style: '', hasOwn: false, boxed: paragraph?.boxed ?? [] });
        else if (paragraph) {
          paragraphs.pop();
          // Its own numbering, else its style's (a paragraph's own w:numId 0 switches the style's off).
          const styled = paragraph.numId === '0' && paragraph.style ? styleLists.get(paragraph.style) : undefined;
          const ref = styled && !paragraph.hasOwn ? styled : paragraph;
          const drawn = ref.numId !== '0' ? listNumber(ref.numId, ref.ilvl) : null;
          const textOfParagraph = drawn ? `${drawn}${paragraph.parts.join('')}` : paragraph.parts.join('');
          const outer = paragraphs.at(-1);
          if (outer) outer.boxed.push(textOfParagraph);
          else for (const t of [textOfParagraph, ...paragraph.boxed]) emit(t);
        }
        break;
      // Inside the paragraph's properties: which list and level Word numbers it with.
      case 'w:numId':
        if (paragraph) {
          paragraph.numId = attr(attrs, 'w:val') ?? '0';
          paragraph.hasOwn = true;
        }
        break;
      case 'w:ilvl':
        if (paragraph) paragraph.ilvl = Number(attr(attrs, 'w:val') ?? '0') || 0;
        break;
      case 'w:pStyle':
        if (paragraph) paragraph.style = attr(attrs, 'w:val') ?? '';
        break;
      case 'w:sdt':
        if (isSelf) break;
        if (!isClose) controls.push(false);
        else controls.pop();
        break;
      case 'w:showingPlcHdr':
        if (controls.length > 0 && !/w:val="(0|false|off)"/.test(attrs)) controls[controls.length - 1] = true;
        break;
      case 'w:r':
        if (isSelf) break;
        if (!isClose) runs.push(false);
        else runs.pop();
        break;
      case 'w:vanish':
        if (!keepHidden && runs.length > 0 && !/w:val="(0|false|off)"/.test(attrs)) runs[runs.length - 1] = true;
        break;
      case 'w:t':
        isInText = !isClose && !isSelf;
        break;
      // A paragraph's tab stops are w:tab elements too: only a run's w:tab is a tab character.
      case 'w:tabs':
        if (!isSelf) inTabStops = !isClose;
        break;
      case 'w:tab':
      case 'w:ptab':
        if (paragraph && !inTabStops && runs.at(-1) !== true) paragraph.parts.push('\t');
        break;
      // A hyphen Word keeps on one line with its neighbours (2026-2027年): it is a hyphen.
      case 'w:noBreakHyphen':
        if (paragraph && runs.at(-1) !== true) paragraph.parts.push('-');
        break;
      case 'w:br':
      case 'w:cr':
        if (paragraph && runs.at(-1) !== true) paragraph.parts.push('\n');
        break;
      default:
        break;
    }
  }
  return blocks;
};
