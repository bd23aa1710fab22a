// Punctuation folding shared by every reader: documents mix half- and full-width forms freely.
// Full-width ASCII forms (U+FF01–U+FF5E: (), :, ;, ,, digits, %, |) become their ASCII twins and
// wide spaces become plain ones, so every pattern in the readers is written once, in ASCII.
// 、。《》“”〔〕【】 are not folded: they carry meaning (、 separates names, 。 can be a decimal point).

const SMALL_FORMS: Record<string, string> = { '\ufe50': ',', '\ufe51': '、', '\ufe52': '.', '\ufe54': ';', '\ufe55': ':' };

const WIDE_SPACES = /[\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]/g;

/** Folds full-width forms to ASCII, without trimming; keeps the string length where it can. */
export const normaliseText = (text: string): string =>
  text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    // Small forms (`1﹒`, `﹐`, `﹑`): some pages number items with them.
    .replace(/[\ufe50-\ufe55]/g, (ch) => SMALL_FORMS[ch] ?? ch)
    .replace(WIDE_SPACES, ' ');

/** Folds punctuation (see normaliseText) and trims. */
export const foldPunctuation = (text: string): string => normaliseText(text).trim();

/** Splits document text into lines, dropping a BOM and normalising line endings. */
export const splitLines = (text: string): string[] =>
  text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');

/** A table cell flattened as `cell |` (seed 004's layout); returns the cell text or null. */
export const tableCell = (line: string): string | null => {
  const match = /^(.*?)\s*\|\s*$/.exec(normaliseText(line));
  return match ? (match[1] ?? '').trim() : null;
};
