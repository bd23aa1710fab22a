// Who a sentence of the last-resort piece reader (unit-led-pieces.ts) names as its doer: a unit label, a stated
// role (`由X牵头,Y配合`), a subject and its duty verb (fallback-leads.ts), or a bare run of units' names at its start;
// with the guards that keep a sentence's own words (a post, a verb, a document's title, a news verb) from reading as
// a unit's name, and the clauses of a sentence that hand its parts to one unit after another.
import { namedUnits, unitsOfText } from './fallback-leads.js';
import { parseLeadVerbForm } from './lead-verbs.js';
import { bareList } from './responsibility.js';
import { isDepartmentLike, isTownName, looksLikePersonName } from './unit-names.js';
import { bareClause } from './piece-sentences.js';
import type { ParsedTask } from './types.js';

export type Units = Pick<ParsedTask, 'leads' | 'participants' | 'isLeadInferred'>;

/** `X:`, `X负责:`, `X职责:`, `X主要职责:` opening a sentence; the rest after the colon. */
export const LABEL = /^([^::,,。;;!?\s]{2,40}?)(?:负责|主要职责|工作职责|职责|工作任务|任务)?[::]\s*(.*)$/s;

/** A list read as the other readers read a bare one (the first leads, inferred); one name alone simply leads. */
const listed = (names: string[]): Units => {
  const { leads, participants } = bareList(names);
  return { leads, participants, isLeadInferred: names.length > 1 };
};

/** `X牵头,A、B配合`, `由X主办,Y协办`, `X会同Y`. */
const ROLE_VERBS = /牵头|牽頭|主办|配合|协办|协同|会同/;

export type Opening = { units: Units; rest: string };


/**
 * A sentence that hands its parts to one unit after another (`请A做好…,B做好…,C密切关注…`): each comma clause that
 * opens with a unit of its own, not one the sentence already named and not a helper (`B配合…`), starts that unit's
 * piece. The first part keeps the sentence's own doers.
 */
const HELPS = /^[^,,]{0,30}?(?:配合|协助|协同|参与)/;
/**
 * Inside a sentence a bare run of names opens a part only when each name opens with its level (`市气象台密切关注…`):
 * words before a verb-less clause (`严防登革热在学校…`, `道路两侧部分…`) end like units as often as not.
 */
const clauseOpening = (clause: string): Opening | null => {
  const stated = saneNames(readOpening(clause));
  if (stated) return stated;
  const names = leadingNames(clause);
  return names?.every((n) => /^(?:[省市县区州镇乡]|各)/.test(n)) ? { units: listed(names), rest: clause } : null;
};
export const byClauses = (first: Opening): Opening[] => {
  const clauses = first.rest.split(/(?<=[,,])/);
  const named = new Set([...first.units.leads, ...first.units.participants]);
  const parts: Opening[] = [{ units: first.units, rest: '' }];
  for (const clause of clauses) {
    const next = HELPS.test(clause) ? null : clauseOpening(bareClause(clause));
    const last = parts[parts.length - 1];
    const isNew = next && next.units.leads.length > 0 && ![...next.units.leads, ...next.units.participants].some((n) => named.has(n));
    if (next && isNew && last && last.rest.length > 0) parts.push({ units: next.units, rest: next.rest });
    else if (last) last.rest = `${last.rest}${clause}`;
  }
  return parts.map((p) => ({ ...p, rest: p.rest.replace(/[,,]$/, '') }));
};

/**
 * Who a sentence names as its doer at its start, and the words after a label; null when it names none. The doer
 * may come after lead-in clauses (`为完成…任务,X要求,由A牵头,B配合,…`): each clause end is tried in turn. Past three
 * lead-ins (a long run of clauses whose stops were lost) a helper's clause (`B配合…`) opens nothing: it belongs to
 * the doer before it.
 */
export const opening = (sentence: string): Opening | null => {
  const text = bareClause(sentence);
  const topical = topicFirst(text);
  if (topical) return topical;
  const starts = [0, ...[...text.matchAll(/[,,::]/g)].map((m) => (m.index ?? 0) + 1)];
  for (const [k, at] of starts.entries()) {
    const clause = bareClause(text.slice(at));
    if (k >= 4 && HELPS.test(clause)) continue;
    // After a lead-in only a stated doer counts (`由X牵头`, `X负责`, `X要`): a bare name there is the work's object.
    const found = at === 0 ? openingAt(text) : saneNames(readOpening(clause));
    if (found && !isNews(text.slice(at), found.units)) return found;
  }
  return null;
};

/**
 * The work named first, then who does it (`校园周边环境整治主要由县公安局牵头,工商、文体等部门配合,对…`, `两场建设由
 * 张三牵头,住建局落实`): the 分工 clause is its longest run of clauses that reads as one, and the work is the title.
 * A person before 牵头 (an official in charge) leaves the units that carry the work out to lead it.
 */
const topicFirst = (text: string): Opening | null => {
  // `其中,涉及普查经费方面的事项,由财政部负责和协调`: a topic that names matters or work may stand before a comma.
  const m = /^(?:其中[,,])?([^,,。;;:由]{2,30}?)(?:(?<=事项|工作|问题|任务)[,,])?(?:主要|具体|统一|均|将)?(?=由)/.exec(text);
  if (!m?.[1] || NOT_A_NAME.test(m[1])) return null;
  const clauses = text.slice(m[0].length).split(/(?<=[,,])/);
  for (let k = clauses.length; k >= 1; k -= 1) {
    const said = parseLeadVerbForm(clauses.slice(0, k).join('').replace(/[,,;;。]$/, ''));
    if (!said || said.leads.length === 0) continue;
    const byPerson = said.leads.every(looksLikePersonName);
    if (byPerson && said.participants.length === 0) return null;
    const units: Units = byPerson ? { leads: said.participants, participants: [], isLeadInferred: false } : said;
    const after = clauses.slice(k).join('').trim();
    return { units, rest: `${m[1]}${after ? `。${after}` : ''}` };
  }
  return null;
};

/** Every name an opening gives is a name, not words of the sentence (`我县各部门`, `X已对…单位`). */
const saneNames = (found: Opening | null): Opening | null =>
  found && [...found.units.leads, ...found.units.participants].every((n) => !/\s|^[我全]/.test(n) && !NOT_A_NAME.test(n)) ? found : null;

const openingAt = (text: string): Opening | null => saneNames(readOpening(text)) ?? saneNames(byLeadingNames(text));

const byLeadingNames = (text: string): Opening | null => {
  const names = leadingNames(text);
  return names ? { units: listed(names), rest: text } : null;
};

/** `责任科室:`, `牵头单位:`: a label that says the units follow, not a unit. */
const WHO_LABEL = /^(?:责任|牵头|主办|承办|落实|配合|协办)(?:科室|单位|部门|处室)$/;

const readOpening = (whole: string): Opening | null => {
  const labelled = LABEL.exec(whole);
  const text = labelled?.[1] && WHO_LABEL.test(labelled[1]) ? (labelled[2] ?? '').trim() : whole;
  const label = LABEL.exec(text);
  if (label?.[1]) {
    const names = namedUnits(label[1]);
    if (names) return { units: listed(names), rest: (label[2] ?? '').trim() };
  }
  // The role verbs of a 分工 clause, read as a bracket's are; 负责 alone is left to the subject test, since
  // `X负责人参加…` names people.
  const stated = ROLE_VERBS.test(text) && !/负责人|负责同志/.test(text) ? parseLeadVerbForm(text) : null;
  if (stated && stated.leads.length > 0) return { units: { leads: stated.leads, participants: stated.participants, isLeadInferred: stated.isLeadInferred }, rest: text };
  const helped = helpedOpening(text);
  if (helped) return helped;
  const units = unitsOfText(text, '');
  return units && units.leads.length > 0 ? { units, rest: text } : null;
};

/** `城管局协助安监局在…设置…`: a unit that helps another opens the sentence; the unit helped leads, the helper takes part. */
const HELPER_FIRST = /^([\u4e00-\u9fff()()、]{2,30}?)(?:积极|主动|全力)?(?:协助|配合)([\u4e00-\u9fff()()、]{2,40})/;
export const helpedOpening = (text: string): Opening | null => {
  const m = HELPER_FIRST.exec(text);
  const helpers = m?.[1] ? namedUnits(m[1]) : null;
  if (!m?.[2] || !helpers?.every(isPlainUnit)) return null;
  for (let cut = Math.min(m[2].length - 1, 30); cut >= 2; cut -= 1) {
    const helped = namedUnits(m[2].slice(0, cut));
    if (helped?.every(isPlainUnit)) return { units: { leads: helped, participants: helpers, isLeadInferred: false }, rest: text };
  }
  return null;
};

/**
 * What may follow a unit's name and still leave it the subject: not a title, a possessive or the list going on, nor
 * the rest of a word the name's last character opens (`金门乡亲`, `离岛基金部分…`).
 */
const NOT_AFTER_SUBJECT = /^(?:[站局所队院校处科室部厅行社团委办]?长|关于|關於|召开|举行|举办|主持|汇报|介绍|表示|获悉|参加|出席|主要负责|主要领导|副|常委|主任|书记|主席|同志|领导|负责人|干部|职工|人员|门|位|的|之|等|和|与|及|、|或|[((]|亲|分(?!别|头|类|批|期|步|级|片|区|工))/;

/** A post, a person's title or a verb inside a name: a sentence's words, not a unit's name. */
const NOT_A_NAME = /(?:布局|格局|大局|全局|开局|结局|时局)$|^第[一二三四五六七八九十\d]+|^(?:欢迎|歡迎|完善|建设|建立|健全|提高|提升|促进|优化|深化|规范|强化|加大|扩大|支持|鼓励|引导|发展|培育|启动|实施|推进|开展|加强|加快|做好|抓好|落实|组织|完成|新建|改造|打造|创建|推动)|关于|關于|组织(?!部)|开展|[对對该該这這此现現]|工作人员|问题|問題|以下|书记|[省市县区镇乡局厅处科部]长|主任|委员(?!会)|主席|同志|了|会议|听取|研究|主持|召开|同意|通过|要求|指出|强调|表示|认为|获悉|记者|安排|部署|进入|关注|确保|抓住|联合(?!会)|[《》]|^(?:指导(?![组委办])|督促|深入|配合|协助|参与|负责|提供|制定|严格|严厉|全力|积极|主动|及时|认真|切实|进一步|按照|根据)/;

/** A county or a city by its name alone opens news (`X县召开…`), not a duty; a town or a 街道 is a unit. */
const isPlainUnit = (name: string): boolean =>
  name.length <= 20 &&
  !/[\dA-Za-z]/.test(name) &&
  !NOT_A_NAME.test(name) &&
  WHOLE_UNIT_END.test(name) &&
  (isDepartmentLike(name) || (isTownName(name) && /(?:镇|乡|街道)$/.test(name)));

/**
 * The ends a unit's name has when nothing says it is one but its place at the sentence's start: the longer
 * endings many names share (`委员会`, `银行`, `办事处`), not a bare 会, 行 or 处, which end words too (`社会`, `人行`).
 */
const WHOLE_UNIT_END = /(?:[局委厅办院所站队署室校]|气象台|电视台|电台|中心|公司|集团|政府|街道|办事处|委员会|管委会|协会|联合会|工会|妇联|团委|银行|分行|支行|部门|[镇乡]|[省市县区]委|部)$/;

/**
 * The longest run at a sentence's start that is nothing but units' names, with more words after it: the subject
 * of a sentence whose verb no reader lists (`公安局担当…`, `A、B已制定了…`, `供电公司制定了…`).
 */
const leadingNames = (text: string): string[] | null => {
  const head = /^[^,,。;;:!?]*/.exec(text)?.[0] ?? '';
  // `与市供电公司协商…`: a unit after a preposition is the work's partner or object, not its subject.
  if (/^(?:与|同|跟|和|及|对|向|在|为|把|将|从|以|经|按|根据|通过)/.test(head)) return null;
  // `X办公室2022年7月13日…`: a signature and its date, run into the text after it.
  if (/\d{4}年\d{1,2}月\d{1,2}日/.test(head)) return null;
  for (let cut = Math.min(head.length - 2, 40); cut >= 2; cut -= 1) {
    if (NOT_AFTER_SUBJECT.test(head.slice(cut))) continue;
    const names = namedUnits(head.slice(0, cut));
    if (names?.every(isPlainUnit)) return names;
  }
  return null;
};


/** What a unit does in a news report, not a duty: it held or attended a meeting, reported, proposed or said. */
const NEWS_VERB = /^(?:组织)?(?:召开|举行|举办|主持|出席|参加|汇报|提出|介绍|表示|指出|强调|听取)/;
const isNews = (text: string, units: Units): boolean => {
  const last = [...units.leads, ...units.participants].map((n) => text.indexOf(n) + n.length).reduce((a, b) => Math.max(a, b), 0);
  return last > 0 && NEWS_VERB.test(text.slice(last));
};

