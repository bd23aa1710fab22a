// A unit's name alone on a line of its own, over the numbered items it owns (`市某某局` / `一类目标:` / `(一)…`
// `(二)…` / `某某委` / `(一)…`): a department's goals listed unit by unit, the unit named once for all of its
// items, not beside each one. The line was kept as content of the item just before it (and read as that item's
// units by bare-unit-lines.ts) or as preamble, and the items under it had no lead.
//
// The line heads items only when the numbering starts again right after it (the first item under it is 1/一/(一),
// at most two short `X:` sub-heads between), and when the document does not write units one per item under the
// items (a bare unit line followed by an item numbered on, the other shape, anywhere in it).
import { announcement, isOneUnit } from './announced-duties.js';
import { COUNT_NOTE } from './duty-headings.js';
import { foldPunctuation } from './text.js';
import { readHeading } from './numbering.js';
import type { Clause } from './clause.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

/** The part of a source line this rule reads. */
type Line = { line: number; text: string };

/** `市某局`, `市某局:`, `某委工作目标`, `市某局2008年工作目标`: the unit, or null. */
const SUFFIX = /(?:(?:19|20)\d{2}年度?)?(?:(?:年度)?工作)?(?:目标|要点|任务|目标任务)?[::]?$/;
export const unitOfTitleLine = (text: string): string | null => {
  const folded = foldPunctuation(text).trim();
  // `X为…事业单位,主要职责是:`, `X负责以下工作:`: a unit's line over its items as the name alone is.
  const said = announcement(folded);
  if (said?.whole) {
    const name = said.named ?? said.worker ?? said.defined;
    return isOneUnit(name) ? name : null;
  }
  if (folded.length < 3 || folded.length > 30 || /[,。;、!?\s]/.test(folded)) return null;
  // `区委办公室(8项)`: a count of the items under it.
  const name = folded.replace(COUNT_NOTE, '').replace(SUFFIX, '');
  if (!/^[\u4e00-\u9fff()]{3,20}$/.test(name) || /^[)(]|[(]$/.test(name)) return null;
  return isUnitNameList([name]) ? name : null;
};

/** A short sub-head line between the unit and its items. */
const isSubHead = (text: string): boolean => {
  const folded = foldPunctuation(text).trim();
  // `负责全市…的清欠和防欠工作。`: one sentence of the unit's general charge, over its numbered duties.
  if (/^(?:主要)?负责[^。;!?]{4,60}。?$/.test(folded) && readHeading(folded) === null) return true;
  if (folded.length > 12 || /[,。;、!?\s]/.test(folded) || readHeading(folded) !== null) return false;
  // `一类目标:`, `重点工作:`; `2025年工作要点`, `一类目标` (a heading over the unit's goals, no colon).
  return /:$/.test(folded) || /^(?:(?:19|20)\d{2}年度?|[一二三]类|重点|年度)?(?:工作)?(?:目标|要点|任务)$/.test(folded);
};

/** A line that is nothing but units (as bare-unit-lines.ts reads one under an item). */
const isBareUnitList = (text: string): boolean => {
  const folded = foldPunctuation(text).trim();
  if (folded.length === 0 || folded.length > 80 || /[。;:!?]/.test(folded)) return false;
  return isUnitNameList(splitUnitList(folded));
};

/** The lines of `lines` that head the items after them, with their unit. */
export const findUnitTitleLines = (lines: Line[]): Map<number, string> => {
  const found = new Map<number, string>();
  let perItem = false;
  let lastKind: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]?.text.trim() ?? '';
    if (text.length === 0) continue;
    const heading = readHeading(text);
    if (heading) {
      lastKind = heading.kind;
      continue;
    }
    const unit = unitOfTitleLine(text);
    if (!unit && !isBareUnitList(text)) continue;
    let j = i + 1;
    let subHeads = 0;
    while (j < lines.length && ((lines[j]?.text.trim() ?? '') === '' || (isSubHead(lines[j]?.text ?? '') && subHeads < 2))) {
      if ((lines[j]?.text.trim() ?? '') !== '') subHeads += 1;
      j += 1;
    }
    const next = j < lines.length ? readHeading(lines[j]?.text.trim() ?? '') : null;
    if (!next) continue;
    if (next.number !== 1) {
      // A bare unit line between two items numbered on: the document writes each item's units under it.
      if (lastKind !== null && subHeads === 0) perItem = true;
      continue;
    }
    if (unit) found.set(lines[i]?.line ?? 0, unit);
  }
  return perItem ? new Map() : found;
};

/** The part of body.ts's tree this rule reads and rewrites. */
export type TitledNode<N> = { line: number; children: N[]; clause: Clause | null };

/**
 * Every item after a unit's line (up to the next one) that names no units, nor sits under one that does, is led
 * by that unit, inferred: the line files the items under the unit, it does not say 牵头. The leaves take it, as
 * the tasks are the leaves when nothing names units. `keep` says which leaves may take it (not a 说明 heading).
 */
export const shareUnitTitleLines = <N extends TitledNode<N>>(roots: N[], marks: Map<number, string>, keep: (node: N) => boolean): void => {
  if (marks.size === 0) return;
  const at = [...marks.entries()].sort((a, b) => a[0] - b[0]);
  const unitAt = (line: number): string | null => {
    let unit: string | null = null;
    for (const [l, u] of at) if (l < line) unit = u;
    return unit;
  };
  const give = (node: N): void => {
    if (node.clause) return;
    if (node.children.length > 0) {
      node.children.forEach(give);
      return;
    }
    const unit = unitAt(node.line);
    if (!unit || !keep(node)) return;
    node.clause = { responsibility: { leads: [unit], participants: [], isLeadInferred: true }, rest: '', raw: '', raws: [], carried: [] };
  };
  roots.forEach(give);
};

/** `(二)某委工作目标`, `三、市某局2009年工作要点`: a numbered heading that is a unit's name and what its items are. */
const GOALS = /^(.{3,20}?)(?:(?:19|20)\d{2}年度?)?(?:年度)?(?:工作目标|工作要点|目标任务|工作任务)[::]?$/;

/** The part of body.ts's tree the heading rule reads. */
export type HeadedNode<N> = TitledNode<N> & { rest: string; lines: unknown[] };

/**
 * The heading's unit leads, inferred, every item under it that names no units (and sits under none that does).
 * Only with the goals word after the name: a bare name heading alone may be a topic (duty-headings.ts reads those
 * when two or more siblings are names).
 */
export const shareUnitGoalHeadings = <N extends HeadedNode<N>>(all: N[]): void => {
  for (const node of all) {
    if (node.clause || node.children.length === 0 || node.lines.length > 1) continue;
    const m = GOALS.exec(foldPunctuation(node.rest).trim());
    const unit = m?.[1] ?? '';
    if (!/^[\u4e00-\u9fff()]{3,20}$/.test(unit) || !isUnitNameList([unit])) continue;
    const responsibility = { leads: [unit], participants: [], isLeadInferred: true };
    const give = (child: N): void => {
      if (child.clause) return;
      if (child.children.length > 0) child.children.forEach(give);
      else child.clause = { responsibility, rest: '', raw: '', raws: [], carried: [] };
    };
    node.children.forEach(give);
  }
};
