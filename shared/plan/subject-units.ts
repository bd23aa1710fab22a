// An item whose sentences open with the units that do the work, no role label or bracket anywhere
// (`4、宣传部负责媒体宣传的组织协调工作。`, `3、县电台、电视台继续办好专栏。`, `6、城建局在市容方面加强管理。`):
// the units a sentence opens with, before its predicate, say who does it (the first leads, by inference;
// each later sentence's own subject leads its own part, as a co-lead). Only when the item's own
// first words are such units: a sentence that merely mentions a unit after the item's title
// (`1.推进农业现代化。县农业局负责全县…`) or an opening `由X负责…` describing the work is no assignment.
import type { Clause } from './clause.js';
import { BARE_ORGANISATION } from './sector-departments.js';
import type { Responsibility } from './responsibility.js';
import { foldPunctuation } from './text.js';
import { alternatives, EACH_OWN_WORDS } from './role-words.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

/**
 * Ends only a body's name has: a bureau, an office, a station, a broadcaster, a working group, a people's
 * organisation (社科联, 科协), a state firm or farm, a county bureau's 股 or 科; a bracketed short name after it
 * (`商务局(口岸办)`) aside. A name a site masked (`****体育局`) keeps its stars.
 */
const BODY_END = /(局|委|办|院|厅|中心|公司|集团|政府|管委会|会|联|协|社|林场|农场|银行|分行|支行|队|站|所|部|处|室|股|科|馆|电台|电视台|报社|小组|工作组|[^平]组|(?<!职能|主管|责任|有关|相关|其他|业务|行业|其|各|本|该|等)(?:部门|机构|机关))$/;

// `各县市区按市团统一部署,主要做好…`: 按 (按照's short form) and 主要 open a predicate too.
// The work's first verb may open it too (`县民政局结合殡葬改革宣传…`): only verbs no unit's name holds (not 组织, 对, 指导).
const WORK_VERBS = '结合|根据|开展|建立|落实|会同|督促|安排|抽调|提供';
// One list for both the subject's end (the lookahead below) and the predicate's start (应 covers 应当).
const PREDICATE_OPENERS = `负责|要|需|须|应|将|继续|在|按照|按|主要|认真|切实|积极|加强|做好|抓好|各负其责|${WORK_VERBS}`;
/** What a subject's sentence says next: its role, a modal or an adverb, then the work. */
const PREDICATE = new RegExp(`^(?:${PREDICATE_OPENERS})`);

/**
 * `铁路、水利、教育等部门,要各负其责,…`: the subject's units each answer for their own part, so all of them lead
 * (as `按职责分工负责` says); the comma may part the subject from its 要.
 */
const EACH_OWN = new RegExp(`^(?:要|应|须|需)?(?:${alternatives([...EACH_OWN_WORDS, '按职责分工负责', '按照职责分工负责', '按职责分别负责', '按照职责分别负责'])})`);

/** The subject, its units and their notes, up to the predicate (the lookahead) or a comma before 要/应/须/需. */
const SUBJECT_BEFORE_PREDICATE = new RegExp(
  `^((?:[\\u4e00-\\u9fff、*＊]|[((][\\u4e00-\\u9fff]{1,8}[))]){2,60}?)(?=${PREDICATE_OPENERS}|[,,](?:要|应(?!急)|须|需(?!求)))`,
);

type Subject = { names: string[]; predicate: string; parted: string; isCollective?: boolean };
// `工会、共青团、妇联等人民团体`: the people's organisations close a list as departments do.
const CLOSED_LIST = /(?<=[\u4e00-\u9fff])等(?:[\u4e00-\u9fff]{0,6}?)(?:单位|部门|人民团体|群团组织)$/;

/** The units opening `sentence` as its subject, or null. */
const subjectOf = (sentence: string): string[] | null => subjectAndPredicate(sentence)?.names ?? null;

/** `parted`: the subject with the comma that parts it from its predicate (`A、B等部门,`), or ''. */
const subjectAndPredicate = (sentence: string, withGroups = false): Subject | null => {
  const m = SUBJECT_BEFORE_PREDICATE.exec(sentence);
  if (!m?.[1] || !PREDICATE.test(sentence.slice(m[1].length).replace(/^[,,]/, ''))) return null;
  const parted = /^[,,]/.test(sentence.slice(m[1].length)) ? sentence.slice(0, m[1].length + 1) : '';
  const predicate = sentence.slice(m[1].length).replace(/^[,,]/, '');
  // `A、B、C等镇属相关单位要…`: the list closed by what its members are — each of them does the work (collective).
  const closing = CLOSED_LIST.exec(m[1]);
  // Kinds of department closed so (`财政、发展改革等部门`) are read whole, as the list splitter names them (`财政部门`).
  const closed = closing ? subjectNames(m[1].slice(0, closing.index), withGroups) ?? subjectNames(m[1], withGroups) : null;
  if (closed) return { names: closed, predicate, parted, isCollective: true };
  const names = subjectNames(m[1], withGroups);
  return names ? { names, predicate, parted } : null;
};

/** A verb or an adverb opening a clause (`协助校工会…安排`, `及时向指挥部提供`) opens no name. */
const NOT_A_NAME_START = /^(?:协助|配合|参与|及时|积极|主动|负责|向|由|对|在|按|为|将|把|与|同)|向/;

/** The subject's units when each is a body's name (a level's places beside them when `withGroups`), else null. */
const subjectNames = (written: string, withGroups: boolean): string[] | null => {
  const names = splitUnitList(written);
  // A level written once (`县电台、电视台`): the later names take it (`县电视台`).
  const level = /^[省市县区乡镇]/.exec(names[0] ?? '')?.[0] ?? '';
  const whole = names.map((n, i) => (i > 0 && level && !/^[省市县区乡镇各]/.test(n) && !/^团[省市州县区]委/.test(n) && n.length <= 4 ? level + n : n));
  // A people's organisation by its bare name (`工会`, `共青团`, `妇联`) is a body, short as it is.
  const isBody = (n: string): boolean => !NOT_A_NAME_START.test(n) && (BARE_ORGANISATION.test(n) || BODY_END.test(n.replace(/[((][^()()]*[))]$/, '')) && isDepartmentLike(n) && n.length >= 3 && !/^(各|全|本|该|有关|相关)/.test(n));
  // A level's places (`各乡镇`, `各街道`) beside named bodies, when asked for (a topic's subject, below).
  const isSubject = whole.length > 0 && whole.every((n) => isBody(n) || (withGroups && PLACES.test(n))) && whole.some(isBody);
  return isSubject ? whole : null;
};

const PLACES = /^各(乡镇|镇乡|镇|乡|街道|镇街|街镇|村|社区|县区|区县|县|区|县市区)$/;

/**
 * `(一)山洪防治。各乡镇、县水务局、县自然资源局要加强…`: a topic of a few words, then a sentence whose subject
 * is a list of units (a level's places among them) — those units do the topic's work: a bare list, the first
 * leading by inference. One unit after a title (`1.推进农业现代化。县农业局负责全县…`) stays no assignment.
 */
const topicThenSubject = (sentences: string[]): Subject | null => {
  const topic = sentences[0] ?? '';
  if (topic.length > 10 || /[,,、::]/.test(topic)) return null;
  const subject = subjectAndPredicate(sentences[1] ?? '', true);
  return subject && subject.names.length >= 2 ? subject : null;
};

/**
 * The units an item's own sentences name as their subjects: the first sentence must open with units;
 * each later sentence that does too adds its first unit as a co-lead (`宣传教育组要…。创卫办负责印制…`). 牵头 is no predicate
 * here: `X牵头的工作` is a group heading (heading-leads.ts), `X牵头,Y配合` the verb readers'.
 */
export const subjectUnits = (raw: string, carried: string[]): Clause | null => {
  const text = foldPunctuation(raw).trim();
  const sentences = text.split(/[。;\n]/).map((s) => s.trim()).filter(Boolean);
  const topical = subjectAndPredicate(sentences[0] ?? '') === null ? topicThenSubject(sentences) : null;
  const opening = topical ?? subjectAndPredicate(sentences[0] ?? '');
  if (!opening) return null;
  const first = opening.names;
  const isEachOwn = EACH_OWN.test(opening.predicate) || (opening.isCollective === true && first.length >= 2);
  // Several units before one predicate are a bare list, as `(A、B负责)` is: the first leads, by inference.
  const leads = isEachOwn ? [...first] : first.slice(0, 1);
  const participants = isEachOwn ? [] : first.slice(1);
  for (const s of sentences.slice(topical ? 2 : 1)) {
    const [lead, ...rest] = subjectOf(s) ?? [];
    if (lead && !leads.includes(lead)) leads.push(lead);
    for (const n of rest) if (!leads.includes(n) && !participants.includes(n)) participants.push(n);
  }
  const responsibility: Responsibility = { leads, participants, isLeadInferred: !isEachOwn, ...(isEachOwn ? { isShared: true } : {}) };
  // A subject parted by a comma is no part of the item's title (`…等部门,要各负其责,切实履行…`): it is taken out.
  if (topical) return { responsibility, rest: raw, raw: '', raws: [], carried };
  if (opening.parted) return { responsibility, rest: text.slice(opening.parted.length).trim(), raw: opening.parted, raws: [opening.parted], carried };
  return { responsibility, rest: raw, raw: (sentences[0] ?? '').slice(0, first.join('、').length), raws: [], carried };
};
