// The body's lines made into items before the body reader sees them: each step restores an item boundary a
// copy of the document lost (document.ts). Order matters: chunks are joined before anything is cut, label
// values are joined to their labels before items are found by the fields under them, and a run-on
// paragraph is cut before its sentences are split at their brackets.
import type { SourceLine } from './body.js';
import { splitAtAssignedSentences } from './bracket-sentences.js';
import { joinLabelValues } from './label-values.js';
import { splitAtMidBrackets } from './mid-brackets.js';
import { splitAboutItems } from './about-items.js';
import { moveLeadingBrackets } from './leading-bracket.js';
import { bulletUnnumberedPoints } from './point-lines.js';
import { joinPreviewChunks } from './preview-chunks.js';
import { splitRunOnItems } from './run-on.js';
import { splitCircledRun } from './circled-runs.js';
import { splitShiItems } from './shi-items.js';
import { numberSpacedItems } from './spaced-numbers.js';
import { numberRecordItems } from './record-items.js';
import { numberProblemRecords } from './problem-records.js';
import { numberComplaintReplies } from './complaint-replies.js';
import { numberItemsAboveFields } from './unnumbered-items.js';
import { numberUnitDutyLines } from './unit-duty-lines.js';
import { splitUnitDutySentences } from './unit-duty-sentences.js';
import { splitUnitSubjectSentences } from './unit-subject-sentences.js';
import { joinUnitStops } from './unit-stop-duties.js';
import { flattenPartHeadings } from './part-headings.js';

export const bodyItemLines = (bodyLines: SourceLine[]): SourceLine[] => {
  const joined = joinLabelValues(numberComplaintReplies(numberProblemRecords(numberRecordItems(bulletUnnumberedPoints(numberSpacedItems(joinPreviewChunks(bodyLines)))))));
  return splitAboutItems(splitAtMidBrackets(moveLeadingBrackets(numberUnitDutyLines(splitUnitSubjectSentences(splitUnitDutySentences(flattenPartHeadings(numberItemsAboveFields(joinUnitStops(joined))))))).flatMap(splitRunOnItems).flatMap(splitCircledRun).flatMap(splitShiItems))).flatMap(splitAtAssignedSentences);
};
