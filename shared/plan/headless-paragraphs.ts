// A page with no outline at all (no 一、, (一), 1., 第一章 anywhere) whose tasks are unnumbered paragraphs under a plan
// title and a preamble, each opening with a short title sentence and closing with its own bracket that names units
// (`加强某某培育。正文……。(X牵头负责,Y配合)`). Nothing on such a page opened an item, so the brackets had no task to
// attach to. Read only when two paragraphs in a row at least open with a title sentence and close so; the text's
// last paragraph, cut mid-sentence by the page (its bracket lost), counts as one of them when it opens with a title
// sentence too. The title and the preamble close with no bracket and stay outside the run.
import type { SourceLine } from './body.js';
import { isAssignedParagraph, isCutParagraph } from './bracket-paragraphs.js';
import { asBulletItem, readHeading } from './numbering.js';
import { foldPunctuation } from './text.js';

/** Opens with a short title sentence: 4–24 characters with no comma before the first 。 */
const opensWithTitle = (text: string): boolean => /^[^。,;:、()]{4,24}。/.test(foldPunctuation(text).trim());

export const bulletHeadlessParagraphs = (lines: SourceLine[]): SourceLine[] => {
  const filled = lines.filter((l) => l.text.trim().length > 0);
  if (filled.some((l) => readHeading(l.text.trim()) !== null)) return lines;
  const bulleted = new Set<number>();
  let k = 0;
  while (k < filled.length) {
    const run: number[] = [];
    while (k < filled.length && opensWithTitle(filled[k]?.text ?? '') && isAssignedParagraph(filled[k]?.text ?? '')) {
      run.push(filled[k]?.line ?? -1);
      k += 1;
    }
    const last = filled[k];
    if (run.length > 0 && k === filled.length - 1 && last && opensWithTitle(last.text) && isCutParagraph(last.text)) {
      run.push(last.line);
      k += 1;
    }
    if (run.length >= 2) for (const line of run) bulleted.add(line);
    if (run.length === 0) k += 1;
  }
  if (bulleted.size === 0) return lines;
  return lines.map((l) => (bulleted.has(l.line) ? { line: l.line, text: asBulletItem(l.text.trim()) } : l));
};
