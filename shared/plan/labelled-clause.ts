// A responsibility clause that carries labels (`(牵头单位:X;配合单位:Y)`, `责任单位:A、B`, `责任部门:X牵头,Y配合`),
// read for clause.ts: where the labels start, deadlines that share the bracket, a lead verb before the
// first label, and a list that names its lead after it.
import { parseLeadVerbForm } from './lead-verbs.js';
import { ACTING_PARTY_LABELS, SUPERVISING_PARTY_LABELS } from './party-labels.js';
import { parseResponsibility, type Responsibility } from './responsibility.js';
import { splitUnitList } from './unit-names.js';
import { alternatives, BARE_ROLES, EACH_OWN_WORDS, FIX_QUALIFIER, JOIN_ROLES, LEAD_ROLES, UNIT_WORDS } from './role-words.js';

/** A word that may be typed with spaces between its characters (`牵 头 单 位:`). */
const spaced = (word: string): string => [...word].join('\\s*');
const spacedAlternatives = (words: readonly string[]): string => alternatives(words.map(spaced));
// `主体责任:X,监督责任:Y` (party-labels.ts), only where no word runs into it (`落实企业主体责任:` is a phrase).
const PARTY_LABEL = `(?<![\\u4e00-\\u9fffA-Za-z0-9])(?:${alternatives([...ACTING_PARTY_LABELS, ...SUPERVISING_PARTY_LABELS])})`;
/** Role words that are a label alone, with no unit word after them (`牵头:`, `配合:`, `责任:`). */
const ALONE = ['牵头', '参与', '参加', '协作', '协助', '配合', '协同', '协办', '主办', '主责', '责任', '落实', '承办'];

// Every role word of role-words.ts with its unit word; other issuers' words for a bare list (`实施单位:`,
// `主管部门:`, `具体责任单位:`) need their unit word: `实施:` is no label.
export const LABEL = new RegExp(
  `(?:主要|其他|次要|具体|工作)?(?:(?:${FIX_QUALIFIER})?(?:${spacedAlternatives([...LEAD_ROLES, ...JOIN_ROLES, ...BARE_ROLES])})\\s*(?:责\\s*任\\s*|负\\s*责\\s*|落\\s*实\\s*)?(?:${spacedAlternatives(UNIT_WORDS)})|(?:${spacedAlternatives(ALONE)})|${PARTY_LABEL})\\s*[::]`,
);

const DEADLINE_SEGMENT = /[,,;;]?\s*(完成时限|完成时间|完成期限|时间节点|时限要求|时间要求)\s*[::][^;;))\]]*/g;

/**
 * `责任部门:市房管局牵头,市民政局配合。`: a label that names no role (责任单位/责任部门/落实单位…) whose
 * list is written as a sentence with its own verbs. The verbs decide, as they do without a label;
 * read as a plain list, `市房管局牵头` would become a unit's name.
 */
const BARE_LABEL_SENTENCE = /^\s*(?:具体|工作)?(?:责任|落实|承办|实施|承担|执行|主管|负责)(?:单位|部门|科室|处室|股室)\s*[::]\s*([^;]+?)\s*$/;
/** The sentence opens with a role verb (`X牵头,…`); `A、B,A为牵头单位` is a list with a mark instead. */
const ROLE_VERB = new RegExp(`^[^,;]*?(?:牵头|配合|参与|参加|协同|协办|会同|${alternatives(EACH_OWN_WORDS)})`);

/** Parses a labelled clause after removing deadline segments that share its brackets. */
export const parseLabelled = (text: string): Responsibility => {
  const sentence = BARE_LABEL_SENTENCE.exec(text.replace(DEADLINE_SEGMENT, ''));
  if (sentence?.[1] && ROLE_VERB.test(sentence[1])) {
    // A line the page cut off (`X牵头,A、市监` at the end of the text) still names its lead.
    const read = parseLeadVerbForm(sentence[1]) ?? parseLeadVerbForm(sentence[1], true);
    if (read && read.leads.length > 0) return read;
  }
  const r = parseResponsibility(text.replace(DEADLINE_SEGMENT, ''));
  const keep = (names: string[]): string[] => names.filter((n) => !/[::]/.test(n) && n.length <= 40);
  return { ...r, leads: keep(r.leads), participants: keep(r.participants) };
};

/**
 * `(责任单位:A、B,A牵头)`: a bare list followed by the one of its units that leads. Without the note the first
 * unit would be taken by inference and `A牵头` read as a unit's name.
 */
const leadNamedAfter = (text: string, read: Responsibility): Responsibility => {
  const named = /[,;]\s*([^,;::]+?)(?:牵头|为牵头单位|为牵头部门)\s*[。]?\s*$/.exec(text);
  const leads = named?.[1] ? splitUnitList(named[1]) : [];
  const all = [...read.leads, ...read.participants].filter((n) => !leads.some((l) => n === `${l}牵头` || n.startsWith(`${l}为牵头`)));
  if (leads.length === 0 || !leads.every((l) => all.includes(l))) return read;
  return { leads, participants: all.filter((n) => !leads.includes(n)), isLeadInferred: false };
};

/**
 * The clause read from its first label on; a lead verb before that label (`(X牵头;配合单位:Y)`) is the lead.
 * Null when the text has no label.
 */
export const labelledClause = (text: string): Responsibility | null => {
  const label = LABEL.exec(text);
  if (!label) return null;
  const read = leadNamedAfter(text, parseLabelled(text.slice(label.index)));
  const before = text.slice(0, label.index).replace(/[,;\s]+$/, '');
  const verbFirst = before ? parseLeadVerbForm(before) : null;
  if (!verbFirst || verbFirst.leads.length === 0 || read.leads.length > 0) return read;
  return { leads: verbFirst.leads, participants: [...verbFirst.participants, ...read.participants.filter((n) => !verbFirst.leads.includes(n))], isLeadInferred: false };
};
