// What a plan reader understood of a document, before anything is written.

export type UnplacedLine = {
  /** 1-based line number in the document as read. */
  line: number;
  text: string;
  /** Why it was not placed, in Chinese, for the preview. */
  reason: string;
};

export type ParsedTask = {
  /** Tree position, e.g. "7" or "2/3"; unique within the plan. */
  path: string;
  code: string;
  level: number;
  section: string;
  title: string;
  content: string;
  deadlineText: string;
  /** Department names exactly as the document spells them, after punctuation is normalised. */
  leads: string[];
  participants: string[];
  isLeadInferred: boolean;
  /** Line where the task starts, for the preview. */
  line: number;
};

export type ParsedPlan = {
  title: string;
  issuer: string;
  docNumber: string;
  tasks: ParsedTask[];
  /** Spelling in the document → canonical name, found by comparing names within the document. */
  aliases: Record<string, string>;
  unplaced: UnplacedLine[];
};
