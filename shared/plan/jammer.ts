// Forum reposts (Discuz! and its copies) hide random characters in every paragraph to spoil copying:
// `| 76。7! C3 ^4 a5 w% S1 Q R6 Z+ \- l`. Each unit of the noise is a character from `space`…`;`, a
// space, and a character from `?`…`~`; a doubled space collapses to one on the page. A run of such units
// at the end of a line, or before the `|` of a cell at its start, is the noise, not the document.

const UNIT = String.raw`(?:[!-;] [?-~]| [?-~])`;
const TRAILING = new RegExp(`${UNIT}{4,}\\s*$`);
const LEADING = new RegExp(`^\\s*${UNIT}{3,}(?=\\s*\\|)`);

/** True when a line carries the noise (used to decide whether the document was reposted this way). */
const hasJammer = (line: string): boolean => new RegExp(`${UNIT}{5,}`).test(line) && /[!-/:;]/.test(line);

/** Whether enough lines carry the noise for the document to be such a repost. */
export const isJammed = (lines: string[]): boolean => lines.filter(hasJammer).length >= 5;

/** The line without the noise at its end and before its first `|`. */
export const stripJammer = (line: string): string => line.replace(LEADING, '').replace(TRAILING, '').trimEnd();
