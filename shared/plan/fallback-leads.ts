// The last step of the reader (document.ts, after every other rule): a task still without any unit, whose own
// text names one anyway.
// 1. The subject of the task's first sentence (of its title, else of its content), when it is a unit or a list of
//    units: `区民政局要加强…`, `在区委领导下,区住建局负责…`, `各村、镇农技站、镇畜牧站等镇属相关单位要…`. Every member
//    must be unit-like as unit-names.ts judges it; `A、B负责…` / `A、B要…` read as the other readers (and the keys)
//    read a bare list (the first leads, inferred; the others take part); a list closed by 等 (`A、B等镇属单位要…`)
//    names the units that do the work together: every one leads (as the shelf's key of that shape reads it).
// 2. Otherwise the nearest section heading above the task that is nothing but a unit's name (`(二)市教育局`,
//    `三、区住建局工作任务`, `市卫生局:`), when the document files items under two such headings at least: that unit
//    leads, inferred (推定).
// A task with a lead or participants from any other rule is never touched; persons, roads, parks, meetings and
// `各级`/`全市`/`我们` never lead.
import { isSectorDepartment } from './sector-departments.js';
import { ADVERB, dutyCoLeads, handedDoers, isLevelSector, openingDoers, proposers } from './sentence-doers.js';
import { orderedUnits } from './ordered-units.js';
import { unitOfTitleLine } from './unit-title-lines.js';
import { isUnitInList, isVillageOfTown, looksLikePersonName, namesNobody, splitUnitList } from './unit-names.js';
import type { ParsedTask } from './types.js';

/**
 * `在市委领导下,`, `按照省厅要求,`, `根据方案,`, `8月31日前,`, `关于重点项目建设推进问题,`: a circumstance, a time or the
 * matter spoken of, before the subject.
 */
const CIRCUMSTANCE = /^(?:在[^,,。;;]{1,40}?(?:领导|指导|统筹|部署|协调|支持)下|(?:按照|依照|依据|遵照)[^,,。;;]{1,40}?(?:要求|部署|安排|规定|原则|精神|分工)|根据[^,,。;;]{1,40}|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|以前|之前)|(?:年底|年内|年末)(?:前|以前)?|关于[^,,。;;]{2,40}?(?:问题|事项|工作|建设|情况))[,,]\s*/;

/** A duty verb after the subject; `应` not in 应急, `对…负责`, `为…责任单位`. */
const STRONG = '要(?!求|点|闻)|负责(?!人|同志)|牵头|应当|应(?!急|用)|必须|须|主办|承办';
/** `X为责任单位`, `A、B是…的责任主体`: the role said of the subject, every unit of it. */
const ROLE_NAMED = '[为是][^,,。;;]{0,30}?(?:责任|牵头|主责)(?:单位|部门|主体)';
const ROLE_NAMED_END = new RegExp(`${ROLE_NAMED}$`);
// `民政部门配合做好…` in a list of each unit's part: helping (配合做好, 协助负责) is that unit's whole duty, and no one else is named (a
// unit helped, `配合X做好`, is assisted-work.ts's). `X是实施…的牵头部门` names X as `X为牵头部门` does,
// and `X是负责…的主要职能部门` or `X的职责是:…` as `X负责` does.
const WEAK =
  `切实|抓好|做好|组织|加强|开展|落实|会同|安排|完成|协调(?!办|组|委|会)|强化|推进|督促|指导|制定|健全|提供|确保|保障(?!局|部|中心|处|科)|保证|发布|进行|承担|及时|定期|全力|积极|主动|认真|加大|加快|做到|对[^,,。;;]{1,30}?负责|${ROLE_NAMED}|是负责|协助负责|的(?:主要)?(?:工作)?职责(?:是|为|包括)|配合(?=做好|提供|开展|抓好|完成|落实|实施|推进|搞好|进行)`;
/** `各级组织部门对…给予处理`: 对 opens the predicate when the sentence says what is done to it. */
const TOWARDS = '对(?=[^。;;]{2,60}?(?:给予|予以|追究|进行(?:处理|处罚|查处|问责)|处理))';
/** `依法开展…`, `依职责协助…`: how the unit does its part, before the verb. */
const MANNER = '(?:依法|依职责|依照职责|按照?职责(?:分工)?|根据职能分工[,,]?)';
/** `县农业局会发布…`: 会 (will) between the subject and its verb, not 会同 or a meeting. */
const WILL = '(?:(?<![委协工学商联员党社农青妇议])会(?!同|议|商|签|审|办|计|员|展|务|长|场|所|馆|上|后|前|中))?';
const VERB = new RegExp(`[,,]?${MANNER}?${ADVERB}?${WILL}(?:${STRONG}|${WEAK}|${TOWARDS}|(?<=${MANNER})(?:协助|配合))`, 'g');
/** A member that holds a duty word, or a preposition opening it, is a clause, not a name (`在…基础上成立…委员会`). */
const VERB_INSIDE = new RegExp(`${STRONG}|督促|确保|保证|严防|直至|切实|抓好|做好|加强|开展|落实|会同|成立|建立|设立|组建|基础上|协调(?![办组委会小处科中])|^(?:在|对|按|除|根据|通过|为|把|将|由|以|从|向|经|当|与|同|跟|随着|围绕|结合|针对|坚持|依托|依据|鉴于)`);

/** Who never leads: everyone, places of every level, people, persons, meetings. */
const NOBODY = /^(?:我们|我[省市县区镇乡]|全[省市县区镇乡]|全[省市县区镇乡]?上下|全社会|全体|各级|各地|各方|各方面|社会各界|广大|群众|干部|同志|领导(?!小组)|大家)|同志$|会议$|议$/;
/** A stretch of land, water or road: named like a unit sometimes (…园, …区) but no administrative unit. */
const PLACE = /(?:路|街|大道|公园|河|江|湖|桥|山|广场|水库|地区|城区|片区|辖区|景区|园区|小区|街区|校区|厂区|库区|矿区|林区|山区|灾区|市区|县区|镇区|沿线|周边)$/;
/** `各乡镇`, `各成员单位`, `公安部门`, and the groups below. */
const GROUP = /^(?:各(?:有关|相关|成员|责任|职能)?[\u4e00-\u9fff]{1,6}|(?:各)?(?:有关|相关)(?:部门|单位)|[\u4e00-\u9fff]{2,14}(?:部门|单位))$/;

/** A kind of body named by no one in particular: `学校要…`, `社区要…`, `企业要…`. */
const GENERIC = /^(?:学校|医院|社区|企业|街道|乡镇|镇街|村|村委|村委会|居委会|单位|部门|公司|银行|机关|政府|中心|园区|景区|小组|领导小组|专班|工作专班|班子|党委|党组|支部|党支部|村两委|党委政府|党政|党政机关|两委)$/;

const isMember = (name: string, all: string[]): boolean => {
  if (name.length < 2 || name.length > 30 || GENERIC.test(name) || NOBODY.test(name) || VERB_INSIDE.test(name) || looksLikePersonName(name)) return false;
  // `各乡、镇人民政府`: the governments of every place of those levels, one group.
  if (/^各[乡镇县市区](?:、[乡镇县市区])+(?:人民政府|政府)$/.test(name)) return true;
  if (/^各/.test(name)) return GROUP.test(name.replace(/[((][^()()]*[))]/g, '')) && !/^各(?:级|地|方|界|项|类|种)/.test(name);
  if (PLACE.test(name)) return false;
  if (/(?:部门|单位)$/.test(name)) return GROUP.test(name) && (/^(?:有关|相关)/.test(name) || isSectorDepartment(name) || isUnitInList(name, all) || /成员单位$/.test(name));
  return isUnitInList(name, all);
};

const CLOSED = /^(.+?)等(?:[\u4e00-\u9fff]{0,8}(?:单位|部门))?$/;

/** `A、B和C` → names; `等…单位` closes the list. */
const members = (head: string): string[] => {
  const closed = CLOSED.exec(head)?.[1] ?? head;
  return splitUnitList(closed).flatMap((n) => n.split(/以及|与/)).map((n) => n.trim()).filter((n) => n.length > 0);
};

type Subject = { names: string[]; bare: boolean };

/** The unit subject of one sentence, or null. */
export const sentenceSubject = (sentence: string): Subject | null => {
  let s = sentence.trim();
  for (let k = 0; k < 2; k += 1) s = s.replace(CIRCUMSTANCE, '');
  const clause = /^[^。;;!?]*/.exec(s)?.[0] ?? '';
  let best: Subject | null = null;
  for (const m of clause.matchAll(VERB)) {
    const at = m.index ?? 0;
    if (at < 2 || at > 80) continue;
    // `领导小组办公室设在县统计局,负责…`: where the office sits is no part of its name.
    const head = clause.slice(0, at).replace(/(?:设在|设于)[\u4e00-\u9fff()()]{2,20}$/, '');
    // The subject runs without a comma, but for one before 要/负责 itself (`A、B,负责…`, not `…,加强…`).
    if (/[,,]/.test(head) || !/^[\u4e00-\u9fff()()、]+$/.test(head) || /^[,,](?!要|负责)/.test(m[0])) continue;
    // A group that names nobody (`各单位`, `市直各部门`: unit-names.ts) alone: keys leave such a task without units;
    // beside a named unit it is one of the list, as the keys keep it (namedUnits).
    const names = namedUnits(head);
    if (!names) continue;
    // `A、B是…的责任主体`: the role is said of every unit listed, no bare list.
    const rolePerUnit = ROLE_NAMED_END.test(m[0]);
    if (!best || names.join('').length > best.names.join('').length) best = { names, bare: !CLOSED.test(head) && !rolePerUnit };
  }
  return best;
};

const firstSentence = (text: string): string => /^[^。;;!?\n]*/.exec(text.trim())?.[0] ?? '';

const isUnit = (n: string, all: string[]): boolean => isLevelSector(n) || isMember(n, all);

type Units = Pick<ParsedTask, 'leads' | 'participants' | 'isLeadInferred'>;

/** A text's first sentence without the circumstance before its subject (`在…领导下,`, `8月31日前,`). */
const openingOf = (text: string): string => firstSentence(text).replace(CIRCUMSTANCE, '');

/** `由X负责…` opening the first sentence (sentence-doers.ts): all named lead; `会议原则同意X关于…`: X, inferred. */
const byOpening = (texts: string[]): Units | null => {
  for (const s of texts.map(openingOf)) {
    const doers = openingDoers(s, members, isUnit);
    if (doers) return { leads: doers, participants: [], isLeadInferred: false };
    const [first, ...rest] = proposers(s, members, isUnit) ?? [];
    if (first) return { leads: [first], participants: rest, isLeadInferred: true };
  }
  return null;
};

/** `整改措施:责令X立即…` / `X责令施工单位…`: the unit a rectification line orders, or that orders (ordered-units.ts). */
const byOrder = (content: string): Units | null => {
  const names = orderedUnits(content, namedUnits);
  return names ? { leads: names, participants: [], isLeadInferred: false } : null;
};

/**
 * `强化…机制,各镇区要加强…;县气象局要…`: an item whose first sentence names no doer, but whose later clauses open
 * with units and their duty: each such unit answers for its part of the item, and all lead (as the keys read them).
 * Two such units at most: an item whose sentences hand its work to three units or more (`文旅局要…。市场监管局要…。
 * 交警大队要…。`) is a division of work, read unit by unit by the last resort (unit-led-pieces.ts), each unit chased for
 * its own part (as the keys of heldout102 read it).
 */
// Only a clause whose subject is given its duty in so many words (`X要…`, `X负责…`): `鼓励金融机构…`, `实现多部门…`
// open with the work, not a doer.
const GIVEN_DUTY = new RegExp(`^[\\u4e00-\\u9fff()()、]{2,40}?${ADVERB}?(?:${STRONG})`);
const byLaterSubjects = (content: string): Units | null => {
  const leads: string[] = [];
  const duties = content.split(/[。;;,,!?\n]/).filter((c) => GIVEN_DUTY.test(c.trim()));
  for (const clause of duties) for (const n of sentenceSubject(clause)?.names ?? []) if (!leads.includes(n)) leads.push(n);
  return leads.length > 0 && leads.length <= 2 ? { leads, participants: [], isLeadInferred: false } : null;
};

/**
 * The units a task's own words name as its doers: the subject of the first sentence of its title, else of its
 * content, else an opening `由X负责` or a meeting's proposer. Also the piece reader's test (unit-led-pieces.ts).
 */
export const unitsOfText = (title: string, content: string): Units | null => {
  const inTitle = sentenceSubject(firstSentence(title));
  const subject = inTitle ?? sentenceSubject(firstSentence(content));
  if (!subject) return byOpening([title, content]) ?? byOrder(content) ?? byLaterSubjects(content);
  const [first, ...rest] = subject.names;
  if (!first) return null;
  // Later clauses of the same paragraph with their own `X负责…` name co-leads (sentence-doers.ts).
  const more = dutyCoLeads(inTitle ? title : content, members, isUnit).filter((n) => !subject.names.includes(n));
  if (subject.bare && rest.length > 0) return { leads: [first, ...more], participants: rest.filter((n) => !more.includes(n)), isLeadInferred: true };
  return { leads: [...subject.names, ...more], participants: [], isLeadInferred: false };
};

/** `人民调解由X牵头…` opening a found task's first sentence (sentence-doers.ts handedDoers): all named lead. */
const byHandedTopic = (texts: string[]): Units | null => {
  const doers = texts.map((t) => handedDoers(openingOf(t), members, isUnit)).find((d) => d !== null);
  return doers ? { leads: doers, participants: [], isLeadInferred: false } : null;
};

const bySubject = (task: ParsedTask): ParsedTask | null => {
  const units = unitsOfText(task.title, task.content) ?? byHandedTopic([task.title, task.content]);
  return units ? { ...task, ...units } : null;
};

/** A line that is a unit's name with a colon or a goals word and nothing else (`区教育局:`, `市民政局工作任务`). */
const unitLine = (text: string): string | null => {
  const t = text.trim();
  const unit = unitOfTitleLine(t);
  return unit && t.replace(/[::]$/, '') !== unit.replace(/[::]$/, '') ? unit : /[::]$/.test(t) ? unit : null;
};

type Line = { line: number; text: string };
type Heading = { line: number; title: string };

/**
 * The nearest unit heading above a task: a section heading of its path that is a unit's name (innermost first), or
 * a `X:` line above it with no section heading between. Only when the document has two such headings at least.
 */
const byHeading = (task: ParsedTask, unitSections: Set<string>, marks: Heading[], sections: Heading[]): ParsedTask | null => {
  const inPath = task.section
    .split(' / ')
    .reverse()
    .find((p) => unitSections.has(p));
  let unit = inPath ? unitOfTitleLine(inPath) : null;
  if (!unit) {
    const mark = marks.filter((m) => m.line < task.line).pop();
    if (mark && !sections.some((s) => s.line > mark.line && s.line < task.line)) unit = mark.title;
  }
  return unit ? { ...task, leads: [unit], participants: [], isLeadInferred: true } : null;
};

/**
 * `1.贺进镇红土坡村,助农金融服务点对面垃圾仍处理不到位。`: a 督查通报's problem filed under the unit that must fix it,
 * its name alone before the first comma. Read only in a list of such items (two at least), led by inference.
 */
const FILED = /^([\u4e00-\u9fff()()]{2,20})[,,]/;
const filedUnit = (task: ParsedTask): string | null => {
  const name = FILED.exec(task.title.trim())?.[1];
  return name && !namesNobody(name) && (isVillageOfTown(name) || isMember(name, [name])) ? name : null;
};

export const fallbackLeads = (tasks: ParsedTask[], sections: Heading[], lines: Line[]): ParsedTask[] => {
  if (!tasks.some((t) => t.leads.length + t.participants.length === 0)) return tasks;
  const named = (t: string): boolean => {
    const unit = unitOfTitleLine(t);
    return unit !== null && isMember(unit, [unit]) && !namesNobody(unit);
  };
  const unitSections = new Set(sections.map((s) => s.title).filter(named));
  const marks = lines.flatMap((l) => {
    const unit = unitLine(l.text);
    return unit && isMember(unit, [unit]) && !namesNobody(unit) ? [{ line: l.line, title: unit }] : [];
  });
  const headings = unitSections.size + marks.length >= 2;
  const read = tasks.map((t) =>
    t.leads.length + t.participants.length > 0 ? t : (bySubject(t) ?? (headings ? byHeading(t, unitSections, marks, sections) : null) ?? t),
  );
  const filed = read.map((t) => (t.leads.length + t.participants.length === 0 ? filedUnit(t) : null));
  if (filed.filter((u) => u !== null).length < 2) return read;
  return read.map((t, k) => {
    const unit = filed[k];
    return unit ? { ...t, leads: [unit], participants: [], isLeadInferred: true } : t;
  });
};

/** `A、B` when every name is a unit's as the subject reader judges one and one at least names somebody; else null. */
export const namedUnits = (head: string): string[] | null => {
  const all = members(head.trim());
  return all.length > 0 && all.every((n) => namesNobody(n) || isUnit(n, all)) && !all.every((n) => namesNobody(n)) ? all : null;
};
