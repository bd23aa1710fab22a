// Punctuation folding shared by every reader: documents mix half- and full-width forms freely.

const FOLD: Record<string, string> = {
  ':': ':',
  ';': ';',
  ',': ',',
  '(': '(',
  ')': ')',
  '[': '[',
  ']': ']',
  '\u3000': ' ',
  '\u00a0': ' ',
};

/** Folds colon, semicolon, comma and brackets to their full-width forms and trims. */
export const foldPunctuation = (text: string): string =>
  text.replace(/[:;,()[\]\u3000\u00a0]/g, (ch) => FOLD[ch] ?? ch).trim();

/** Splits document text into lines, dropping a BOM and normalising line endings. */
export const splitLines = (text: string): string[] =>
  text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');

/** A table cell flattened as `cell |` (seed 004's layout); returns the cell text or null. */
export const tableCell = (line: string): string | null => {
  const match = /^(.*?)\s*[||]\s*$/.exec(line);
  return match ? (match[1] ?? '').trim() : null;
};
