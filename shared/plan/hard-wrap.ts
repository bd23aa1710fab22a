// Text copied out of a PDF keeps the page's fixed line width: every line of a paragraph breaks at the
// same width, inside a sentence, a heading or a unit's name (`一、…加强党对基层治理的全面` / `领导`).
// Such a document is recognised by many long lines of nearly one length; each of its lines that breaks
// at that width without ending a sentence is joined to the next, unless the next starts a new item,
// a responsibility label or a table row. Web pages, whose paragraphs are single lines of every length,
// are left as they are.
import { readHeading } from './numbering.js';
import { startsWithResponsibility } from './responsibility.js';

type Line = { line: number; text: string };

const LONG = 16;
/** A line that ends where a sentence, a clause or a bracket ends is not broken by the page. */
const ENDS_WHOLE = /[。;!?::))」』”】〕]$/;

/**
 * The page's line width, or null when the text was not laid out at a fixed width: eight or more long
 * lines, most of them within a few characters of one width, and most of those ending mid-sentence (a
 * web page's lines of similar length end their sentences). Label lines do not count: they are short
 * fields, read by their own rule (label-wrap.ts).
 */
const wrapWidth = (lines: Line[]): number | null => {
  const long = lines.map((l) => l.text.trim()).filter((t) => t.length >= LONG && !/[|\t]/.test(t) && !startsWithResponsibility(t));
  if (long.length < 8) return null;
  let best: { width: number; count: number } = { width: 0, count: 0 };
  for (const width of new Set(long.map((t) => t.length))) {
    const count = long.filter((t) => t.length >= width - 3 && t.length <= width + 2 && !ENDS_WHOLE.test(t)).length;
    if (count > best.count) best = { width, count };
  }
  return best.count >= 8 && best.count >= 0.5 * long.length ? best.width : null;
};

/** A label line is never joined to what follows here; a list broken over lines is label-wrap.ts's. */
const breaksAtWidth = (text: string, width: number): boolean =>
  text.length >= width - 3 && text.length <= width + 2 && !ENDS_WHOLE.test(text) && !/[|\t]/.test(text) && !startsWithResponsibility(text);

/** The lines with each page-width break joined back; a joined line keeps the first line's number. */
export const unwrapHardLines = (lines: Line[]): Line[] => {
  const width = wrapWidth(lines);
  if (width === null) return lines;
  const out: Line[] = [];
  let isOpen = false;
  for (const l of lines) {
    const text = l.text.trim();
    const prev = out[out.length - 1];
    const startsOwn = readHeading(text) !== null || startsWithResponsibility(text) || /[|\t]/.test(text);
    if (prev && isOpen && !startsOwn) prev.text = `${prev.text}${text}`;
    else out.push({ line: l.line, text });
    isOpen = breaksAtWidth(text, width);
  }
  return out;
};
