// Items written inside a paragraph as `一是…;二是…;三是…`, each with units of its own (`(一)推进产业融合。
// 一是发展特色种养业(县农业农村局牵头,县财政局配合);二是培育加工企业(县工信局牵头)`): every such part is a
// task of its own under the paragraph's heading. Parts that name no units stay the paragraph's content, as
// before — only a paragraph where two or more parts carry their own assignment is cut.
import type { SourceLine } from './body.js';
import { findResponsibilityClause } from './clause.js';
import { titledShiUnits } from './shi-subjects.js';
import { CIRCLED } from './numbering.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A part that assigns its own work: the responsibility reader finds a unit in it, by a label, a bracket
 * or role verbs (any unit's name — a 股, a 馆, a town — not a list of endings).
 */
const assigns = (part: string): boolean => {
  const clause = findResponsibilityClause(part);
  return clause !== null && clause.responsibility.leads.length + clause.responsibility.participants.length > 0;
};

/**
 * The line cut at its `一是`, `二是` … marks when they count up from 一 at a clause's start (the line's
 * start, or after 。;,:) and at least two of the parts assign their own units; each part becomes a
 * circled item (①, ②) so the body reads it one level below the paragraph's own heading.
 */
export const splitShiItems = (source: SourceLine): SourceLine[] => {
  // A titled item whose parts name their units only as subjects is one task (shi-subjects.ts).
  if (titledShiUnits(source.text)) return [source];
  const marks: number[] = [];
  for (let n = 0; n < NUMERALS.length; n += 1) {
    const re = new RegExp(`(^|[。;;,,::])${NUMERALS[n]}是`, 'g');
    const from = marks[marks.length - 1] ?? -1;
    const next = [...source.text.matchAll(re)].map((m) => (m.index ?? 0) + (m[1] ?? '').length).find((at) => at > from);
    if (next === undefined) break;
    marks.push(next);
  }
  if (marks.length < 2) return [source];
  const ends = [...marks.slice(1), source.text.length];
  // Each part ends its own sentence: the `;` that ran it into the next one is a full stop now.
  const parts = marks.map((at, i) => source.text.slice(at + 2, ends[i]).trim().replace(/[;;,,]$/, '。'));
  if (parts.filter(assigns).length < 2) return [source];
  const head = source.text.slice(0, marks[0]).trim();
  return [
    ...(head ? [{ line: source.line, text: head }] : []),
    ...parts.map((p, i) => ({ line: source.line, text: `${CIRCLED[i] ?? ''}${p}` })),
  ];
};
