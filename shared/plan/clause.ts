// Finds the responsibility clauses inside a task's text: `(责任单位:…)`, `[牵头单位:X;配合单位:Y]`,
// `(预期性指标,牵头单位:X;责任单位:Y)`, a trailing `牵头单位:X` line, `…,牵头部门:X。评语`,
// `(市发改委牵头,市财政局配合)`, `(A、B按职责分工负责)`, and a bracket the stored text cut off.
import { IMPRINT_TAIL } from './imprint.js';
import { BARE_ORGANISATION } from './sector-departments.js';
import { joinWrappedLabelLines } from './label-wrap.js';
import { DIVISION_LINE, parseLeadVerbForm } from './lead-verbs.js';
import { applyLeadMarks, markedUnitList, markOf, withoutMark } from './lead-marks.js';
import { LABEL, labelledClause, parseLabelled } from './labelled-clause.js';
import { bareList, OTHER_FIELD_WORD, type Responsibility } from './responsibility.js';
import { foldPunctuation } from './text.js';
import { alternatives, EACH_OWN_WORDS } from './role-words.js';
import { foldLabelScript, isDepartmentLike, isUnitInList, splitUnitList } from './unit-names.js';
import { leadingVerbClause } from './leading-verb.js';
import { subjectUnits } from './subject-units.js';
import { assignedParts } from './assigned-parts.js';
import { clauseSubjectLead } from './clause-subject.js';
import { topicThenAssignment } from './topic-clause.js';
import { topicColonUnits } from './topic-colon-units.js';
import { leadingUnits } from './leading-units.js';
import { commaAfterGluedLead, verbThenBareList } from './verb-and-label.js';
import { unitListLine } from './unit-list-line.js';
import { wrappedOrFundedBracket } from './funding-clause.js';
import { organisedByClause } from './organised-by.js';
import { proseRoles } from './prose-roles.js';
import { titledShiClause } from './shi-subjects.js';
import { designatedRoles } from './designated-roles.js';
import { placeSubjects } from './place-subjects.js';

export { isDepartmentLike } from './unit-names.js';

const OPEN = '(([〔【';
const CLOSE = '))]〕】';

type Group = { start: number; end: number; inner: string };

/** Top-level bracket groups, nested brackets kept inside (各县(市、区)人民政府); a group the text cut off runs to the end. */
export const bracketGroups = (text: string): Group[] => {
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

/** `相关乡镇政府为责任主体,以下不再列出`: the units named as the body answerable for every item. */
const ANSWERABLE_CARRY = /(?<=^|[,;。(])([^,;。()]{2,30}?)(?:均)?为责任主体[,;]\s*以下[^。]{0,8}?不再(?:逐一|一一|单独|逐项|另行|重复)?列出/;

/**
 * A carry-forward note: units that join this task and every later one. The wording varies
 * (`不再逐一列出`, `不再单独列出`, `不再一一列出`), and the note may name several units
 * (`以下政策措施均需各县区人民政府、园区管委会落实`): each is a unit of its own.
 */

export const CARRY_FORWARD = [
  /以下[^,。]*?(?:均|都|各项任务)?(?:需|由|要)(.{2,40}?)(?:落实|负责|配合|参与|执行)[^。]*?不再(?:逐一|一一|单独|逐项|另行|重复)?列出/,
  // The units first, the 以下 after them: `各项政策措施均需X、Y落实,以下不再列出`.
  /(?<=^|[,;。])[^,;。]{0,12}?(?:均|都)(?:需|由|要)(.{2,40}?)(?:落实|负责|配合|参与|执行)[,;]\s*以下[^。]{0,8}?不再(?:逐一|一一|单独|逐项|另行|重复)?列出/,
  /(?:均|都)涉及(.{2,20}?)[,,]\s*不再(?:做|作)?分工[,,]?\s*下同/,
  ANSWERABLE_CARRY,
];

/** Whether the text's carry-forward note names the units answerable for every item, who then lead them. */
export const carriesLeads = (text: string): boolean => ANSWERABLE_CARRY.test(foldPunctuation(text));

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
  // Each sentence's own one-unit bracket (`…标准。(区卫健委负责)…限量标准。(区农业农村局负责)`): each unit answers
  // for its part, in so many words, so together they lead; no first unit is taken by inference.
  const onePerPart = all.length > 1 && all.every((r) => r.leads.length === 1 && r.participants.length === 0);
  return { leads, participants, isLeadInferred: all.every((r) => r.isLeadInferred) && !onePerPart, isShared: all.every((r) => r.isShared === true) };
};

/** The clause without its carry-forward note, whose words name no unit of this clause (they are `carried`). */
const withoutCarryForward = (text: string): string => CARRY_FORWARD.reduce((t, re) => t.replace(re, ''), foldPunctuation(text)).replace(/[,;、\s]+$/, '');

/** Verbs a task's sentence opens with and a unit's name does not (发展改革局, 综合执法局 and 建设局 stay units). */
const OPENS_WITH_VERB = /^(开工|续建|新建|改扩建|扩建|改建|建设|着力|培育|深化|优化|完善|健全|促进|强化|扩大|提高|巩固|持续|大力|积极|加大|坚持|支持|引导|严格|完成|建成|推进|开展|加强|加快|提升|打造|改造|创建|实施|落实|推动|启动|组织|做好|抓好|确保)/;

/** A word that says a unit's part in the work: a clause with none of them is no assignment (parseLeadVerbForm judges the rest). */
const ROLE_WORDS = new RegExp(`${/牵头|负责|配合|参与|参加|协同|协助|协作|协办|承办|主办|会同|落实|统筹|主抓|负总责|共同推进|为责任(?:单位|部门)|按照?职责分工/.source}|${alternatives(EACH_OWN_WORDS)}`);

export const groupResponsibility = (inner: string, cutOff: boolean): Responsibility | null => {
  const folded = commaAfterGluedLead(foldLabelScript(withoutCarryForward(inner)));
  const pair = verbThenBareList(folded, cutOff);
  if (pair) return pair;
  const labelled = labelledClause(folded);
  if (labelled) return labelled;
  const marked = markedList(folded);
  if (marked) return marked;
  if (ROLE_WORDS.test(folded)) return parseLeadVerbForm(folded, cutOff) ?? wrappedOrFundedBracket(folded, cutOff);
  return null;
};

/** `(A、X(牵头)、B)`, `(X*、A)`: units only, the lead marked inside the list (towns and shortened names count). */
const markedList = (inner: string): Responsibility | null =>
  markedUnitList(splitUnitList(inner), (n, all) => isUnitInList(n, all) || BARE_COLLECTIVE.test(n) || /^(各|相关|有关|[市区县]直)/.test(n));

/**
 * A unit named in a bare bracket with no label or verb: the ends only a unit has (not 园/区/城, which end
 * places and projects too: `(含口袋公园)`); people's organisations (妇女联合会, 个体劳动者协会), state farms
 * and forests (国有林场), prisons, state firms (区属国有企业).
 */
// 领导小组/工作组/专班/指挥部: a task's own body of people set up for it (`(白石水库征迁工作领导小组)`); a
// 委员会 or 安委会 (`(各县区(开发区)安委会)`) too.
const BARE_UNIT = /^[\u4e00-\u9fff()()]{1,30}(局|委|办|院|厅|中心|公司|政府|馆|队|站|所|股|科|集团|办公室|管委会|街道|办事处|部|部门|处|室|银行|分行|支行|海关|工会|妇联|团委|残联|科协|侨联|文联|社科联|工商联|台联|台联会|联合会|协会|商会|红十字会|气象台|电视台|党校|中学|小学|公路段|科技城|单位|领导小组|工作组|工作小组|专班|指挥部|委员会|安委会|林场|农场|牧场|渔场|茶场|监狱|国有企业|合作社|供销社)$/;

const BARE_COLLECTIVE = /^(各(街道|镇街|乡镇|镇|乡|县区|区县|区|县|县市区|园区)|(区|县|市)?(级)?(各)?(相关|有关)(部门|单位)|各成员单位)$/;

/** A line of a field beside the units that names none of them: a person, a deadline, a phone number. */
const OTHER_FIELD = new RegExp(`^\\s*${OTHER_FIELD_WORD}\\s*[::]`);

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
  // The bracket closes a line of the task (a 进展情况: line of a progress report may follow it).
  // Not when a labelled line follows (the labels say who does it), nor inside a labelled line, where the
  // bracket is part of a unit's name (`牵头单位:县发改局(粮食局)`).
  const labelled = (part: string): boolean => /(牵头|责任|配合|参与|协同|主办|协办)(单位|部门)?[::]/.test(part.replace(/\s+/g, ''));
  const last = bracketGroups(text)
    .filter((g) => /^[。;,.\t ]*(\n|$)/.test(text.slice(g.end)) && !labelled(text.slice(g.end)))
    .filter((g) => !labelled(text.slice(text.lastIndexOf('\n', g.start) + 1, g.start)))
    // `办公室(市创城办)`: a bracket right after a unit's name, alone on its line, is that unit's short name —
    // unless the words before it open with a task's verb (`开工建设老年大学(县民政局)`, `建设民俗公园(…)`):
    // they end like a unit (大学, 公园, 核心区) but are the work; nor when the bracket lists several units (a
    // short name is one name).
    .filter((g) => {
      const before = text.slice(text.lastIndexOf('\n', g.start) + 1, g.start).trim();
      // Words with a list or a quotation in them (`主动对接“一地六县”、安徽自贸区芜湖片区`) are no one unit's name.
      return !isDepartmentLike(before) || /[、,,;;“”"]/.test(before) || (before.length > 4 && OPENS_WITH_VERB.test(before)) || /[、,,;;]/.test(g.inner) || splitUnitList(g.inner).length > 1;
    })
    .pop();
  if (last && last.start > 0) {
    const names = splitUnitList(last.inner);
    // Collective names (各街道, 各镇, 区级相关部门) join a list once one unit in it is named outright.
    // A role word (`(配合单位)` after a list, a unit's mark) is no unit, so it is no bare list either.
    // A unit with its short name in a bracket of its own (`发改局(服务业发展局)`) is judged by its name.
    const isBare = (n: string): boolean => (BARE_UNIT.test(n.replace(/[((][^()()]{2,20}[))]$/, '')) || BARE_ORGANISATION.test(n)) && isDepartmentLike(n) && !/^(含|包括|不含|如|即|其中|重点)/.test(n);
    // Beside one such unit, the rest may be any unit's name: a town (`凤城镇`), a zone (`立山经济开发区`), a
    // bank's branch, a group (`各地`, `相关街道`) — the list says what its items are.
    const isListed = (n: string): boolean => isUnitInList(n, names) && !/^(含|包括|不含|如|即|其中|重点)/.test(n);
    if (names.length > 0 && names.every((n) => isBare(n) || BARE_COLLECTIVE.test(n) || isListed(n)) && names.some(isBare)) {
      const raw = text.slice(last.start, last.end);
      const responsibility = bareList(names);
      return { responsibility, rest: (text.slice(0, last.start) + text.slice(last.end)).trim(), raw, raws: [raw], carried };
    }
  }
  // The task's last line, or its part after the last sentence end, naming units that each carry their
  // role mark and no label (`区教育局(牵头单位)、区财政局(配合单位)`): the marks say who leads.
  // (The document's 印发 line after the last task is not its last line.)
  const lastLine = text.replace(IMPRINT_TAIL, '').split('\n').pop() ?? '';
  const tail = (lastLine.split('。').filter((p) => p.trim().length > 0).pop() ?? '').trim();
  const marked = splitUnitList(tail);
  const names = marked.map(withoutMark);
  const isMarkedUnit = (n: string): boolean => markOf(n) !== null && !/[::]/.test(n) && isUnitInList(withoutMark(n), names);
  if (marked.length > 0 && marked.every(isMarkedUnit) && marked.some((n) => markOf(n) === 'lead')) {
    const responsibility = applyLeadMarks({ leads: marked, participants: [], isLeadInferred: false });
    return { responsibility, rest: text.slice(0, text.lastIndexOf(tail)).trim(), raw: tail, raws: [tail], carried };
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
  // A field that names no unit (`责任人:张伟`, `完成时限:…`) between two label lines does not end the run.
  const isField = (i: number): boolean => OTHER_FIELD.test(lines[i] ?? '') && i > 0 && startsWithLabel(lines[i - 1] ?? '');
  while (first > 0 && (startsWithLabel(lines[first - 1] ?? '') || isField(first - 1))) first -= 1;
  if (first < end) {
    const inRun = lines.slice(first, end);
    const rawLines = wrapped.slice(first, end).map((w) => w.original).join('\n');
    const responsibility = parseLabelled(foldLabelScript(inRun.filter((l) => !OTHER_FIELD.test(l)).join(';')));
    const rest = [...lines.slice(0, first), ...inRun.filter((l) => OTHER_FIELD.test(l)), ...lines.slice(end)].join('\n').trim();
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
  // Last, `宣传部负责媒体宣传…。`: units as the item's subject (subject-units.ts); nothing is taken out.
  return organisedByClause(text, carried) ?? titledShiClause(text, carried) ?? trailingVerbClause(text, carried) ?? leadingVerbClause(text, carried) ?? topicThenAssignment(text, carried) ?? leadingUnits(text, carried) ?? trailingUnits(text, carried) ?? topicColonUnits(text, carried) ?? subjectUnits(text, carried) ?? assignedParts(text, carried) ?? clauseSubjectLead(text, carried) ?? proseRoles(text, carried) ?? designatedRoles(text, carried) ?? placeSubjects(text, carried);
};

/**
 * `推进重大项目建设。 区发改局、区财政局`: the units alone after the sentence's end and a space, as a row of a
 * table whose borders and header were lost prints them. A bare list: the first unit leads, by inference.
 */
const trailingUnits = (text: string, carried: string[]): Clause | null => {
  const first = text.trim().split('\n')[0] ?? '';
  const m = /[。;]\s+([^\s。;]{2,60})$/.exec(first);
  const names = m?.[1] ? splitUnitList(m[1]) : [];
  if (!m?.[1] || names.length === 0 || !names.every((n) => isUnitInList(n, names))) return null;
  const responsibility = bareList(names);
  return { responsibility, rest: text.trim().replace(m[1], '').trim(), raw: m[1], raws: [m[1]], carried };
};

/**
 * No bracket and no label: the task's last sentence, or its last comma-separated part, written as units
 * and role verbs only: `…。县商务局牵头,县财政局、县税务局配合。`, `…,县农业农村局牵头落实。`,
 * `由县人社局会同县教育局负责。`, `A、B按职责分工负责。`, on the task's line or on a line of its own.
 * The longest such ending is taken; a part with any word that is not a unit (`推进乡村振兴`) stops it,
 * so prose that merely mentions a unit doing something is not read as the task's assignment.
 */

const trailingVerbClause = (full: string, carried: string[]): Clause | null => {
  const text = full.replace(IMPRINT_TAIL, '');
  const body = text.replace(/[。;.\s]+$/, '');
  const sentenceStart = Math.max(body.lastIndexOf('。'), body.lastIndexOf('\n')) + 1;
  const sentence = body.slice(sentenceStart);
  if (!ROLE_WORDS.test(foldLabelScript(sentence))) return null;
  const cuts = [0, ...[...sentence.matchAll(/[,;]/g)].map((m) => (m.index ?? 0) + 1)];
  for (const cut of cuts) {
    const start = sentenceStart + cut;
    const rest = body.slice(0, start).replace(/[,;。\s]+$/, '').trim();
    // A task that is nothing but its assignment has no title left: not this shape.
    if (rest.length === 0) continue;
    // With its full stop, so the task's content keeps nothing of it.
    const raw = text.slice(start).trim();
    // A unit line of its own (`A、B、C负责落实。`) is a bare list (unit-list-line.ts).
    const ownLine = cut === 0 && body[sentenceStart - 1] === '\n' ? unitListLine(raw) : null;
    const responsibility = ownLine ?? parseLeadVerbForm(raw);
    if (responsibility && hasNames(responsibility)) return { responsibility, rest, raw, raws: [raw], carried };
  }
  return null;
};
