// The body's lines made into items before the body reader sees them: each step restores an item boundary a
// copy of the document lost (document.ts). Order matters: chunks are joined before anything is cut, label
// values are joined to their labels before items are found by the fields under them, and a run-on
// paragraph is cut before its sentences are split at their brackets.
import type { SourceLine } from './body.js';
import { bulletAssignedParagraphs } from './bracket-paragraphs.js';
import { bulletHeadlessParagraphs } from './headless-paragraphs.js';
import { bulletProblemParagraphs } from './problem-paragraphs.js';
import { splitAtAssignedSentences } from './bracket-sentences.js';
import { joinLabelValues } from './label-values.js';
import { splitAtMidBrackets } from './mid-brackets.js';
import { splitAboutItems } from './about-items.js';
import { moveLeadingBrackets } from './leading-bracket.js';
import { bulletUnnumberedPoints } from './point-lines.js';
import { joinPreviewChunks } from './preview-chunks.js';
import { splitRunOnItems } from './run-on.js';
import { splitAssignedClauses } from './assigned-clauses.js';
import { splitDotUnitLabels } from './dot-unit-labels.js';
import { numberDecimalOutline } from './decimal-outline.js';
import { splitSpacedUnitDuties } from './spaced-unit-duties.js';
import { splitCircledRun } from './circled-runs.js';
import { splitShiItems } from './shi-items.js';
import { splitShiAssignedParts } from './shi-assigned-parts.js';
import { numberShiParagraphs } from './shi-paragraphs.js';
import { numberSpacedItems } from './spaced-numbers.js';
import { numberRecordItems } from './record-items.js';
import { numberProblemRecords } from './problem-records.js';
import { numberComplaintReplies } from './complaint-replies.js';
import { numberItemsAboveFields } from './unnumbered-items.js';
import { numberUnitDutyLines } from './unit-duty-lines.js';
import { splitRunOnDutyLabels } from './run-on-duty-labels.js';
import { numberClosingDutyLine, numberTopDutyLines } from './mid-list-top.js';
import { numberDutySiblings } from './duty-split-siblings.js';
import { numberSameShapeLines } from './numbered-on-lines.js';
import { readOddUnitLabels } from './unit-label-words.js';
import { splitUnitDutySentences } from './unit-duty-sentences.js';
import { splitUnitSubjectSentences } from './unit-subject-sentences.js';
import { numberHeadingUnitLines } from './heading-unit-lines.js';
import { bulletProseDutyParagraphs } from './prose-duty-paragraphs.js';
import { joinUnitStops } from './unit-stop-duties.js';
import { colonUnitHeads } from './item-unit-heads.js';
import { flattenPartHeadings } from './part-headings.js';
import { bulletClosingLabelLines } from './closing-label-lines.js';
import { splitClosingLabelGroups } from './closing-label-groups.js';
import { numberBareRows } from './bare-number-rows.js';
import { numberUnitFirstRows } from './unit-first-rows.js';
import { unnumberFieldItems } from './numbered-fields.js';

type Step = (lines: SourceLine[]) => SourceLine[];
type LineSplit = (line: SourceLine) => SourceLine[];

const eachLine = (split: LineSplit): Step => (lines) => lines.flatMap(split);

// Listed in the order they run; the comment at the top says why the order matters.
const steps: Step[] = [
  joinPreviewChunks,
  numberDecimalOutline,
  splitDotUnitLabels,
  numberSpacedItems,
  bulletUnnumberedPoints,
  numberRecordItems,
  numberProblemRecords,
  numberBareRows,
  numberUnitFirstRows,
  bulletClosingLabelLines,
  eachLine(splitClosingLabelGroups),
  numberComplaintReplies,
  readOddUnitLabels,
  unnumberFieldItems,
  joinLabelValues,
  joinUnitStops,
  colonUnitHeads,
  numberItemsAboveFields,
  flattenPartHeadings,
  numberShiParagraphs,
  splitUnitDutySentences,
  splitUnitSubjectSentences,
  numberHeadingUnitLines,
  splitRunOnDutyLabels,
  numberUnitDutyLines,
  numberTopDutyLines,
  numberClosingDutyLine,
  numberDutySiblings,
  numberSameShapeLines,
  moveLeadingBrackets,
  eachLine(splitRunOnItems),
  eachLine(splitSpacedUnitDuties),
  eachLine(splitCircledRun),
  splitShiAssignedParts,
  eachLine(splitShiItems),
  splitAtMidBrackets,
  splitAboutItems,
  eachLine(splitAtAssignedSentences),
  eachLine(splitAssignedClauses),
  // Paragraphs with no outline made items last, once every numbered item is known.
  bulletProseDutyParagraphs,
  bulletAssignedParagraphs,
  bulletHeadlessParagraphs,
  bulletProblemParagraphs,
];

export const bodyItemLines = (bodyLines: SourceLine[]): SourceLine[] =>
  steps.reduce((lines, step) => step(lines), bodyLines);
