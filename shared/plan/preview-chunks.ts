// A document site's preview (文库) cuts the text into chunks and numbers each `1、` `2、` `3、` at its start,
// wherever the cut fell: mid-sentence, mid-word (`…十九届` / `2、二中、三中全会精神`). Those numbers are the
// site's, not the plan's items. The chunks are joined back into one text, for the run-on reader to cut at
// the plan's own numbers.
import type { SourceLine } from './body.js';

const CHUNK = /^(\d{1,2})、/;
/** A line that ends a sentence, a heading or a field: a real item may follow it. */
const ENDS_CLEANLY = /[。;;::!!??」”"')）)\]】〕]\s*$/;

export const joinPreviewChunks = (lines: SourceLine[]): SourceLine[] => {
  const at = lines.flatMap((l, i) => (CHUNK.test(l.text.trim()) ? [i] : []));
  if (at.length < 2) return lines;
  const numbers = at.map((i) => Number(CHUNK.exec(lines[i]?.text.trim() ?? '')?.[1]));
  if (numbers[0] !== 1 || numbers.some((n, k) => n !== k + 1)) return lines;
  // Every later chunk continues the text before it, cut mid-sentence: the numbers are the site's.
  const cutMidSentence = at.slice(1).every((i) => {
    const before = (lines[i - 1]?.text ?? '').trim();
    return before.length >= 20 && !ENDS_CLEANLY.test(before);
  });
  if (!cutMidSentence) return lines;
  const first = at[0] ?? 0;
  const text = lines
    .slice(first)
    .map((l) => l.text.trim().replace(CHUNK, ''))
    .filter((t) => t.length > 0)
    .join('');
  return [...lines.slice(0, first), { line: lines[first]?.line ?? 0, text }];
};
