// Reads a corpus page's table out of its stored text, for the .docx/.xlsx rebuilds (make-tables.ts): the
// rebuild's cells are the page's cells as stored, never retyped, so a rebuild cannot drift from its key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from './score.js';

/** The stored text's lines, the 来源 line dropped (the page's address, not the document's). */
export const storedLines = (doc: string): string[] =>
  readFileSync(join(corpusDir, `${doc}.txt`), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/\r$/, ''));

/** The cells of an `a | b | c |` row; the empty cells a repost leaves at its end (`| ||`) are dropped. */
export const pipeCells = (line: string): string[] => {
  const cells = line.split('|').map((c) => c.trim());
  while (cells.length > 0 && cells.at(-1) === '') cells.pop();
  return cells;
};

/** A table stored one cell per line (`cell |`), from the line holding `first` on, `width` cells a row. */
export const cellPerLineRows = (lines: string[], first: string, width: number, count: number): string[][] => {
  const start = lines.findIndex((l) => l.trim() === `${first} |`);
  if (start < 0) throw new Error(`${first}: not found`);
  const cells = lines
    .slice(start)
    .filter((l) => l.trim().endsWith('|'))
    .map((l) => l.trim().replace(/\s*\|$/, ''))
    .slice(0, width * count);
  const rows: string[][] = [];
  for (let at = 0; at < cells.length; at += width) rows.push(cells.slice(at, at + width));
  return rows;
};

/** The index of the first line that starts with `text`; throws when the page does not have it. */
export const lineIndex = (lines: string[], text: string): number => {
  const at = lines.findIndex((l) => l.trim().startsWith(text));
  if (at < 0) throw new Error(`${text}: not found`);
  return at;
};
