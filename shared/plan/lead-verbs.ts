// The role verbs of a responsibility wording (`X牵头,A、B配合`, `由X会同Y负责`, `A、B按职责分工负责`) and
// the document's own rules on who leads. Read inside brackets and sentences (clause.ts) and in a table's
// 责任单位 cell (table-rows.ts), so both judge a wording the same way.
import type { Responsibility } from './responsibility.js';
import { foldPunctuation } from './text.js';
import { orEachOwn } from './role-words.js';
import { leadWithPartners } from './with-partners.js';
import { foldLabelScript, isDepartmentLike, isListedUnit, isTownName, isUnitNameList, looksLikeDeadline, looksLikePersonName, splitUnitList } from './unit-names.js';

/**
 * A document's own rule: the unit listed first is the lead (`列第一位者为牵头单位,下同`, `首位单位为牵头单位`,
 * `排序第一单位为牵头单位`, `第一个单位为牵头单位`, `排第一位的单位牵头`).
 */
export const FIRST_LISTED_LEADS =
  /[,;]?\s*(?:(?:(?:列|排)(?:名|在|序)?(?:第一位?|首位)|首位|第一个|首个|第一家)(?:者|的)?(?:责任)?(?:单位|部门)?(?:为牵头(?:或汇总)?(?:单位|部门)|(?:负责)?牵头(?![\u4e00-\u9fff]))|第一责任单位为牵头单位)/;

/** A document's own rule: with no 牵头单位 named, the 责任单位 are the leads. */
export const NO_LEAD_MEANS_ALL_LEAD = /无牵头单位的[,]?\s*责任单位即为牵头单位/;

/** `部门分工:X牵头,A、B配合。`: a line whose label names no role; the sentence after it does. */
export const DIVISION_LINE = /^\s*(?:部门|责任|任务|职责)?分工\s*[::]\s*(.+)$/;

// `区园林局为牵头单位,区财政局为配合单位` says the same as `区园林局牵头,区财政局配合`.
// `X负责牵头`, `X牵头实施` and `X牵头组织实施` say X leads as plainly as `X牵头`.
// `X牵头抓总`, `X牵头协调`, `X统筹`, `X主抓` name the lead as plainly.
// `X负总责`, `X为主,Y配合`, `X牵头组织` say X leads as plainly; so does 牵头 with any two-character verb
// after it (`X牵头办理`, `X牵头开展`): the verb says what the lead does, not who leads.
const LEAD_VERB = /(?:共同|分别|负责|总)?牵头(?:负责|落实|督导|推进|实施|组织实施|组织|抓总|协调)?$|牵头(?!单位|部门|领导|处室|科室|责任)[\u4e00-\u9fff]{2}$|(?:统筹|主抓)(?:推进|落实|实施)?$|为牵头(?:单位|部门)$|负总责$|为主$/;
// `参加` and `协作` say the same as `参与` (`X牵头,A、B参加`, `X牵头,A协作`).
// `积极配合`, `支持配合`, `协调配合`, `负责配合` and `共同推进` beside a lead take part as `配合` does.
// `协同配合`, `密切配合`, `全力配合`, `积极参与配合`: an adverb or a second join verb before it changes nothing.
const JOIN_VERB = /(?:按照?职责(?:分工)?|按职能)?(?:积极|支持|协调|负责|共同|密切|全力|主动|协同|协助|参与)?(?:配合|参与|参加|协同|协助|协作|协办)(?:落实|推进|实施)?$|共同(?:推进|落实)$|为(?:配合|参与|参加|协同|协作|协办)(?:单位|部门)$/;
// `按照职责分工负责` is `按职责分工负责` written out; `按职责分工推进`, `按职责分工办理` (any two-character verb) share
// the work out as plainly.
// `各县区政府具体实施`, `各镇组织实施`: the units that carry the work out (beside a lead, they take part).
// `由X承办,A、B协办` and `X主办` name the unit that carries the work, as `负责` does.
// `X为责任单位,Y为配合单位`: named as the responsible unit, as `X负责` names it.
const OWN_VERB = orEachOwn(/(?:按照?职责分别(?:负责|落实)|按照?职责(?:分工)?(?!配合|参与|参加|协同|协助|协作|协办)[\u4e00-\u9fff]{2}|(?:按照?职责)?分工负责|按照?职责分工|按照?职责负责|分别(?:负责|落实|实施|推进)|负责落实|负责(?:组织)?实施|负责执行|负责推进|共同负责|负责(?:和|并|与)?(?:协调|组织|督促|指导)|负责|承办|主办|(?:按照?职责分工)?抓好?落实|(?:具体|组织)?(?:落实|实施)|为(?:责任|主责|主办|承办)(?:单位|部门))$/);
/** 主办/承办: the units that host the work (a 主办/协办 document's words). */
const HOST_VERB = /(?:主办|承办)$/;
/** `会同A、B推进` after a lead (`X牵头,会同…`): the units named take part. */
const WITH_LEAD = /^(?:并)?会同(.+?)(?:等(?:部门|单位))?(?:共同)?(?:推进|落实|实施|组织实施|负责|办理|开展)?$/;
/** Verbs that share the work out among every unit named; a plain `负责` does not say who leads. */
const SHARED_VERB = orEachOwn(/(?:按照?职责分别(?:负责|落实)|按照?职责(?:分工)?(?!配合|参与|参加|协同|协助|协作|协办)[\u4e00-\u9fff]{2}|(?:按照?职责)?分工负责|按照?职责分工|按照?职责负责|分别(?:负责|落实|实施|推进)|负责落实|共同负责)$/);

/**
 * `市发改委牵头,市财政局、市商务局配合` → leads and participants; `…等部门,区国投公司配合`: the verb covers
 * the lists before it; `A、B按职责分工负责` alone makes both leads, and so does `由X会同Y负责`;
 * a plain `A、B负责` is a bare list (A leads, inferred).
 * Null when the text is not such a clause (every name must read as a unit).
 */
/**
 * An official's post (分管副市长, 协管副秘书长, 县长), with the official's name before or after it
 * (`由张三副市长负责,X牵头`, `由副市长张三负责`): who oversees the work, not a unit. A name after the post
 * is two or three characters that end no unit's name (`市长热线办` is a unit).
 */
const POST = '(分管|协管|主管)?(常务)?(副)?(省长|市长|县长|区长|州长|秘书长|书记|主席|主任)';
const LEADER_POST = new RegExp(
  `^([\\u4e00-\\u9fff]{2,3})?${POST}$|^${POST}(?![\\u4e00-\\u9fff]*(办|室|处|线|会|团|组|部|局|站|所|中心)$)[\\u4e00-\\u9fff]{2,3}$|^(分管|协管)(省|市|县|区)?领导$`,
);

/** `此项工作由…`, `该项活动要由…`: the work named as the subject before 由. */
export const THIS_WORK = /^\s*(?:此项|该项|本项|这项|上述|以上)(?:各项)?(?:工作|任务|活动|措施|项目)?(?:要|将|均)?(?=由)/;

/**
 * Every word the role verbs above are made of: a text with none of them names no role and is no clause of this
 * kind. Tested first, since callers ask on every cell of every row (row-align.ts).
 */
const ROLE_VERB_WORD = /牵头|负责|总责|统筹|主抓|为主|配合|参与|参加|协同|协助|协作|协办|共同|承办|主办|落实|实施|职责|职能|会同|责任|主责|执行|推进|研究|其责|其职/;

export const parseLeadVerbForm = (raw: string, cutOff = false): Responsibility | null => {
  const folded = foldLabelScript(foldPunctuation(raw));
  if (!ROLE_VERB_WORD.test(folded)) return null;
  const text = (folded.split('。')[0] ?? '')
    // `此项工作由X主办,A、B协办`: the work named as the subject before 由 is no unit.
    .replace(THIS_WORK, '')
    .replace(FIRST_LISTED_LEADS, '')
    .replace(/[,;]\s*下同\s*$/, '')
    .trim()
    .replace(/[,;、\s]+$/, '');
  // `由X会同Y负责`: both are named before the one verb 负责, so both answer for the work — co-leads, as
  // issue 15 reads it. (`X牵头,会同Y` is different: 牵头 names the lead, and Y only takes part.)
  // `由X会同Y等部门研究提出落实意见` (a 国办 分工 notice) says the same: the named units answer for it together.
  const together = /^由?(.+?)会同(.+?)(?:共同)?(?:负责(?:落实)?|(?:负责)?研究提出(?:具体)?(?:落实|落實|实施|實施)?(?:意见|意見|措施)|研究落[实實])$/.exec(text);
  if (together?.[1] && together[2]) {
    const first = splitUnitList(together[1]);
    const leads = [...first, ...splitUnitList(together[2])];
    if (first.length > 0 && isUnitNameList(leads)) return { leads, participants: [], isLeadInferred: false };
  }
  // `由X会同有关部门和A组织落实`: X leads, A takes part (with-partners.ts).
  const withPartners = leadWithPartners(text);
  if (withPartners) return withPartners;
  // `(A,B,C,排名第一位为牵头单位,下同)`: a plain list that carries the document's rule with it.
  // `(A、B、C按照职责分工负责。列第一位者为牵头单位,下同)`: the rule decides; the verb before it shares
  // the work but names no lead of its own.
  if (FIRST_LISTED_LEADS.test(raw.replace(/牽頭/g, '牵头'))) {
    const names = splitUnitList(text.replace(OWN_VERB, '').replace(/,/g, '、'));
    if (names.length > 0 && names.every(isDepartmentLike)) return { leads: names.slice(0, 1), participants: names.slice(1), isLeadInferred: false };
  }
  const leads: string[] = [];
  const participants: string[] = [];
  const owners: string[] = [];
  let isSharedOut = false;
  let isHosted = false;
  let pending: string[] = [];
  const segments = text.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
  // The first list when it has no verb of its own (`(X,A、B配合)`): the lead, if nothing else is.
  let firstWithoutVerb: string[] = [];
  for (const [at, segment] of segments.entries()) {
    // `(X牵头,A配合,2024年底前完成)`: the deadline shares the bracket; it names no unit.
    if (looksLikeDeadline(segment)) continue;
    // `由X牵头,会同A、B推进`: beside a lead, the units it works with take part.
    const withLead = leads.length > 0 ? WITH_LEAD.exec(segment) : null;
    if (withLead?.[1]) {
      const names = splitUnitList(withLead[1]);
      if (!isUnitNameList(names)) return null;
      participants.push(...pending, ...names);
      pending = [];
      continue;
    }
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
    // A name shortened by its table (`省新闻出版`) among whole ones before a verb is a unit too (isListedUnit).
    if (names.length === 0 || !names.every((n) => isDepartmentLike(n) || (verb !== null && isListedUnit(n, names)) || (verb !== null && isTownName(n)) || (isLeadSegment && looksLikePersonName(n)))) return null;
    if (!verb) {
      if (at === 0) firstWithoutVerb = names;
      pending.push(...names);
      continue;
    }
    const target = LEAD_VERB.test(segment) ? leads : JOIN_VERB.test(segment) ? participants : owners;
    if (target === owners && SHARED_VERB.test(segment)) isSharedOut = true;
    // `(A、B主办)`: the units that host the work, every one of them, as `(A、B主办,C协办)` reads.
    if (target === owners && HOST_VERB.test(segment)) isHosted = true;
    target.push(...pending, ...names);
    pending = [];
  }
  // Names after the last verb: a bracket the page cut off (`…牵头,省工业和信息化厅、省`) still has its lead; a
  // list of whole units after the lead with no verb of its own (`X牵头,A、B`) is who takes part.
  const trailingHelpers = !cutOff && leads.length > 0 && participants.length === 0 && owners.length === 0 && pending.length > 0 && pending.every(isDepartmentLike);
  if (pending.length > 0 && (leads.length === 0 || !cutOff) && !trailingHelpers) return null;
  if (leads.length > 0) return { leads, participants: [...participants, ...owners, ...(trailingHelpers ? pending : [])], isLeadInferred: false };
  // `(市发改委,市财政局配合)`: only helpers are named with a verb; the list before them, named first with
  // none, is the unit they help.
  if (owners.length === 0 && firstWithoutVerb.length > 0 && participants.length > firstWithoutVerb.length)
    return { leads: firstWithoutVerb, participants: participants.slice(firstWithoutVerb.length), isLeadInferred: false };
  if (owners.length > 0 && isSharedOut) return { leads: owners, participants, isLeadInferred: false, isShared: true };
  if (owners.length > 0 && isHosted) return { leads: owners, participants, isLeadInferred: false };
  // `A、B、C负责` names no lead: a bare list, whose first unit is taken as lead (domain rule; a
  // document's own `列第一位者为牵头单位` makes that certain, `无牵头单位的,责任单位即为牵头单位` makes all lead).
  // `由X负责,Y配合`: beside units named as helping, the unit that is responsible leads, in so many words.
  if (owners.length > 0 && participants.length > 0) return { leads: owners, participants, isLeadInferred: false };
  if (owners.length > 0) return { leads: owners.slice(0, 1), participants: [...owners.slice(1), ...participants], isLeadInferred: true };
  return null;
};
