// Punctuation folding shared by every reader: documents mix half- and full-width forms freely.
// Full-width ASCII forms (U+FF01–U+FF5E: (), :, ;, ,, digits, %, |) become their ASCII twins and
// wide spaces become plain ones, so every pattern in the readers is written once, in ASCII.
// 、。《》“”〔〕【】 are not folded: they carry meaning (、 separates names, 。 can be a decimal point).

const SMALL_FORMS: Record<string, string> = { '\ufe50': ',', '\ufe51': '、', '\ufe52': '.', '\ufe54': ';', '\ufe55': ':' };

const WIDE_SPACES = /[\u3000\u00a0\u2002\u2003\u2009\ufeff]/g;

// Zero-width characters (zero-width space and joiners, word joiner, soft hyphen) print nothing: a site or
// a Word file leaves them between names (`区发改局、\u200b区财政局`). Removed, not made spaces, so a name
// or a list reads as printed.
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad]/g;

// ㈠–㈩ (one character each, as older Word files and law databases print them) are the (一)–(十) of a heading.
const PARENTHESISED_CN = /[\u3220-\u3229]/g;
const CN_DIGITS = '一二三四五六七八九十';

// A line opened by two box-drawing rules and then text (`──由市X会同有关部门组织落实。`) is a dash line, the way a
// PDF or a law database prints ——; a rule line of a drawn table (`├──┼──┤`, `──────`) is not touched.
const BOX_DASH = /^(\s*)[─━]{2}(?=[^\s─━┼┬┴┤├│┃|=\-])/;

/** Folds full-width forms to ASCII and drops zero-width characters, without trimming. */
export const normaliseText = (text: string): string =>
  text
    .replace(INVISIBLE, '')
    .replace(PARENTHESISED_CN, (ch) => `(${CN_DIGITS[ch.charCodeAt(0) - 0x3220] ?? ''})`)
    .replace(BOX_DASH, '$1——')
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    // Small forms (`1﹒`, `﹐`, `﹑`): some pages number items with them.
    .replace(/[\ufe50-\ufe55]/g, (ch) => SMALL_FORMS[ch] ?? ch)
    .replace(WIDE_SPACES, ' ')
    // A space beside 、 (`区发改局、 区财政局`, from a PDF's text or a justified line) is not a cell border:
    // the list is one list.
    .replace(/(?<=\S)[ \t]*、[ \t]+(?=\S)|(?<=\S)[ \t]+、(?=\S)/g, '、');

/** Folds punctuation (see normaliseText) and trims. */
export const foldPunctuation = (text: string): string => normaliseText(text).trim();

/** Splits document text into lines, dropping a BOM and normalising line endings. */
export const splitLines = (text: string): string[] =>
  text.replace(/^\uFEFF/, '').replace(INVISIBLE, '').replace(/\r\n?/g, '\n').split('\n');

/** A table cell flattened as `cell |` (seed 004's layout); returns the cell text or null. */
export const tableCell = (line: string): string | null => {
  const match = /^(.*?)\s*\|\s*$/.exec(normaliseText(line));
  return match ? (match[1] ?? '').trim() : null;
};

/**
 * A table copied from a browser or a spreadsheet into a text file keeps its cells apart by tabs: a line of
 * three or more tab-separated cells is the `a | b | c |` row the bar readers know. Plain text only: a Word
 * paragraph's tabs are tab stops, and one tab (`完成时限<tab>2026年底前`) is a label and its value.
 */
export const tabCellsAsBars = (text: string): string => {
  const cells = text.split('\t').map((c) => c.trim());
  return cells.length >= 3 && cells.filter(Boolean).length >= 3 ? `${cells.join(' | ')} |` : text;
};

/**
 * Words a page split at a space joined back: each word and the next become one where `belong` says the two
 * are one word (`指` `标`, `牵头` `单位`, `1-` `8月完成情况`). Left to right, a joined word never joins again.
 */
export const joinSplitWords = (words: string[], belong: (word: string, next: string, at: number) => boolean): string[] => {
  const out: string[] = [];
  for (let k = 0; k < words.length; k += 1) {
    const word = words[k] ?? '';
    const next = words[k + 1];
    if (next !== undefined && belong(word, next, k)) {
      out.push(`${word}${next}`);
      k += 1;
    } else out.push(word);
  }
  return out;
};
