// What a plan reader understood of a document, before anything is written.
import type { IndicatorAttribute } from './attribute.js';

export type UnplacedKind =
  /** Site navigation, adverts, disclaimers, repeated lines: skipped on purpose. */
  | 'noise'
  /** Read but deliberately not turned into tasks (review, guiding principles, safeguards). */
  | 'skipped'
  /** Could not be placed: the office should look at it. */
  | 'unplaced';

export type UnplacedLine = {
  /** 1-based line number in the document as read (paragraph number for .docx, row for .xlsx). */
  line: number;
  text: string;
  /** Why it was not placed, in Chinese, for the preview. */
  reason: string;
  kind?: UnplacedKind;
  /** A task the office took out in the preview (task-corrections.ts): its path, so it can be put back. */
  taskPath?: string;
};

export type Recurrence = {
  every: 'year' | 'half' | 'quarter' | 'month';
  /** Month of the year (1–12) for yearly recurrences, when given. */
  month?: number;
  /** Day of the month, when given; 31 stands for "月底". */
  day?: number;
};

export type ParsedDeadline = {
  text: string;
  /** ISO date (YYYY-MM-DD) of the latest date the text names, or null. */
  date: string | null;
  recurrence: Recurrence | null;
  /** 长期坚持 / 持续推进: no end date by design. */
  isOngoing: boolean;
};

export type ParsedTask = {
  /** Tree position, e.g. "7" or "2/3"; unique within the plan. */
  path: string;
  code: string;
  level: number;
  /** Titles of the sections above the task, outermost first, joined with " / ". */
  section: string;
  title: string;
  content: string;
  deadlineText: string;
  deadline?: ParsedDeadline;
  /** Department names exactly as the document spells them, after punctuation is normalised. */
  leads: string[];
  participants: string[];
  isLeadInferred: boolean;
  /** Line where the task starts, for the preview. */
  line: number;
  /** The plain text built-in columns' cells by storage name (shared/plan/task-columns.ts), when the table has them. */
  cells?: Record<string, string>;
  /** Cells of the table's other columns (备注, 责任领导 …) by header, kept as the office's own columns. */
  extra?: Record<string, string>;
};

/** A heading that groups tasks without being a task itself (一、… or (一)… above numbered tasks). */
export type ParsedSection = {
  path: string;
  code: string;
  level: number;
  title: string;
  line: number;
};

export type Comparator = '>=' | '>' | '<=' | '<' | '=' | 'range';

export type ParsedTarget = {
  text: string;
  comparator: Comparator | null;
  low: number | null;
  high: number | null;
  /** Unit written with the value (%, 家, 个…), when any. */
  unit: string;
  /** `—`, `/`, `无` or empty: the document says there is no value. */
  isNone: boolean;
};

export type ParsedIndicator = {
  /** Order within the document, 1-based. */
  seq: number;
  /** Title of the table it came from (表一:…), when the document gives one. */
  table: string;
  category: string;
  name: string;
  unit: string;
  baseline: ParsedTarget;
  target: ParsedTarget;
  /** A value reported as achieved (完成情况), for tables that review a finished period. */
  achieved: ParsedTarget | null;
  attribute: IndicatorAttribute | null;
  owner: string;
  line: number;
  /** The task the document places the indicator under or names it in (see indicator-links.ts); null when none. */
  taskPath?: string | null;
};

export type PlanFormat = 'text' | 'docx' | 'xlsx';

export type ParsedPlan = {
  title: string;
  issuer: string;
  docNumber: string;
  /** Date the document was issued or published (YYYY-MM-DD), when found. */
  issuedOn?: string;
  tasks: ParsedTask[];
  sections?: ParsedSection[];
  indicators?: ParsedIndicator[];
  /** Spelling in the document → canonical name, found by comparing names within the document. */
  aliases: Record<string, string>;
  unplaced: UnplacedLine[];
  /** Plain-language notes about what the reader did (e.g. "未找到责任单位"). */
  notes?: string[];
  /** Where the tasks came from: an attached decomposition table or the numbered body text. */
  taskSource?: 'table' | 'body' | 'none';
  /** False when no task names any responsible unit. */
  hasResponsibility?: boolean;
  /** Headers of the table's columns the importer does not know, in table order: they become custom columns. */
  extraColumns?: string[];
};
