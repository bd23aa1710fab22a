// Text copied out of a PDF keeps the page's fixed line width: every line of a paragraph breaks at the
// same width, inside a sentence, a heading, a bracket or a unit's name (`一、…加强党对基层治理的全面` /
// `领导`; `协办单位:区委编办、园区党工` / `委、各街道党工委`), with the page numbers between pages (noise.ts
// drops them before this runs, so a paragraph goes on across them). Such a document, or a stretch of one
// (a web page's notice over the PDF copy of its plan), is recognised by a width that works as a ceiling: several lines fill it mid-sentence and hardly any line passes it. Each
// line that fills it is joined to the next, unless the next starts a new item (a heading number, a
// responsibility label) or a table row. Web pages and Word files, whose paragraphs are single lines of
// every length, are left as they are, and in a wrapped document a line short of the width is never joined.
import { isImprintLine } from './imprint.js';
import { readHeading } from './numbering.js';
import { LABEL_WORD, startsWithResponsibility } from './responsibility.js';
import { isDepartmentLike } from './unit-names.js';

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
 * A stretch narrower than this between a web page's long paragraphs is no A4 body text (仿宋 三号 sets 28 a
 * line, smaller sizes more) but the page's run of short titles and unit lists. A whole text that never
 * passes a narrower width may still be one (a narrow page, a column).
 */
const MIN_WIDTH = 24;

type Stretch = { from: number; to: number };

/**
 * A line that runs clearly past the width is no line of the page (a web paragraph). Not just past it: the
 * marks were folded to ASCII before measuring, and a repost's half-width `(州)` and `,` count one em each.
 */
const passes = (w: number, width: number): boolean => w > width + Math.max(4, width / 5);

/**
 * The stretches of the text laid out at one page width (indices into `lines`, inclusive), and that width.
 * A page's width is a ceiling: in a stretch, at least four lines fill it and break mid-sentence (and at
 * least a fifth of the long lines: a plan of short items has few paragraphs long enough to break), and no
 * line of text runs past it; a line that does ends the stretch. So a web page's notice, whose paragraphs
 * run to every length, is left as it is while the PDF copy under it is joined. Label lines count: in a
 * plan of short items, a unit list broken by the page may be all that fills the width.
 */
export const wrappedStretches = (lines: Line[]): { width: number; stretches: Stretch[] } | null => {
  const texts = lines.map((l) => l.text.trim());
  const widths = texts.map(printedWidth);
  const isLong = texts.map((t, k) => (widths[k] ?? 0) >= LONG && !isTableRow(t));
  let best: { width: number; count: number; stretches: Stretch[] } = { width: 0, count: 0, stretches: [] };
  for (const width of new Set(widths.filter((w, k) => isLong[k] && w >= LONG).map(Math.ceil))) {
    if (width < MIN_WIDTH && texts.some((t, k) => passes(widths[k] ?? 0, width) && !isTableRow(t))) continue;
    const stretches: Stretch[] = [];
    let total = 0;
    let from = 0;
    for (let k = 0; k <= texts.length; k += 1) {
      const w = widths[k] ?? 0;
      if (k < texts.length && !(passes(w, width) && !isTableRow(texts[k] ?? ''))) continue;
      let fill = 0;
      let long = 0;
      for (let n = from; n < k; n += 1) {
        if (!isLong[n]) continue;
        long += 1;
        if (fills(widths[n] ?? 0, width) && !ENDS_WHOLE.test(texts[n] ?? '')) fill += 1;
      }
      if (fill >= 4 && fill >= long / 5) {
        stretches.push({ from, to: k - 1 });
        total += fill;
      }
      from = k + 1;
    }
    // Of two widths holding as many lines, the narrower: the wider one's lower edge would pass over the
    // page's full lines that a number moved to the next line, or an indent, left a little short.
    if (total > best.count || (total === best.count && total > 0 && width < best.width)) best = { width, count: total, stretches };
  }
  return best.count > 0 ? { width: best.width, stretches: best.stretches } : null;
};

/** The page's width, or null when no stretch of the text was laid out at one. */
export const wrapWidth = (lines: Line[]): number | null => wrappedStretches(lines)?.width ?? null;

/** Does this line start something of its own (an item, a label, a table row) rather than go on? */
const startsOwn = (text: string): boolean => {
  // A number with nothing after it (`(三)` under `…规划的通知`) is the end of the line above, cut by the page.
  const heading = readHeading(text);
  return (heading !== null && heading.rest !== '') || startsWithResponsibility(text) || isTableRow(text) || isImprintLine(text);
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
/**
 * A responsibility bracket left open at the line's end (`1、加强经济运行分析…(牵头单位:发改`) that the next
 * line closes (`委、统计局)`): the page broke the bracket, whether or not the text was found laid out at a
 * width (a plan with one or two broken lines gives no width to find).
 */
const opensBracket = (text: string): boolean => {
  const open = text.lastIndexOf('(');
  return open >= 0 && text.indexOf(')', open) < 0 && startsWithResponsibility(text.slice(open));
};
const closesBracket = (text: string): boolean => {
  const close = text.indexOf(')');
  return close > 0 && !text.slice(0, close).includes('(');
};

const joinBrokenBrackets = (lines: Line[], apart: (from: number, to: number) => boolean): Line[] => {
  if (!lines.some((l, k) => opensBracket(l.text.trim()) && closesBracket(lines[k + 1]?.text.trim() ?? ''))) return lines;
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const text = l.text.trim();
    if (prev && opensBracket(prev.text) && closesBracket(text) && !startsOwn(text) && !apart(prev.line, l.line)) prev.text = `${prev.text}${text}`;
    else out.push({ line: l.line, text });
  }
  return out;
};

/**
 * A labelled unit list left open at the line's end, its last mark a 、 (`…。主办单位:市发改委、` / `统计局。`):
 * the page broke the list, and the next line, opening with a unit's name, goes on with it — whether or not
 * a page width was found (a short plan gives too few full lines to find one).
 */
const OPEN_LIST = new RegExp(`${LABEL_WORD}\\s*[::][^。::;;]*、$`);
const goesOnList = (text: string): boolean => !startsOwn(text) && isDepartmentLike(text.split(/[、,,。;;\s]/)[0] ?? '');

const joinBrokenLists = (lines: Line[], apart: (from: number, to: number) => boolean): Line[] => {
  if (!lines.some((l, k) => OPEN_LIST.test(l.text.trim()) && goesOnList(lines[k + 1]?.text.trim() ?? ''))) return lines;
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const text = l.text.trim();
    if (prev && OPEN_LIST.test(prev.text) && goesOnList(text) && !apart(prev.line, l.line)) prev.text = `${prev.text}${text}`;
    else out.push({ line: l.line, text });
  }
  return out;
};

export const unwrapHardLines = (lines: Line[], apart: (from: number, to: number) => boolean = () => false): Line[] => {
  const found = wrappedStretches(lines);
  if (found === null) return joinBrokenBrackets(joinBrokenLists(lines, apart), apart);
  const inStretch = (k: number): boolean => found.stretches.some((s) => k >= s.from && k <= s.to);
  const out: Line[] = [];
  let isOpen = false;
  let last = 0;
  lines.forEach((l, k) => {
    const text = l.text.trim();
    const prev = out[out.length - 1];
    // The line after a page-width break goes on its paragraph even when it is the paragraph's last, wider
    // line (marks measured wide), which ends the stretch.
    if (prev && isOpen && !startsOwn(text) && !apart(last, l.line)) prev.text = `${prev.text}${text}`;
    else out.push({ line: l.line, text });
    last = l.line;
    // The width is the page's: a joined line is open when its last printed line filled the page.
    isOpen = inStretch(k) && breaksAtWidth(text, found.width);
  });
  // A list the page broke outside the stretches found (a short line before it, a notice's width).
  return joinBrokenLists(out, apart);
};
