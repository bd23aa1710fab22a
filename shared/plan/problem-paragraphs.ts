// A 督查通报 printed as prose (a newspaper's page): no outline at all, each problem a paragraph of its own that closes
// with a labelled bracket naming the unit to fix it, often with the person answering for it in the same bracket
// (`…围墙多处破损。(责任单位:某某局,责任人:张三)`). The paragraphs do not open with a title sentence, so
// headless-paragraphs.ts leaves them; the label says in so many words that the bracket is the paragraph's assignment.
// Read only when two paragraphs in a row at least close so; an intro (`现将问题通报如下:`), a closing paragraph
// that names the same units mid-sentence and the page's own lines close with no bracket and stay outside the run.
// Bulleted here so the body reader takes each paragraph as an item (document.ts). The person is no unit: the bracket's
// reader stops the unit list at its `责任人:` field.
import type { SourceLine } from './body.js';
import { bracketGroups } from './clause.js';
import { isAssignedParagraph } from './bracket-paragraphs.js';
import { LABEL } from './labelled-clause.js';
import { asBulletItem, readHeading } from './numbering.js';
import { foldPunctuation } from './text.js';

/** The paragraph's closing bracket opens with a responsibility label (`(责任单位:X…)`, `【牵头单位:X】`). */
const closesWithLabel = (text: string): boolean => {
  const folded = foldPunctuation(text).trim().replace(/[。;]$/, '');
  const last = bracketGroups(folded).pop();
  return last !== undefined && last.end === folded.length && LABEL.exec(last.inner.trim())?.index === 0;
};

/** A problem's paragraph: sentences (a stop or comma before its bracket) closing with a labelled bracket that names a lead. */
const isProblemParagraph = (text: string): boolean => closesWithLabel(text) && isAssignedParagraph(text);

export const bulletProblemParagraphs = (lines: SourceLine[]): SourceLine[] => {
  const filled = lines.filter((l) => l.text.trim().length > 0);
  if (filled.some((l) => readHeading(l.text.trim()) !== null)) return lines;
  const bulleted = new Set<number>();
  let k = 0;
  while (k < filled.length) {
    const run: number[] = [];
    while (k < filled.length && isProblemParagraph(filled[k]?.text ?? '')) {
      run.push(filled[k]?.line ?? -1);
      k += 1;
    }
    if (run.length >= 2) for (const line of run) bulleted.add(line);
    if (run.length === 0) k += 1;
  }
  if (bulleted.size === 0) return lines;
  return lines.map((l) => (bulleted.has(l.line) ? { line: l.line, text: asBulletItem(l.text.trim()) } : l));
};
