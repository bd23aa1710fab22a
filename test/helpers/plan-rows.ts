// What the plan unit tests compare: each task of a plain-text plan as a short row (its title, or the title's
// first clause, with the units it names). One helper per shape of row the tests assert on; a test file picks
// the one it needs (`import { titleRows as rows }`, or `const rows = clauseRows(/[,,。]/)` with its own cut).
import { parsePlanText } from '../../shared/plan/document.js';
import type { ParsedTask } from '../../shared/plan/types.js';

export type Row = [string, string[], string[]];
export type InferredRow = [string, string[], string[], boolean];
export type DeadlineRow = [string, string[], string[], string];
export type LeadRow = [string, string[]];

const tasksOf = (text: string): ParsedTask[] => parsePlanText(text).tasks;
/** The title up to the first separator `cut` matches (the whole title when there is none). */
const head = (title: string, cut: RegExp): string => title.split(cut)[0] ?? '';

/** [title, leads, participants]. */
export const titleRows = (text: string): Row[] => tasksOf(text).map((t) => [t.title, t.leads, t.participants]);

/** [title, leads, participants, isLeadInferred]. */
export const titleRowsInferred = (text: string): InferredRow[] => tasksOf(text).map((t) => [t.title, t.leads, t.participants, t.isLeadInferred]);

/** [the title's first clause, leads, participants]; `cut` is the test file's own set of separators. */
export const clauseRows =
  (cut: RegExp) =>
  (text: string): Row[] =>
    tasksOf(text).map((t) => [head(t.title, cut), t.leads, t.participants]);

/** [the title's first clause, leads, participants, isLeadInferred]. */
export const clauseRowsInferred =
  (cut: RegExp) =>
  (text: string): InferredRow[] =>
    tasksOf(text).map((t) => [head(t.title, cut), t.leads, t.participants, t.isLeadInferred]);

/** [the title's first clause, leads, participants, deadlineText]. */
export const clauseRowsDeadline =
  (cut: RegExp) =>
  (text: string): DeadlineRow[] =>
    tasksOf(text).map((t) => [head(t.title, cut), t.leads, t.participants, t.deadlineText]);

/** [the title's first clause, leads]. */
export const clauseLeads =
  (cut: RegExp) =>
  (text: string): LeadRow[] =>
    tasksOf(text).map((t) => [head(t.title, cut), t.leads]);
