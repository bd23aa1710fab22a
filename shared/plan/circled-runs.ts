// Circled items run together on one line (`①…;②…;③…`), as a digest prints a unit's yearly tasks under a label
// line (`(1)年度主要任务与要求:`): each circled number after a sentence or clause end is an item of its own.
import type { SourceLine } from './body.js';
import { CIRCLED } from './numbering.js';

/**
 * Only a line that opens with ①, and only at the numbers that follow on from it (②, ③, … in order) right after
 * a 。, ; or a space: a ①② list inside an item's sentence (`加强①…②…`) stays that item's content.
 */
export const splitCircledRun = (line: SourceLine): SourceLine[] => {
  const text = line.text.trim();
  if (!text.startsWith(CIRCLED[0] ?? '①')) return [line];
  const cuts: number[] = [0];
  let next = 1;
  for (let i = 1; i < text.length && next < CIRCLED.length; i += 1) {
    if (text[i] !== CIRCLED[next] || !/[。;;\s]/.test(text[i - 1] ?? '')) continue;
    cuts.push(i);
    next += 1;
  }
  if (cuts.length < 2) return [line];
  return cuts.map((from, k) => ({ line: line.line, text: text.slice(from, cuts[k + 1] ?? text.length).trim() }));
};
