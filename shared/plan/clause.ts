// Finds the responsibility clauses inside a task's text: `(责任单位:…)`, `[牵头单位:X;配合单位:Y]`,
// `(预期性指标,牵头单位:X;责任单位:Y)`, a trailing `牵头单位:X` line, `…,牵头部门:X。评语`,
// `(市发改委牵头,市财政局配合)`, `(A、B按职责分工负责)`, and a bracket the stored text cut off.
import { joinWrappedLabelLines } from './label-wrap.js';
import { parseResponsibility, type Responsibility } from './responsibility.js';
import { foldPunctuation } from './text.js';
import { foldLabelScript, isDepartmentLike, isTownName, looksLikeDeadline, looksLikePersonName, splitUnitList } from './unit-names.js';

export { isDepartmentLike } from './unit-names.js';

const OPEN = '(([〔【';
const CLOSE = '))]〕】';

const LABEL = /(?:主要|其他|次要)?(牵\s*头|参\s*与|配\s*合|协\s*同|协\s*办|主\s*办|主\s*责|责\s*任|落\s*实|承\s*办)\s*(责\s*任\s*)?(单\s*位|部\s*门|科\s*室|处\s*室|股\s*室|主\s*体)?\s*[::]/;

type Group = { start: number; end: number; inner: string };

/** Top-level bracket groups, nested brackets kept inside (各县(市、区)人民政府); a group the text cut off runs to the end. */
const bracketGroups = (text: string): Group[] => {
  const groups: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (OPEN.includes(ch)) {
      if (depth === 0) start = i;
      depth += 1;
    } else if (CLOSE.includes(ch) && depth > 0) {
      depth -= 1;
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  if (depth > 0 && start >= 0) groups.push({ start, end: text.length, inner: text.slice(start + 1) });
  return groups;
};

/**
 * A carry-forward note: units that join this task and every later one. The wording varies
 * (`不再逐一列出`, `不再单独列出`, `不再一一列出`), and the note may name several units
 * (`以下政策措施均需各县区人民政府、园区管委会落实`): each is a unit of its own.
 */
export const CARRY_FORWARD = [
  /以下[^,。]*?(?:均|都|各项任务)?(?:需|由|要)(.{2,40}?)(?:落实|负责|配合|参与|执行)[^。]*?不再(?:逐一|一一|单独|逐项|另行|重复)?列出/,
  /(?:均|都)涉及(.{2,20}?)[,,]\s*不再(?:做|作)?分工[,,]?\s*下同/,
];

export const carriedUnits = (text: string): string[] => {
  const folded = foldPunctuation(text);
  return CARRY_FORWARD.flatMap((re) => {
    const m = re.exec(folded);
    if (!m?.[1]) return [];
    const written = m[1].replace(/^(由|需)/, '');
    const names = splitUnitList(written);
    return names.length > 1 && names.every(isDepartmentLike) ? names : [written];
  });
};

/** A document's own rule: the unit listed first is the lead (`列第一位者为牵头单位,下同`, `首位单位为牵头单位`, `排序第一单位为牵头单位`). */
export const FIRST_LISTED_LEADS =
  /[,;]?\s*(?:(?:列|排)(?:名|在|序)?(?:第一位?|首位)|首位)(?:者|的)?(?:责任)?(?:单位|部门)?为牵头(?:或汇总)?(?:单位|部门)|第一责任单位为牵头单位/;

/** A document's own rule: with no 牵头单位 named, the 责任单位 are the leads. */
export const NO_LEAD_MEANS_ALL_LEAD = /无牵头单位的[,]?\s*责任单位即为牵头单位/;

/** `部门分工:X牵头,A、B配合。`: a line whose label names no role; the sentence after it does. */
export const DIVISION_LINE = /^\s*(?:部门|责任|任务|职责)?分工\s*[::]\s*(.+)$/;

// `区园林局为牵头单位,区财政局为配合单位` says the same as `区园林局牵头,区财政局配合`.
// `X负责牵头`, `X牵头实施` and `X牵头组织实施` say X leads as plainly as `X牵头`.
const LEAD_VERB = /(?:共同|分别|负责)?牵头(?:负责|落实|督导|推进|实施|组织实施)?$|为牵头(?:单位|部门)$/;
const JOIN_VERB = /(?:配合|参与|协同|协助|协办)(?:落实|推进)?$|为(?:配合|参与|协同|协办)(?:单位|部门)$/;
const OWN_VERB = /(?:按职责分工负责|按职责分工|按职责负责|分别负责|负责落实|共同负责|负责|落实)$/;
/** Verbs that share the work out among every unit named; a plain `负责` does not say who leads. */
const SHARED_VERB = /(?:按职责分工负责|按职责分工|按职责负责|分别负责|负责落实|共同负责)$/;

/**
 * `市发改委牵头,市财政局、市商务局配合` → leads and participants; `…等部门,区国投公司配合`: the verb covers
 * the lists before it; `A、B按职责分工负责` alone makes both leads; `由X会同Y负责` leads X with Y;
 * a plain `A、B负责` is a bare list (A leads, inferred).
 * Null when the text is not such a clause (every name must read as a unit).
 */
/** An official's post (分管副市长, 协管副秘书长, 县长): who oversees the work, not a unit. */
const LEADER_POST = /^(分管|协管|主管)?(常务)?(副)?(省长|市长|县长|区长|州长|秘书长|书记|主席|主任)$|^(分管|协管)(省|市|县|区)?领导$/;

export const parseLeadVerbForm = (raw: string, cutOff = false): Responsibility | null => {
  const text = (foldLabelScript(foldPunctuation(raw)).split('。')[0] ?? '')
    .replace(FIRST_LISTED_LEADS, '')
    .replace(/[,;]\s*下同\s*$/, '')
    .trim()
    .replace(/[,;、\s]+$/, '');
  const together = /^由?(.+?)会同(.+?)(?:共同)?负责(?:落实)?$/.exec(text);
  if (together?.[1] && together[2]) {
    const leads = splitUnitList(together[1]);
    const participants = splitUnitList(together[2]);
    if (leads.length > 0 && [...leads, ...participants].every((n) => isDepartmentLike(n) || isTownName(n))) return { leads, participants, isLeadInferred: false };
  }
  // `(A,B,C,排名第一位为牵头单位,下同)`: a plain list that carries the document's rule with it.
  if (FIRST_LISTED_LEADS.test(raw.replace(/牽頭/g, '牵头'))) {
    const names = splitUnitList(text.replace(/,/g, '、'));
    if (names.length > 0 && names.every(isDepartmentLike)) return { leads: names.slice(0, 1), participants: names.slice(1), isLeadInferred: false };
  }
  const leads: string[] = [];
  const participants: string[] = [];
  const owners: string[] = [];
  let isSharedOut = false;
  let pending: string[] = [];
  const segments = text.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
  for (const [at, segment] of segments.entries()) {
    // `(X牵头,A配合,2024年底前完成)`: the deadline shares the bracket; it names no unit.
    if (looksLikeDeadline(segment)) continue;
    const verb = LEAD_VERB.exec(segment) ?? JOIN_VERB.exec(segment) ?? OWN_VERB.exec(segment);
    // `由X负责`, `具体由X牵头实施`: 由 introduces the unit, it is no part of its name.
    const written = splitUnitList((verb ? segment.slice(0, verb.index) : segment).replace(/^(?:具体|主要)?由/, ''));
    // The last name of a bracket the page cut off may be cut mid-word (`省`): it is not read.
    const names = cutOff && at === segments.length - 1 && !verb ? written.filter(isDepartmentLike) : written;
    if (cutOff && at === segments.length - 1 && names.length === 0) break;
    // `分管副省长、协管副秘书长负责` before the units: officials in charge, not units; left to the reader.
    if (verb && names.length > 0 && names.every((n) => LEADER_POST.test(n))) continue;
    // A person before 牵头 (`张三牵头,A、B配合`) is read and flagged for the user (unitDoubt), so the units
    // after it are not lost with the clause.
    const isLeadSegment = verb !== null && LEAD_VERB.test(segment);
    if (names.length === 0 || !names.every((n) => isDepartmentLike(n) || (verb !== null && isTownName(n)) || (isLeadSegment && looksLikePersonName(n)))) return null;
    if (!verb) {
      pending.push(...names);
      continue;
    }
    const target = LEAD_VERB.test(segment) ? leads : JOIN_VERB.test(segment) ? participants : owners;
    if (target === owners && SHARED_VERB.test(segment)) isSharedOut = true;
    target.push(...pending, ...names);
    pending = [];
  }
  // Names after the last verb: a bracket the page cut off (`…牵头,省工业和信息化厅、省`) still has its lead.
  if (pending.length > 0 && (leads.length === 0 || !cutOff)) return null;
  if (leads.length > 0) return { leads, participants: [...participants, ...owners], isLeadInferred: false };
  if (owners.length > 0 && isSharedOut) return { leads: owners, participants, isLeadInferred: false, isShared: true };
  // `A、B、C负责` names no lead: a bare list, whose first unit is taken as lead (domain rule; a
  // document's own `列第一位者为牵头单位` makes that certain, `无牵头单位的,责任单位即为牵头单位` makes all lead).
  // `由X负责,Y配合`: beside units named as helping, the unit that is responsible leads, in so many words.
  if (owners.length > 0 && participants.length > 0) return { leads: owners, participants, isLeadInferred: false };
  if (owners.length > 0) return { leads: owners.slice(0, 1), participants: [...owners.slice(1), ...participants], isLeadInferred: true };
  return null;
};

const DEADLINE_SEGMENT = /[,,;;]?\s*(完成时限|完成时间|完成期限|时间节点|时限要求|时间要求)\s*[::][^;;))\]]*/g;

/**
 * `责任部门:市房管局牵头,市民政局配合。`: a label that names no role (责任单位/责任部门/落实单位…) whose
 * list is written as a sentence with its own verbs. The verbs decide, as they do without a label;
 * read as a plain list, `市房管局牵头` would become a unit's name.
 */
const BARE_LABEL_SENTENCE = /^\s*(?:责任|落实|承办)(?:单位|部门|科室|处室|股室)\s*[::]\s*([^;]+?)\s*$/;
/** The sentence opens with a role verb (`X牵头,…`); `A、B,A为牵头单位` is a list with a mark instead. */
const ROLE_VERB = /^[^,;]*?(?:牵头|配合|参与|协同|协办|会同)/;

/** Parses a labelled clause after removing deadline segments that share its brackets. */
const parseLabelled = (text: string): Responsibility => {
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

export type Clause = {
  responsibility: Responsibility;
  rest: string;
  /** The clause text as it stands in the task (the first one, when there are several). */
  raw: string;
  /** Every clause text found, to take out of the task's content. */
  raws: string[];
  /** Units a carry-forward note inside the clause adds to this task and every later one. */
  carried: string[];
};

const hasNames = (r: Responsibility): boolean => r.leads.length + r.participants.length > 0;

const merge = (all: Responsibility[]): Responsibility => {
  const leads = [...new Set(all.flatMap((r) => r.leads))];
  const participants = [...new Set(all.flatMap((r) => r.participants))].filter((p) => !leads.includes(p));
  return { leads, participants, isLeadInferred: all.every((r) => r.isLeadInferred), isShared: all.every((r) => r.isShared === true) };
};

/** The clause without its carry-forward note, whose words name no unit of this clause (they are `carried`). */
const withoutCarryForward = (text: string): string => CARRY_FORWARD.reduce((t, re) => t.replace(re, ''), foldPunctuation(text)).replace(/[,;、\s]+$/, '');

const groupResponsibility = (inner: string, cutOff: boolean): Responsibility | null => {
  const folded = foldLabelScript(withoutCarryForward(inner));
  const label = LABEL.exec(folded);
  if (label) return parseLabelled(folded.slice(label.index));
  if (/牵头|负责|配合|参与|落实/.test(folded)) return parseLeadVerbForm(folded, cutOff);
  return null;
};

/**
 * A unit named in a bare bracket with no label or verb: the ends only a unit has (not 园/区/城, which end
 * places and projects too: `(含口袋公园)`).
 */
const BARE_UNIT = /^[\u4e00-\u9fff()()]{2,30}(局|委|办|院|厅|中心|公司|政府|馆|队|站|所|股|科|集团|办公室|管委会|街道|办事处|部|部门|处|室|银行|海关|工会|妇联|团委|残联|科协|单位)$/;

/** Finds the responsibility clauses of a task text; `rest` is the text without them. */
export const findResponsibilityClause = (raw: string): Clause | null => {
  const text = foldPunctuation(raw);
  const carried = carriedUnits(text);
  const found = bracketGroups(text)
    .map((g) => ({ g, r: groupResponsibility(g.inner, g.end === text.length && !CLOSE.includes(text[text.length - 1] ?? '')) }))
    .filter((x): x is { g: Group; r: Responsibility } => x.r !== null && hasNames(x.r));
  if (found.length > 0) {
    let rest = text;
    for (const { g } of [...found].reverse()) rest = rest.slice(0, g.start) + rest.slice(g.end);
    const raws = found.map(({ g }) => text.slice(g.start, g.end));
    return { responsibility: merge(found.map((x) => x.r)), rest: rest.trim(), raw: raws[0] ?? '', raws, carried };
  }
  // `…加快区属企业上市步伐。(区发改局、金融办)`: a closing bracket that holds nothing but units is a
  // bare 责任单位 list (the first unit leads, inferred, unless the document's rule says so).
  const last = bracketGroups(text).pop();
  if (last && /^[。;,.\s]*$/.test(text.slice(last.end)) && last.start > 0) {
    const names = splitUnitList(last.inner);
    if (names.length > 0 && names.every((n) => BARE_UNIT.test(n) && !/^(含|包括|不含|如|即|其中|重点)/.test(n))) {
      const raw = text.slice(last.start, last.end);
      const responsibility = { leads: names.slice(0, 1), participants: names.slice(1), isLeadInferred: true };
      return { responsibility, rest: (text.slice(0, last.start) + text.slice(last.end)).trim(), raw, raws: [raw], carried };
    }
  }
  // A line `部门分工:省发展改革委牵头,各地、各部门配合。`: the label names no role, the sentence does.
  for (const line of text.split('\n').reverse()) {
    const m = DIVISION_LINE.exec(foldLabelScript(line));
    const responsibility = m?.[1] ? parseLeadVerbForm(m[1]) : null;
    if (responsibility && hasNames(responsibility)) {
      const rest = text.replace(line, '').trim();
      return { responsibility, rest, raw: line, raws: [line], carried };
    }
  }
  // Labels outside brackets, on their own lines at the end or after a sentence end:
  // "…。牵头单位:X;配合单位:Y", or "牵头单位:X" and "配合单位:Y" on two lines.
  const startsWithLabel = (line: string): boolean => LABEL.exec(foldLabelScript(line.trim()))?.index === 0;
  const wrapped = joinWrappedLabelLines(text.split('\n'), startsWithLabel);
  const lines = wrapped.map((w) => w.text);
  // The run of label lines may be followed by lines with no label at all (the page's 印发 line, a page
  // number, a remark): the run is still read whole, not just its last line.
  let end = lines.length;
  while (end > 0 && !startsWithLabel(lines[end - 1] ?? '') && !LABEL.test(foldLabelScript(lines[end - 1] ?? ''))) end -= 1;
  let first = end;
  while (first > 0 && startsWithLabel(lines[first - 1] ?? '')) first -= 1;
  if (first < end) {
    const rawLines = wrapped.slice(first, end).map((w) => w.original).join('\n');
    const responsibility = parseLabelled(foldLabelScript(lines.slice(first, end).join(';')));
    const rest = [...lines.slice(0, first), ...lines.slice(end)].join('\n').trim();
    if (hasNames(responsibility)) return { responsibility, rest, raw: rawLines, raws: [rawLines], carried };
  }
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = foldLabelScript(lines[i] ?? '');
    const m = LABEL.exec(line);
    if (!m) continue;
    // A label after a sentence end, a comma (`…工程,牵头部门:X。`) or a space between fields; a label
    // mid-sentence is prose.
    const before = line.slice(0, m.index);
    if (before.trim().length > 0 && !/[。;!?,]\s*$/.test(before) && !/\s$/.test(before)) continue;
    const after = line.slice(m.index);
    const stop = after.indexOf('。');
    const clauseText = stop >= 0 ? after.slice(0, stop + 1) : after;
    const responsibility = parseLabelled(clauseText);
    if (!hasNames(responsibility)) continue;
    const remark = stop >= 0 ? after.slice(stop + 1).trim() : '';
    const rest = [...lines.slice(0, i), before.trim().replace(/[,]$/, ''), remark].filter(Boolean).join('\n').trim();
    return { responsibility, rest, raw: clauseText, raws: [clauseText], carried };
  }
  return trailingVerbClause(text, carried);
};

/**
 * No bracket and no label: the task's last sentence, or its last comma-separated part, written as units
 * and role verbs only: `…。县商务局牵头,县财政局、县税务局配合。`, `…,县农业农村局牵头落实。`,
 * `由县人社局会同县教育局负责。`, `A、B按职责分工负责。`, on the task's line or on a line of its own.
 * The longest such ending is taken; a part with any word that is not a unit (`推进乡村振兴`) stops it,
 * so prose that merely mentions a unit doing something is not read as the task's assignment.
 */
/** The document's 版记 after its last task (`…办公室 2023年3月1日印发`): not the task's last sentence. */
const IMPRINT_TAIL = /\n[^\n]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发\s*$/;

const trailingVerbClause = (full: string, carried: string[]): Clause | null => {
  const text = full.replace(IMPRINT_TAIL, '');
  const body = text.replace(/[。;.\s]+$/, '');
  const sentenceStart = Math.max(body.lastIndexOf('。'), body.lastIndexOf('\n')) + 1;
  const sentence = body.slice(sentenceStart);
  if (!/牵头|负责|配合|参与|协同|协助|协办|落实/.test(foldLabelScript(sentence))) return null;
  const cuts = [0, ...[...sentence.matchAll(/[,;]/g)].map((m) => (m.index ?? 0) + 1)];
  for (const cut of cuts) {
    const start = sentenceStart + cut;
    const rest = body.slice(0, start).replace(/[,;。\s]+$/, '').trim();
    // A task that is nothing but its assignment has no title left: not this shape.
    if (rest.length === 0) continue;
    // With its full stop, so the task's content keeps nothing of it.
    const raw = text.slice(start).trim();
    const responsibility = parseLeadVerbForm(raw);
    if (responsibility && hasNames(responsibility)) return { responsibility, rest, raw, raws: [raw], carried };
  }
  return null;
};
