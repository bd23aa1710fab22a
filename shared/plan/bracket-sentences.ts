// Work written as sentences that each close with their own assignment (`一、加强监管制定…措施。(市食安办负责)
// 调整…机制。(市食安办牵头,各成员单位协作)各区…。(各区食安办负责)`): every sentence with its bracket is a task
// of its own, the item's heading their group. Read as one item, the three brackets' units were pooled onto it.
import type { SourceLine } from './body.js';
import { bracketGroups, groupResponsibility } from './clause.js';
import { asBulletItem, readHeading } from './numbering.js';
import { foldPunctuation } from './text.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';


export const splitAtAssignedSentences = (line: SourceLine): SourceLine[] => {
  const text = foldPunctuation(line.text);
  // A numbered item (`1.`, `(1)`) whose measures each close with their units is one task the units share; a
  // group's heading (`一、`, `(一)`) or a paragraph with no number holds the tasks themselves.
  const kind = readHeading(line.text.trim())?.kind;
  if (text.length < 30 || kind === 'num' || kind === 'paren-num' || kind === 'circled' || kind === 'dash') return [line];
  const assigned = bracketGroups(text).filter((g) => {
    if (!/[。;]\s*$/.test(text.slice(0, g.start))) return false;
    // The text's last bracket cut off by the page inside its list (`…以上。(市建委、`) closes its sentence too.
    if (g.end === text.length && !/[))]$/.test(text) && /、$/.test(g.inner.trim()) && isUnitNameList(splitUnitList(g.inner.trim().slice(0, -1)))) return true;
    const r = groupResponsibility(g.inner, false);
    return r !== null && r.leads.length + r.participants.length > 0;
  });
  // A bracket with the next sentence after it ends a piece; two assigned sentences at least.
  const ends = assigned.filter((g) => text.slice(g.end).replace(/^[。;,\s]+/, '').length >= 6).map((g) => g.end + (/^[。;]/.exec(text.slice(g.end))?.[0].length ?? 0));
  if (assigned.length < 2 || ends.length === 0) return [line];
  const cuts = [0, ...ends, text.length];
  const pieces = cuts.slice(0, -1).map((from, i) => line.text.slice(from, cuts[i + 1]).trim()).filter((p) => p.length > 0);
  const isItem = kind !== undefined;
  return pieces.map((piece, i) => ({ line: line.line, text: i === 0 && isItem ? piece : asBulletItem(piece) }));
};
