// A section's work written as one paragraph in which each group of sentences closes with a bare bracket of its
// units BEFORE the full stop (`一、强化风险防控` / `实施监测计划,提高质量。加强技术培训(县卫健局、农业局)。做好粮食
// 监测工作(县发改局、财政局)。统筹抽检计划。加强结果运用(县农业局、卫健局)。`): every bracket closes a task, its text
// the sentences since the previous bracket (or the paragraph's start). Read as one paragraph, the section took the
// last bracket's units and the other groups were lost. Only when the paragraph holds two such brackets at least
// (a bracket the task reader itself takes for the units: a bare unit list, `X牵头`), and only under a section
// heading or none (under a numbered item the sentences are that item's own text). A bracket after the stop
// (`…。(X牵头)`) counts too; paragraphs with none before the stop are left to bracket-sentences.ts.
import type { SourceLine } from './body.js';
import { isCutParagraph } from './bracket-paragraphs.js';
import { bracketGroups, findResponsibilityClause, groupResponsibility } from './clause.js';
import { asBulletItem, readHeading, SECTION_KINDS } from './numbering.js';
import { foldPunctuation } from './text.js';
import { isDepartmentLike } from './unit-names.js';

type Closing = { end: number; beforeStop: boolean };

const hasNames = (r: { leads: string[]; participants: string[] } | null | undefined): boolean =>
  r !== null && r !== undefined && r.leads.length + r.participants.length > 0;

/** The brackets that close a sentence group with its units, and where each group ends (after its stop). */
const closings = (text: string): Closing[] => {
  const found: Closing[] = [];
  let from = 0;
  for (const g of bracketGroups(text)) {
    const before = text.slice(0, g.start);
    const after = text.slice(g.end);
    const stop = /^[。;]/.exec(after)?.[0].length ?? 0;
    const afterStop = /[。;]\s*$/.test(before);
    const beforeStop = stop > 0 && /[\u4e00-\u9fff\w%％”))]$/.test(before);
    if (!afterStop && !beforeStop) continue;
    // `充实安委会办公室(县安委办)。`: a bracket right after a unit's name is that unit's short name.
    if (beforeStop && isDepartmentLike(before.split(/[。;,,、]/).pop() ?? '')) continue;
    // The sentences since the last closing bracket, read as the task reader reads a task: its bracket must be the
    // one it takes for the units (a bare list, a 牵头 clause), not a citation, a short name or an example.
    const clause = findResponsibilityClause(text.slice(from, g.end));
    const bracket = text.slice(g.start, g.end);
    const taken = hasNames(clause?.responsibility) && (clause?.raws.includes(bracket) ?? false);
    if (!taken && !(afterStop && hasNames(groupResponsibility(g.inner, false)))) continue;
    found.push({ end: g.end + stop, beforeStop });
    from = g.end + stop;
  }
  return found;
};

const splitParagraph = (line: SourceLine, splitBefore: boolean): SourceLine[] => {
  const text = foldPunctuation(line.text);
  if (text.length < 30) return [line];
  const found = closings(text);
  // Once an earlier section was read this way, a section whose one bracket closes a chain before further
  // sentences (`三、…。A;B;C(X局)。D;E…`) is too: the bracket leads its chain, the rest is a task of its own.
  const single = found.length === 1 && splitBefore;
  if ((found.length < 2 && !single) || !found.some((c) => c.beforeStop)) return [line];
  // A group's end with the next sentence after it ends a piece.
  const ends = found.map((c) => c.end).filter((end) => text.slice(end).replace(/^[。;,\s]+/, '').length >= 6);
  if (ends.length === 0) return [line];
  const isHeading = readHeading(line.text.trim()) !== null;
  // The single case under a short heading title (`三、医疗卫生工程。`): the title stays the group, both chains its tasks.
  const titleEnd = text.indexOf('。') + 1;
  const titled = single && isHeading && titleEnd > 0 && titleEnd <= 20 && !/[((]/.test(text.slice(0, titleEnd)) && (ends[0] ?? 0) - titleEnd >= 6;
  const cuts = [0, ...(titled ? [titleEnd] : []), ...ends, text.length];
  const pieces = cuts.slice(0, -1).map((from, i) => line.text.slice(from, cuts[i + 1]).trim()).filter((p) => p.length > 0);
  return pieces.map((piece, i) => ({ line: line.line, text: i === 0 && isHeading ? piece : asBulletItem(piece) }));
};

export const splitAtMidBrackets = (lines: SourceLine[]): SourceLine[] => {
  let underSection = true;
  let split = false;
  const filled = lines.map((l, k) => ({ l, k })).filter(({ l }) => l.text.trim().length > 0);
  const lastAt = filled[filled.length - 1]?.k ?? -1;
  const headingAbove = filled.length >= 2 && SECTION_KINDS.has(readHeading(filled[filled.length - 2]?.l.text.trim() ?? '')?.kind ?? '');
  return lines.flatMap((l, k) => {
    const kind = readHeading(l.text.trim())?.kind;
    if (kind !== undefined) underSection = SECTION_KINDS.has(kind);
    if (kind !== undefined && !SECTION_KINDS.has(kind)) return [l];
    if (!underSection) return [l];
    // The text's last paragraph, alone under its section heading and cut by the page before its bracket, is one
    // more such task once an earlier section was read this way (as bracket-paragraphs.ts reads a cut last one).
    if (split && k === lastAt && kind === undefined && headingAbove && isCutParagraph(l.text)) return [{ line: l.line, text: asBulletItem(l.text.trim()) }];
    const pieces = splitParagraph(l, split);
    if (pieces.length > 1) split = true;
    return pieces;
  });
};
