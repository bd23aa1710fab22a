// Sentences that each close with their units' bracket, run on over lines (`…降低20%。(市经委牵头)…面积。` /
// `(市国土局牵头)…减少10%。(市环保局牵头)…`): a line may open with the bracket that closes the sentence on the
// line above. Read where it stands, that bracket's units went to the sentence before it and the line's own
// sentences were taken for that one's content. The bracket goes back to the end of the line above.
import type { SourceLine } from './body.js';
import { bracketGroups, groupResponsibility } from './clause.js';
import { readHeading } from './numbering.js';
import { foldPunctuation } from './text.js';

/** A word that assigns the work: a bracket with none of them (`(一)`, `(2020年)`) is no unit's bracket. */
const ROLE = /牵头|负责|配合|协助|协同|参与|责任单位|牵头单位|配合单位|责任部门|主办|承办/;

/** `(X牵头)` opening `text`, with the text after it; null when the line does not open with such a bracket. */
const openingBracket = (text: string): { bracket: string; rest: string } | null => {
  const folded = foldPunctuation(text);
  const first = bracketGroups(folded)[0];
  if (!first || first.start !== 0 || first.end >= folded.length || !ROLE.test(first.inner)) return null;
  const r = groupResponsibility(first.inner, false);
  if (!r || r.leads.length + r.participants.length === 0) return null;
  const rest = text.slice(first.end).replace(/^[。;;\s]+/, '');
  return rest.length >= 6 ? { bracket: text.slice(0, first.end), rest } : null;
};

/** The body's lines with each such bracket moved back onto the line above, when that line ends a sentence. */
export const moveLeadingBrackets = (lines: SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const above = out[out.length - 1];
    const aboveText = above?.text.trimEnd() ?? '';
    const opening = above ? openingBracket(line.text.trim()) : null;
    const kind = readHeading(aboveText.trim())?.kind;
    // The line above: a sentence of some length that has ended, not a chapter's heading, no bracket of its own at its end.
    if (above && opening && aboveText.length >= 10 && /[。;;]$/.test(aboveText) && kind !== 'cn' && kind !== 'chapter') {
      out[out.length - 1] = { ...above, text: `${aboveText}${opening.bracket}` };
      out.push({ ...line, text: opening.rest });
      continue;
    }
    out.push(line);
  }
  return out;
};
