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

/** Sentences before the bracket (a stop or a comma among them): a bracket alone on its line is no problem's paragraph. */
const hasSentences = (text: string): boolean => {
  const folded = foldPunctuation(text).trim().replace(/[。;]$/, '');
  const before = folded.slice(0, bracketGroups(folded).pop()?.start ?? 0);
  return before.length >= 6 && /[。;,]/.test(before);
};

/** headless-paragraphs.ts may have bulleted some of them already (those that open with a title sentence). */
const BULLET = asBulletItem('');
const unbulleted = (text: string): string => (text.trim().startsWith(BULLET) ? text.trim().slice(BULLET.length) : text);

export const bulletProblemParagraphs = (lines: SourceLine[]): SourceLine[] => {
  const filled = lines.filter((l) => l.text.trim().length > 0);
  const isProblem = (text: string): boolean => closesWithLabel(unbulleted(text)) && hasSentences(unbulleted(text));
  if (filled.some((l) => readHeading(l.text.trim()) !== null && !(l.text.trim().startsWith(BULLET) && isProblem(l.text)))) return lines;
  const bulleted = new Set<number>();
  let k = 0;
  while (k < filled.length) {
    const run: SourceLine[] = [];
    for (; k < filled.length && isProblem(filled[k]?.text ?? ''); k += 1) run.push(filled[k] as SourceLine);
    // Two that name a lead at least; a paragraph whose bracket names none the reader knows stays an item of its own.
    if (run.filter((l) => isAssignedParagraph(unbulleted(l.text))).length >= 2) for (const l of run) if (!l.text.trim().startsWith(BULLET)) bulleted.add(l.line);
    if (run.length === 0) k += 1;
  }
  if (bulleted.size === 0) return lines;
  return lines.map((l) => (bulleted.has(l.line) ? { line: l.line, text: asBulletItem(l.text.trim()) } : l));
};
