// Units named mid-sentence after a verb, for a task still without any unit (run just before fallback-leads.ts, which
// reads a subject at the start of a sentence):
// - a request in a 会议纪要 topic or a leader's 批示: `会议原则同意…,请县X局按…修改完善`, `批示:请A、B各…;请C对…`
//   (请/责成/交由/要求 X …): X leads; a bare list `请A、B…` reads as the other readers read one (A leads, B takes part,
//   inferred), `请A、B各…` names units that each do the work (all lead); several 请-clauses add up;
// - a hand-over: `将…职责移交X承担`, `…下放辖区承担`, `由Y委托X负责…` (also when another reader took `Y委托X` for one
//   name): the unit that takes the work on leads;
// - `…除…外,其总体工作由X组织推进`: a 由X clause after a leading clause;
// - `按照《…》的规定,X负责…`: a unit subject after a circumstance clause (a line break inside the title of a law
//   does not end the sentence).
// Every name must be unit-like (unit-names.ts); persons, groups that name nobody (各单位, 有关部门) and meetings never lead.
import { ADVERB } from './sentence-doers.js';
import { isDepartmentLike, isTownName, looksLikePersonName, namesNobody, splitUnitList } from './unit-names.js';

type Found = { leads: string[]; participants: string[]; inferred: boolean };

/** What follows a unit named as the verb's object: its own verb, a manner or a preposition. */
const FOLLOW = '(?:全面|具体|統一|统一|直接|承担|负责|負責|牵头|牽頭|按照|按|根据|根據|依据|对|對|会同|會同|组织|組織|各|高度|抓紧|抓緊|尽快|儘快|进一步|進一步|作|做|认真|認真|研究|落实|落實|牵头负责|办理|辦理|拿出|制定|加快|立即|于|於|在|督促|配合|协调|協調)';
const FOLLOWS = new RegExp(`^${FOLLOW}`);
/**
 * A group with a level before it (`省政府各部门`, `省直有关部门`) stays a member of a 请-list here, as the keys keep it
 * beside the units the list names: namesNobody alone would drop the whole list (the matrix's
 * meeting-topic-request-verb layout then reads 97% of its participants, not 100%).
 */
const LEVEL_GROUP = /^(?:[省市州区县區縣][直级級]|[省市州区县區縣]政府)/;
/** A group that names nobody (unit-names.ts) or a meeting. */
const isNobody = (name: string): boolean => (namesNobody(name) && !LEVEL_GROUP.test(name)) || /(?:会议|會議)$/.test(name);

const isUnit = (name: string, handedDown: boolean): boolean =>
  name.length >= 2 && name.length <= 30 && !isNobody(name) && !looksLikePersonName(name) && (isDepartmentLike(name) || isTownName(name) || (handedDown && /^(?:辖区|属地|轄區|屬地)$/.test(name)));

/** Verbs no unit's name holds: a list that runs past one (`县交通运输局督促各乡镇`) ran into the work. */
const INNER_VERB = /督促|负责|負責|牵头|牽頭|抓紧|抓緊|尽快|儘快|立即|认真|認真|拿出|制定|加快|配合|会同|會同|派员|派員|协同|協同|加速|转知|轉知|不得/;
/** A body's last characters, where a name asked to act ends before its verb (`請衛生局檢討…`); not 办 (`请加速赶办`). */
const REQUEST_NAME_END = /(?:局|委|厅|廳|处|處|科|室|中心|政府|公司|队|隊|站|所)$/;
/** A verb right after 请 (`请邀X处`, `请安排…`): the request's own verb, so no unit follows it at once. */
const VERB_FIRST = /^(?:邀|派|转知|轉知|加速|加快|安排|协助|協助|督促|研议|研議|注意|务必|務必)/;

/**
 * The longest unit list at the start of `text` that a FOLLOW word ends, or null. After a request (`anyVerb`) the list
 * may end wherever a body's name ends and some verb follows, as the request says the unit acts.
 */
const unitsAt = (text: string, handedDown = false, anyVerb = false): string[] | null => {
  const clause = /^[^,,。;;::!?!?]*/.exec(text)?.[0] ?? '';
  for (const free of anyVerb ? [false, true] : [false]) {
    for (let end = Math.min(clause.length - 1, 60); end >= 2; end -= 1) {
      const head = clause.slice(0, end);
      // (Not the 办/处 of a verb: `请依法办理`, `请及时处置`.)
      if (free ? !REQUEST_NAME_END.test(head) || !/^[\u4e00-\u9fff]/.test(clause.slice(end)) || /^[理置]/.test(clause.slice(end)) : !FOLLOWS.test(clause.slice(end))) continue;
      if (/[《》“”"]/.test(head) || INNER_VERB.test(head.slice(2)) || (free && VERB_FIRST.test(head))) continue;
      const names = splitUnitList(head);
      // A name the verb's own words run into (`民政处汇整各局处`, `财政局依地政处宋处长所`) is none, nor one that opens
      // with when or how the request is done (`请每月清点整理表单送局长室`).
      if (free && names.some((n) => n.length > 12 || /.各|[依按于将把对]|长|^(?:每|逐|尽|速|先|再|即|另)/.test(n))) continue;
      if (names.length > 0 && names.every((n) => isUnit(n, handedDown))) return names;
    }
  }
  return null;
};

/** `请X…`, `责成X…`, `交由X…`, `要求X…` (not 提请/申请/邀请/报请/呈请/聘请). */
const REQUEST = /(?<![提申邀报報呈聘敬恳懇])(?:请|請|责成|責成|交由|要求)/g;
/** `移交X承担`, `下放X承担`, `委托X负责`, and the 由 of `其总体工作由X组织推进`. */
const HANDOVER = /(?:移交|下放|委托|委託)(?:给|給|至|到)?/g;
/**
 * Only after a leading clause: `…外,其总体工作由X…`, `蓝田猿人遗址,由X全面负责…`, `…的,由所在镇人民政府负责` (a bare
 * `由X负责…` opening the sentence is other readers' call).
 */
const BY = /[,,](?:其?[\u4e00-\u9fff]{0,4}工作)?由/g;
/** What a 由X clause must say after X: after `工作由` it may organise the work; after a bare `,由` it answers for it. */
const BY_WORK_VERB = new RegExp(`^${ADVERB}?(?:组织|組織|负责|負責|牵头|牽頭|承担)`);
const BY_BARE_VERB = new RegExp(`^${ADVERB}?(?:负责|負責|牵头|牽頭)`);
/** A circumstance clause before the subject: `按照《…》的规定,`. */
const CIRCUMSTANCE = /^(?:按照|根据|根據|依据|依照|按)[^,,。;;]{1,60}?(?:规定|規定|要求|部署|精神|安排)[,,]/;

const sentences = (text: string): string[] =>
  text
    // A line broken inside a bracket or a title (`按照《` / `国家…》`) is one sentence.
    .replace(/([《“(()])\s*\n\s*/g, '$1')
    .split(/[。;;!?\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const readSentence = (s: string): Found | null => {
  const leads: string[] = [];
  const participants: string[] = [];
  let inferred = false;
  for (const m of s.matchAll(REQUEST)) {
    const at = (m.index ?? 0) + m[0].length;
    const names = unitsAt(s.slice(at), false, /请|請|责成|責成/.test(m[0]));
    if (!names) continue;
    const [first, ...rest] = names;
    if (!first) continue;
    // `请A、B各…`, `请A、B及C共同…`, `…分别…`: each named unit does the work, so each leads.
    const each = /^(?:各|共同|分别)/.test(s.slice(at).slice(names.join('、').length).replace(/^[^各共分]{0,2}(?=各|共同|分别)/, ''));
    if (each || rest.length === 0) leads.push(...names);
    else {
      leads.push(first);
      participants.push(...rest);
      inferred = true;
    }
  }
  if (leads.length === 0) {
    for (const m of s.matchAll(HANDOVER)) {
      const names = unitsAt(s.slice((m.index ?? 0) + m[0].length), /^下放/.test(m[0]));
      if (names) leads.push(...names);
    }
  }
  if (leads.length === 0 && !/委托|委託/.test(s)) {
    for (const m of s.matchAll(BY)) {
      const at = (m.index ?? 0) + m[0].length;
      const names = unitsAt(s.slice(at));
      // Only a 由X clause that names who does the work: `由X组织推进`, `由X负责`, `由X牵头`.
      // `…,由市人社局组织各县区参赛`: a unit that only organises others, named after the work, is prose about it.
      const verb = /工作由$/.test(m[0]) ? BY_WORK_VERB : BY_BARE_VERB;
      if (names && verb.test(s.slice(at + names.join('、').length).replace(/^[、和及]/, ''))) leads.push(...names);
    }
  }
  if (leads.length === 0) {
    const rest = s.replace(CIRCUMSTANCE, '');
    if (rest !== s) {
      const names = unitsAt(rest);
      const after = names ? rest.slice(names.join('、').length) : '';
      if (names?.length === 1 && /^(?:负责|負責|牵头|牽頭)/.test(after)) leads.push(...names);
    }
  }
  return leads.length > 0 ? { leads, participants, inferred } : null;
};

const unique = (names: string[]): string[] => [...new Set(names)];

type UnitHolder = { title: string; content: string; leads: string[]; participants: string[]; isLeadInferred: boolean };

/** `Y委托X` read as one name by a `由…负责` reader: X, the unit Y hands the work to, is the one that does it. */
const delegate = (name: string): string => {
  const m = /^(.{2,30}?)(?:委托|委託)(.{2,30})$/.exec(name);
  return m?.[1] && m[2] && isUnit(m[1], false) && isUnit(m[2], false) ? m[2] : name;
};

export const leadsNamedAfterVerbs = <T extends UnitHolder>(tasks: T[]): T[] =>
  tasks.map((t) => {
    if (t.leads.some((n) => delegate(n) !== n)) return { ...t, leads: unique(t.leads.map(delegate)) };
    if (t.leads.length + t.participants.length > 0) return t;
    const found = sentences(`${t.title}\n${t.content}`).map(readSentence).filter((f): f is Found => f !== null);
    if (found.length === 0) return t;
    const leads = unique(found.flatMap((f) => f.leads));
    const participants = unique(found.flatMap((f) => f.participants)).filter((n) => !leads.includes(n));
    return { ...t, leads, participants, isLeadInferred: found.some((f) => f.inferred) };
  });
