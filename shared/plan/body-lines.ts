// The lines left for the body reader once tables are taken: a table of contents, a transmittal notice's
// own text and a notice's list of attachments are set aside, and lines repeated on the page are dropped.
// Each is listed in `unplaced` with its reason, never silently lost.
import { attachmentEntries } from './attachments.js';
import type { SourceLine } from './body.js';
import { contentsEntries } from './contents.js';
import { DIVISION_LINE, parseLeadVerbForm } from './lead-verbs.js';
import { markOf } from './lead-marks.js';
import { readHeading } from './numbering.js';
import { transmittalNotice } from './notice.js';
import { LABEL_WORD, startsWithResponsibility } from './responsibility.js';
import type { UnplacedLine } from './types.js';
import { tableNotes } from './table-notes.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';
import { isFieldLine } from './numbered-fields.js';

// A responsibility line repeats whenever two tasks share their units (牵头单位:区发改局 under items 1 and 3,
// an unlabelled `区发改局牵头落实。`, or units each with its role mark: `县教育局(牵头单位)`): it belongs to
// the task above it, not to the noise.
const isMarkedUnits = (text: string): boolean => {
  const names = splitUnitList(text);
  return names.length > 0 && names.every((n) => markOf(n) !== null) && names.some((n) => markOf(n) === 'lead');
};
// A bracket on its own line that holds units only (`(市人保局,各市(县)、区政府)` under an item) is the item's
// bare 责任单位 list; two items with the same units print it twice.
const isBracketedUnits = (text: string): boolean => {
  const inner = /^[((〔[【]([^()()]*(?:[((][^()()]*[))][^()()]*)*)[))〕\]】][。;]?$/.exec(text.trim())?.[1] ?? '';
  const names = splitUnitList(inner);
  return names.length > 0 && isUnitNameList(names);
};
const isAssignment = (text: string): boolean =>
  startsWithResponsibility(text) || DIVISION_LINE.test(text) || (parseLeadVerbForm(text)?.leads.length ?? 0) > 0 || isMarkedUnits(text) || isBracketedUnits(text);

/**
 * `——区财政局牵头,区税务局配合。` under an item: a dash that opens the item's assignment, not a bullet of its
 * own (a `——` bullet is a task only when it says what is to be done).
 */
const DASH = /^(?:——|—|-{1,2})\s*/;
export const isDashAssignment = (text: string): boolean => DASH.test(text) && isAssignment(text.replace(DASH, ''));

// A task's other fields repeat the same way (`完成时限:6月底前`, `责任领导:张伟` under two items): short
// `label:value` lines are a task's, not a paragraph pasted twice.
// A numbered field (`1、时 间:3月27日` under two activities) repeats as its unnumbered kin does.
const isField = (text: string): boolean => text.length <= 60 && isFieldLine(text);

/** `配合单位:` alone on its line: the units on the next line are its value, however often they repeat. */
const LABEL_ALONE = new RegExp(`^${LABEL_WORD}\\s*[::]?\\s*$`);

export const selectBodyLines = (clean: SourceLine[], consumed: ReadonlySet<number>, unplaced: UnplacedLine[]): SourceLine[] => {
  // Repeated lines (a title printed twice, a paragraph pasted twice) only count outside tables, where the
  // same responsibility or name in two rows is normal.
  const seen = new Set<string>();
  // Where each line was first seen: the line before it, to tell a duty list's item repeated under another unit
  // (`(6)组织辖区其它企业实施废气治理。` under two districts) from a paragraph pasted twice.
  const before = new Map<string, string>();
  let keptRepeat = false;
  const bodyLines: SourceLine[] = [];
  const attachments = attachmentEntries(clean);
  const contents = contentsEntries(clean);
  const notice = transmittalNotice(clean);
  const notes = tableNotes(clean);
  for (const l of clean) {
    if (consumed.has(l.line)) continue;
    if (notes.has(l.line)) {
      unplaced.push({ line: l.line, text: l.text, reason: '表格下的说明,不是任务', kind: 'skipped' });
      continue;
    }
    if (contents.has(l.line) || notice.has(l.line)) {
      unplaced.push({ line: l.line, text: l.text, reason: contents.has(l.line) ? '文件的目录,正文中另有这些标题' : '印发通知本身的要求,不是所附方案的任务', kind: 'skipped' });
      continue;
    }
    if (attachments.has(l.line)) {
      unplaced.push({ line: l.line, text: l.text, reason: '通知所附文件的目录,不是任务', kind: 'skipped' });
      continue;
    }
    const underLabel = LABEL_ALONE.test(bodyLines[bodyLines.length - 1]?.text.trim() ?? '');
    // A short line ending in its colon (`(1)年度主要任务与要求:`) heads what follows under each section alike.
    const isLabelHead = l.text.trim().length <= 30 && /[::]$/.test(l.text.trim());
    const previous = bodyLines[bodyLines.length - 1]?.text ?? '';
    const isRepeat = seen.has(l.text) && l.text.length >= 6 && !isAssignment(l.text) && !isField(l.text) && !underLabel && !isLabelHead;
    // A numbered item repeated in a new place — right after its list's previous number, which is not the line it
    // followed the first time (or in a run that started so) — is another unit's item of the same words; a
    // paragraph or a list pasted twice starts again from its own first line.
    const heading = isRepeat ? readHeading(l.text) : null;
    const above = heading ? readHeading(previous) : null;
    const continuesList = above !== null && above.kind === heading?.kind && above.number === heading.number - 1 && before.get(l.text) !== previous;
    // `(二)教务处` under each topic in turn (`一、教学改革` / `(一)学院` / … / `(二)教务处`, `二、教学评估` / …): a unit's
    // heading repeated in a new place heads that unit's items of the new topic.
    const unitHeading = heading !== null && before.get(l.text) !== previous && isUnitNameList(splitUnitList(heading.rest.replace(/[::]$/, '')));
    const isRenumbered: boolean = heading !== null && (keptRepeat || continuesList);
    keptRepeat = isRenumbered;
    if (isRepeat && !isRenumbered && !unitHeading) {
      unplaced.push({ line: l.line, text: l.text, reason: '与前文重复的行', kind: 'noise' });
      continue;
    }
    if (!seen.has(l.text)) before.set(l.text, previous);
    seen.add(l.text);
    bodyLines.push(l);
  }
  return bodyLines;
};
