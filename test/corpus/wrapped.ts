// The corpus as a PDF would give it (issue 15): many plans are published as PDF, and their text — a
// PDF-to-text repost, a copy from a PDF viewer, a Word file converted from PDF — keeps the page's line
// width, breaking every paragraph mid-sentence, with the page numbers between pages. This rewrites each
// stored document that way and scores it against the same key, so `npm run corpus -- --wrapped` says what
// the importer loses on the same documents printed to A4.
//
// What is wrapped, and what is not (a PDF wraps paragraphs; a table's cells wrap inside their own cells):
// - prose lines are broken at the page width, counted as the page counts it (a Chinese character is one
//   em, a digit or Latin letter half), with the typesetter's rules: a closing mark (,。、)…) never
//   starts a line, and a run of digits or Latin letters is never split;
// - table lines stay whole: lines with bars, tabs or box characters, rows of cells separated by spaces,
//   and every line of a table the importer reads in the stored text (one cell per line, or a table run
//   into one line). A real PDF wraps such a cell at its column's width and interleaves the cells of a
//   row; no reader of lines can undo that without the page's layout, so it is not measured here;
// - a page number line (`— 3 —`, or `- 3 -` in every other document) after every 22 lines, as a PDF's
//   page footer comes out between the last line of a page and the first of the next;
// - the pinyin a reposting site prints after some characters (`發(fā)改委`, documents 10, 27–29, 34, 35,
//   137) is left out first: it is the site's, and a PDF of the document has none.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '../../shared/plan/document.js';
import { corpusDir, documentText, scoreDocument, type AnswerKey, type DocScore } from './score.js';

const PAGE_LINES = 22;
/** Marks a typesetter keeps off the start of a line (they hang at the end of the line before). */
const NO_LINE_START = /^[,。、;:?!)》」』”’】〕%,.;:?!)]/;

/** A number, a range of numbers (`11-12月`) or a Latin word: never broken. */
const IN_WORD = /[A-Za-z0-9.\-~]/;

/** How wide a character prints: half an em for ASCII (digits, Latin letters, ASCII punctuation). */
const charWidth = (ch: string): number => (ch.charCodeAt(0) < 0x80 ? 0.5 : 1);

/**
 * The line broken into pieces no wider than `width` ems, as a typesetter breaks it; a paragraph's first
 * line is indented two ems with wide spaces, as a Chinese document's paragraphs are and as a copy from a
 * PDF viewer keeps them.
 */
export const breakLine = (line: string, width: number): string[] => {
  const chars = [...line.trim()];
  if (chars.length === 0) return [''];
  const out: string[] = [];
  let at = 0;
  while (at < chars.length) {
    let w = at === 0 ? 2 : 0;
    let end = at;
    while (end < chars.length && w + charWidth(chars[end] ?? '') <= width) {
      w += charWidth(chars[end] ?? '');
      end += 1;
    }
    if (end < chars.length) {
      // Closing marks hang at the end of the line rather than start the next one.
      while (end < chars.length && NO_LINE_START.test(chars[end] ?? '')) end += 1;
      // A number or a Latin word moves whole to the next line.
      let back = end;
      while (back > at && IN_WORD.test(chars[back - 1] ?? '') && IN_WORD.test(chars[back] ?? '')) back -= 1;
      if (back > at) end = back;
    }
    out.push(`${at === 0 ? '\u3000\u3000' : ''}${chars.slice(at, end).join('')}`);
    at = end;
  }
  return out;
};

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ';
const PINYIN_NOTE = new RegExp(`(?<=[\\u4e00-\\u9fff])[((](?=[a-zɡü]*[${TONED}])[a-zɡü${TONED}]{1,7}[))]`, 'g');

/** A row of a table in the stored text: a separator, or cells set apart by spaces. */
const isTableLine = (line: string): boolean =>
  /[|│┃┆\t┌┐└┘├┤┬┴┼─]/.test(line) || (line.trim().match(/\S\s+(?=\S)/g)?.length ?? 0) >= 2;

/**
 * The stored lines the importer reads as a table (from the first row it reads to a few lines past the
 * last, for the last row's remaining cells): their cells are not paragraphs.
 */
const tableSpans = (text: string): Set<number> => {
  const plan = parsePlanText(text);
  const spans = new Set<number>();
  const mark = (lines: number[]): void => {
    if (lines.length === 0) return;
    const from = Math.max(1, Math.min(...lines) - 8);
    for (let n = from; n <= Math.max(...lines) + 8; n += 1) spans.add(n);
  };
  if (plan.taskSource === 'table') mark(plan.tasks.map((t) => t.line));
  mark((plan.indicators ?? []).map((i) => i.line));
  return spans;
};

/** The document as a PDF of the given line width gives it back as text. */
export const wrapLikePdf = (stored: string, width: number, pageMark: '—' | '-' = '—', from = 0): string => {
  const text = from > 0 ? stored : stored.replace(PINYIN_NOTE, '');
  const table = tableSpans(text);
  const out: string[] = [];
  let page = 1;
  text.split('\n').forEach((line, n) => {
    // Lines before `from` are the web page's own text, as it prints them.
    if (n < from) {
      out.push(line);
      return;
    }
    const pieces = table.has(n + 1) || isTableLine(line) ? [line] : breakLine(line.replace(PINYIN_NOTE, ''), width);
    for (const piece of pieces) {
      out.push(piece);
      if (out.length % (PAGE_LINES + 1) === PAGE_LINES) {
        page += 1;
        out.push(`${pageMark} ${page} ${pageMark}`);
      }
    }
  });
  return out.join('\n');
};

/**
 * A page whose notice is web text and whose plan, from its first numbered heading on, is a copy from the
 * PDF attached to it: only a stretch of the text is laid out at the page's width.
 */
export const wrapPlanPart = (stored: string, width: number, pageMark: '—' | '-' = '—'): string => {
  const lines = stored.split('\n');
  const at = lines.findIndex((l) => /^\s*(一、|1[.、.])/.test(l));
  // The tables are found in the whole text, whose header may stand before the first heading.
  return at <= 0 ? stored : wrapLikePdf(stored, width, pageMark, at);
};

/** Zero-width spaces after each 、, as some sites and Word files leave them between names. */
export const withZeroWidth = (text: string): string => text.replace(/、/g, '、\u200b');

/** Every stored document, rewritten by `rewrite`, scored against its key. */
export const scoreRewritten = (rewrite: (text: string, index: number) => string): DocScore[] =>
  readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, index) => {
      const doc = f.replace(/\.txt$/, '');
      const key = JSON.parse(readFileSync(join(corpusDir, `${doc}.key.json`), 'utf8')) as AnswerKey;
      return scoreDocument(doc, parsePlanText(rewrite(documentText(join(corpusDir, f)), index)), key);
    });

/** The readings `npm run corpus -- --wrapped` prints and the floor test holds. */
export const wrappedReadings: Record<string, (text: string, index: number) => string> = {
  stored: (text) => text,
  wrapped28: (text, index) => wrapLikePdf(text, 28, index % 2 === 0 ? '—' : '-'),
  wrapped36: (text, index) => wrapLikePdf(text, 36, index % 2 === 0 ? '—' : '-'),
  planPart28: (text, index) => wrapPlanPart(text, 28, index % 2 === 0 ? '—' : '-'),
  zeroWidth: withZeroWidth,
};
