// Text copied out of a PDF keeps the page's fixed line width: every line of a paragraph breaks at the
// same width, inside a sentence, a heading, a bracket or a unit's name (`一、…加强党对基层治理的全面` /
// `领导`; `协办单位:区委编办、园区党工` / `委、各街道党工委`), with the page numbers between pages (noise.ts
// drops them before this runs, so a paragraph goes on across them). Such a document is recognised by a
// width that works as a ceiling: several lines fill it mid-sentence and hardly any line passes it. Each
// line that fills it is joined to the next, unless the next starts a new item (a heading number, a
// responsibility label) or a table row. Web pages and Word files, whose paragraphs are single lines of
// every length, are left as they are, and in a wrapped document a line short of the width is never joined.
import { readHeading } from './numbering.js';
import { startsWithResponsibility } from './responsibility.js';

type Line = { line: number; text: string };

const LONG = 16;
/** A line that ends where a sentence, a clause or a bracket ends: the mark of a web page's lines. */
const ENDS_WHOLE = /[。;!?::))」』”】〕]$/;

/**
 * The width a line prints at, in ems: a Chinese character is one, a digit or Latin letter half (a PDF's
 * `2022年10月` fills less of the line than its length says). The text reaching here has its full-width
 * marks folded to ASCII (text.ts); in Chinese text `,:;()!?~` were full-width marks, one em each.
 */
export const printedWidth = (text: string): number => {
  let w = 0;
  for (const ch of text) w += /[A-Za-z0-9.%/+\-\s]/.test(ch) ? 0.5 : 1;
  return w;
};

/**
 * A page-width line is within a few ems of the width: a typesetter hangs a closing mark past it (+1),
 * moves a number or a Latin word whole to the next line, and indents a paragraph's first line (−2); and
 * the marks were folded to ASCII before this measure, so a repost's half-width `,` counts one em (+1).
 */
const fills = (w: number, width: number): boolean => w >= width - 2.5 && w <= width + 2;

const isTableRow = (text: string): boolean => /[|\t]/.test(text);

/**
 * The page's line width, or null when the text was not laid out at a fixed width. A page's width is a
 * ceiling: at least four lines fill it and break mid-sentence (and at least a fifth of the long lines: a
 * plan of short items has few paragraphs long enough to break), and hardly any line of text runs past
 * it. A web page's paragraphs run to every length, and its lines of similar length end their sentences.
 * Label lines do not count: they are short fields of every length.
 */
export const wrapWidth = (lines: Line[]): number | null => {
  const long = lines.map((l) => l.text.trim()).filter((t) => printedWidth(t) >= LONG && !isTableRow(t) && !startsWithResponsibility(t));
  const widths = long.map(printedWidth);
  let best = { width: 0, count: 0 };
  for (const width of new Set(widths.map(Math.ceil))) {
    const count = long.filter((t, k) => fills(widths[k] ?? 0, width) && !ENDS_WHOLE.test(t)).length;
    const over = widths.filter((w) => w > width + 3).length;
    // Of two windows holding as many lines, the narrower: the wider one's lower edge would pass over the
    // page's full lines that a number moved to the next line, or an indent, left a little short.
    const better = count > best.count || (count === best.count && width < best.width);
    if (count >= 4 && count >= long.length / 5 && over <= count / 10 && better) best = { width, count };
  }
  return best.count > 0 ? best.width : null;
};

/** Does this line start something of its own (an item, a label, a table row) rather than go on? */
const startsOwn = (text: string): boolean => {
  // A number with nothing after it (`(三)` under `…规划的通知`) is the end of the line above, cut by the page.
  const heading = readHeading(text);
  return (heading !== null && heading.rest !== '') || startsWithResponsibility(text) || isTableRow(text);
};

/** Was this line broken by the page, its paragraph going on in the next line? */
const breaksAtWidth = (text: string, width: number): boolean => {
  const w = printedWidth(text);
  // No upper bound: in a document laid out at a width, a wider line is one whose marks were half-width.
  // A sentence may end at the width and its paragraph go on: what the next line starts decides.
  return !isTableRow(text) && w >= width - 2.5;
};

/**
 * The lines with each page-width break joined back; a joined line keeps the first line's number. `apart`
 * says whether something else (a table) stands between two lines, which are then never joined. The same
 * array comes back when the text was not laid out at a fixed width.
 */
export const unwrapHardLines = (lines: Line[], apart: (from: number, to: number) => boolean = () => false): Line[] => {
  const width = wrapWidth(lines);
  if (width === null) return lines;
  const out: Line[] = [];
  let isOpen = false;
  let last = 0;
  for (const l of lines) {
    const text = l.text.trim();
    const prev = out[out.length - 1];
    if (prev && isOpen && !startsOwn(text) && !apart(last, l.line)) prev.text = `${prev.text}${text}`;
    else out.push({ line: l.line, text });
    last = l.line;
    // The width is the page's: a joined line is open when its last printed line filled the page.
    isOpen = breaksAtWidth(text, width);
  }
  return out;
};
