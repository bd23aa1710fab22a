// A paragraph whose sentences each open with the unit that is to act (`水务部门要加强技术指导,…。财政部门要搞好
// 资金调配。农业部门要…。`), or a division of work written as `;`-separated clauses each opened by its unit and 负责
// (`明确分工。发展改革部门负责…;财政部门负责会同有关部门…;水利部门负责…`): each such sentence is a task led by its
// unit, the sentences after it with no unit of their own its text. Made into `1.句子` / `责任单位:X` (and `配合单位:`
// for the units named after 会同) lines for the body reader, the paragraph's own head (`(一)加强组织领导。`) kept
// as its line. Only where a paragraph holds at least three such sentences of three different named units (a
// lone `各部门要…` in a preamble stays text; 各地/各部门/有关部门 name no unit and do not count), or two `负责`
// clauses under a head that says it shares out the work (分工/职责); and only at the top or under a section
// (一、/(一)/第一章) in the section's own paragraph: under a `1.` item, or in the body of a heading of its own line,
// such sentences are that item's own text. A news story's `要求X部门…` / `会议要求X部门要…` sentences (after 要求 the
// unit acts whatever verb follows), `A、B等部门的职责是…`, and a `;` clause opened by a unit of its own count too.
import type { SourceLine } from './body.js';
import { KIND_ORDER, readHeading, SECTION_KINDS } from './numbering.js';
import { isDepartmentLike, isTownName, isUnitNameList, splitUnitList } from './unit-names.js';
import { helpedOpening } from './piece-openings.js';

// `要求各县(区)牵头部门负责…`: the unit after 要求 is the one to act.
const OPENED = /^(?:(?:会议|会上)?(?:要求|责成)|请)?([\u4e00-\u9fff()()]{2,20}?)(?:[,,](?=负责|負責))?(要(?!求|点|闻)|负责|負責)/;
// `要求农牧部门进一步加大…`, `会议责成县财政局落实…`: after 要求/责成 the unit is the one to act, whatever verb follows
// (its name ends as a body's; not 各…/有关…/相关…, which name nobody).
const REQUESTED = /^(?:会议|会上)?(?:要求|责成)((?!各|有关|相关)[\u4e00-\u9fff()()]{1,18}?(?:部门|机关|局|委|办|政府|中心|站|所))(?![员会局委办部门厅室处科股所站队中心])(?=[\u4e00-\u9fff])/;
// `铁路、交通、民航等部门的职责是…`: the list, then what its duty is.
const DUTY_IS = /^([\u4e00-\u9fff()()、]{4,40}?)的(?:主要)?(?:职责|任务)(?:是|为)/;
// `X公司12月中旬全面开工…`: the unit, then its deadline, then the work (as `X要在12月中旬…`).
const DATED = /^([\u4e00-\u9fff()()]{2,20}?)(?:要)?(?:在|于)?\d{1,2}月(?:底|初|末|上旬|中旬|下旬)(?:前)?(?=[\u4e00-\u9fff])/;
// `根据目标任务要求,今年,X局要…`: a grounds clause and a time word before the unit.
const PREFACE = /^(?:根据[^,,。;;:：]{2,24}[,,]\s*)?(?:(?:今年|年内|明年)[,,]\s*)?/;
// `县交通局、公路局,负责…`: a list of units before 负责 (not before 要), its first unit leading.
// `A、B分别负责…` / `A、B等负责…`: the adverb or 等 after the list is no part of its last name.
const LIST_OPENED = /^([\u4e00-\u9fff()()、]{5,40}?)(?:等)?(分别)?(?:[,,](?=负责|負責))?(负责|負責)/;
/**
 * Groups that name no unit of their own: they may open a sentence of the run, never count toward it. A closed list, not
 * unit-names.ts's namesNobody: a run's subjects such as `各成员单位`/`市直各部门` count toward it, as the keys read them.
 */
const UNNAMED = /^(?:各地|各部门|各单位|各级各部门|各地各部门|各有关部门|有关部门|相关部门|各相关部门|各有关单位|有关单位|相关单位|各方面)$/;
const DIVISION_HEAD = /分工|职责|職責/;
/** `会同农业农村部门建…`, `会同A、B开展…`: the units named after 会同 (the last up to its name's end), not `有关部门`. */
const WITH_LIST = /(?:会同|會同)([\u4e00-\u9fff、()()]{2,120})/g;
/** After a name's bracket (`各县(市、区)政府`): the body the bracket belongs to. */
const AFTER_BRACKET = /^(?:人民政府|政府|管委会|党委)/;
const FEWEST = 3;
const SHI_PARTS = /(^|[。;;,,:：\s])一是.*[。;;,,]\s*二是/;

/** `helpers`: units that only help the sentence's unit (`城管局协助安监局…`: 城管局). */
type Sentence = { text: string; unit: string | null; verb: string; helpers?: string[] };

const unitOf = (sentence: string): { unit: string; verb: string; helpers?: string[] } | null => {
  if (readHeading(sentence) !== null || sentence.length < 8) return null;
  const own = sentence.replace(PREFACE, '');
  // `城管局协助安监局设置…`: the unit helped is the clause's, the helper takes part.
  const helped = helpedOpening(own)?.units;
  if (helped?.leads.length === 1 && helped.leads[0]) return { unit: helped.leads[0], verb: '负责', helpers: helped.participants };
  const m = OPENED.exec(own);
  if (m?.[1] && m[2] && isDepartmentLike(m[1]) && !/要|负责|負責/.test(m[1])) return { unit: m[1], verb: m[2] };
  const requested = REQUESTED.exec(own)?.[1];
  if (requested && isDepartmentLike(requested)) return { unit: requested, verb: '要' };
  const dutyIs = DUTY_IS.exec(own)?.[1];
  const listed = dutyIs ? splitUnitList(dutyIs) : [];
  if (dutyIs && listed.length > 0 && isUnitNameList(listed) && !listed.some((n) => UNNAMED.test(n) || /^(各|有关|相关)/.test(n))) return { unit: dutyIs, verb: '负责' };
  const dated = DATED.exec(own)?.[1];
  if (dated && isDepartmentLike(dated) && !/要|负责|負責/.test(dated)) return { unit: dated, verb: '要' };
  const list = LIST_OPENED.exec(sentence);
  const names = list?.[1]?.includes('、') ? splitUnitList(list[1]) : [];
  const verb = `${list?.[2] ?? ''}${list?.[3] ?? ''}`;
  return list?.[3] && names.length >= 2 && isUnitNameList(names) && !names.some((n) => UNNAMED.test(n)) ? { unit: list[1] ?? '', verb } : null;
};

/** `各组成单位及其职责如下:县环保局,负责…`: a lead-in closed by a colon is a sentence of its own before the unit's. */
const atLeadIn = (sentence: string): string[] => {
  const colon = sentence.search(/[::]/);
  if (colon < 0 || unitOf(sentence) !== null || unitOf(sentence.slice(colon + 1).trim()) === null) return [sentence];
  return [sentence.slice(0, colon + 1), sentence.slice(colon + 1).trim()];
};

/** `工商部门要…;质监部门要…。`: a clause after `;` that opens with a unit of its own is a sentence of its own. */
const atUnitClauses = (sentence: string): string[] =>
  sentence.split(/(?<=[;;])/).reduce<string[]>((out, part) => {
    const last = out.length - 1;
    if (last < 0 || unitOf(part.trim()) !== null) out.push(part.trim());
    else out[last] = `${out[last] ?? ''}${part}`;
    return out;
  }, []);

const sentencesOf = (text: string, separator: RegExp): Sentence[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .flatMap(atUnitClauses)
    .flatMap(atLeadIn)
    .map((s) => {
      const u = unitOf(s);
      // The grounds and time word before the unit are no part of its task's title.
      return u ? { text: s.replace(PREFACE, ''), ...u } : { text: s, unit: null, verb: '' };
    });

const named = (sentences: Sentence[]): Set<string> => new Set(sentences.flatMap((s) => (s.unit && !UNNAMED.test(s.unit) ? [s.unit] : [])));

/** The paragraph's sentences when they make such a run (split at 。, or at ; for 负责 clauses), else null. */
const runOf = (text: string): Sentence[] | null => {
  // `一是…。二是X要…。`: parts counted off by 是 are shi-items.ts's and shi-subjects.ts's (one titled task, or a task
  // per part when each carries its own bracket), not sentences of a run.
  if (SHI_PARTS.test(text)) return null;
  const byStop = sentencesOf(text, /(?<=。)/);
  if (named(byStop).size >= FEWEST) return byStop;
  // `…明确分工。A部门负责…;B部门负责…;C部门负责…`: the clauses after the head, parted by `;`.
  const clauses = sentencesOf(text, /(?<=[。;;])/);
  const duties = clauses.filter((s) => s.unit !== null && s.verb !== '要');
  const head = clauses.slice(0, clauses.findIndex((s) => s.unit !== null)).map((s) => s.text).join('');
  const fewest = DIVISION_HEAD.test(head) ? 2 : FEWEST;
  return new Set(duties.map((s) => s.unit)).size >= fewest ? clauses : null;
};

/**
 * The run stands in its section's own paragraph (`(一)加强组织领导。各级政府要…。水务部门要…`), or at the top of
 * a page with no heading above it. A paragraph under a heading of its own line (`(二)编写好专项报告。` / `A局负责
 * 编写…;B局负责编写…`) is that heading's item, its clauses the item's text (the units share the one task).
 */
const standsAlone = (lines: SourceLine[], at: number): boolean => {
  const own = readHeading(lines[at]?.text.trim() ?? '');
  if (own) return SECTION_KINDS.has(own.kind);
  return at <= firstHeading(lines);
};

/** Where a page's first heading stands (its length when it has none), found once per page: asked per line it cost the square. */
const firstHeadings = new WeakMap<SourceLine[], number>();
const firstHeading = (lines: SourceLine[]): number => {
  let at = firstHeadings.get(lines);
  if (at === undefined) {
    at = lines.findIndex((l) => readHeading(l.text.trim()) !== null);
    if (at < 0) at = lines.length;
    firstHeadings.set(lines, at);
  }
  return at;
};

/** `A、B(C、D)、E…`: the list's names, parted at the 、 outside brackets. */
const topLevelParts = (list: string): string[] => {
  const parts = [''];
  let depth = 0;
  for (const ch of list) {
    if (ch === '(' || ch === '(') depth += 1;
    if (ch === ')' || ch === ')') depth = Math.max(0, depth - 1);
    if (ch === '、' && depth === 0) parts.push('');
    else parts[parts.length - 1] += ch;
  }
  return parts;
};

// The work after the names after 会同 opens with its verb (`会同A、B修复…`, `…落实奖补资金`).
const WORK_START = /^(?:完成|建成|新建|改扩建|扩建|改建|续建|建设|推进|开展|加强|加快|提升|提高|打造|改造|创建|实施|落实|推动|启动|组织|做好|抓好|确保|着力|全面|大力|积极|深入|健全|完善|制定|制订|规范|推行|修复|鼓励|引导|支持|强化|优化|深化|坚持|按照|研究|编制|编写|开工|整治|治理|指导|督促|配合|共同|做|抓|搞)/;
// What may still belong to a name cut short at its first ending (`各乡` + `镇`, `市中小企业` + `局`).
const NAME_GOES_ON = /^(?:人民政府|政府|管委会|镇|局|委|办|部门|单位|公司|中心|指挥部)/;

/** The name that opens the text (`农业农村部门开展…` → `农业农村部门`): the one the work's verb follows, else the shortest. */
const leadingName = (text: string, before: string[]): string | null => {
  const ends: number[] = [];
  for (let end = 2; end <= Math.min(text.length, 20); end += 1) {
    const name = text.slice(0, end);
    if ((isDepartmentLike(name) || isTownName(name)) && isUnitNameList([...before, name])) ends.push(end);
  }
  let end = ends.find((e) => WORK_START.test(text.slice(e))) ?? ends[0];
  if (end === undefined) return null;
  if (!WORK_START.test(text.slice(end))) for (let more = NAME_GOES_ON.exec(text.slice(end)); more; more = NAME_GOES_ON.exec(text.slice(end))) end += more[0].length;
  let name = text.slice(0, end);
  const bracket = /^[((][^()()]{1,12}[))]/.exec(text.slice(end))?.[0];
  if (bracket) name += bracket + (AFTER_BRACKET.exec(text.slice(end + bracket.length))?.[0] ?? '');
  return name;
};

const partners = (text: string): string[] =>
  [...text.matchAll(WITH_LIST)].flatMap((m) => {
    const pieces = topLevelParts(m[1] ?? '');
    const last = leadingName(pieces.pop() ?? '', pieces);
    const names = last ? [...pieces, last] : [];
    return names.length > 0 && isUnitNameList(names) ? names.filter((u) => !UNNAMED.test(u.replace(/部門/, '部门'))) : [];
  });

/** Where each line stands: its own heading's kind and the line of the heading above it of a higher level. */
const placeOf = (lines: SourceLine[], at: number): string | null => {
  const own = readHeading(lines[at]?.text.trim() ?? '');
  if (!own) return null;
  let parent = at - 1;
  while (parent >= 0) {
    const h = readHeading(lines[parent]?.text.trim() ?? '');
    if (h && KIND_ORDER[h.kind] < KIND_ORDER[own.kind]) break;
    parent -= 1;
  }
  return `${own.kind}@${parent}`;
};

/**
 * A sibling of a paragraph that makes a run (`(二)明确工作重点。各县(市)区要按照…。`, the same numbering under the
 * same section): its sentences opened by a unit are tasks as well, one is enough, so that it does not stand as
 * an empty section beside a sibling that holds tasks.
 */
const siblingRun = (text: string): Sentence[] | null => {
  const byStop = sentencesOf(text, /(?<=。)/);
  return named(byStop).size >= 1 ? byStop : null;
};

const itemLines = (l: SourceLine, run: Sentence[]): SourceLine[] => {
  const first = run.findIndex((s) => s.unit !== null);
  const out: SourceLine[] = [];
  const head = run.slice(0, first).map((s) => s.text).join('');
  if (head !== '') out.push({ line: l.line, text: head });
  // Under a head that shares out the work (`明确分工。`), `A、B负责…` says both answer for that part: both lead.
  const division = DIVISION_HEAD.test(head);
  let n = 0;
  for (let k = first; k < run.length; k += 1) {
    const s = run[k];
    if (!s?.unit) continue;
    let body = s.text;
    while (k + 1 < run.length && !run[k + 1]?.unit) body += run[++k]?.text ?? '';
    n += 1;
    // A list's first unit leads, the others take part (a bare 责任单位 list), but each unit of `A、B分别负责…` leads its
    // own part, as each of `A、B负责…` does in a division of work (not `A、B。负责…`, a list heading its duties); the
    // sentence is the title whole, its units included, as for a clause of one unit.
    const list = s.unit.includes('、') && !s.verb.startsWith('分别') && !(division && /^等?(?:负责|負責)/.test(s.text.slice(s.unit.length)));
    // `A、B,负责…`: the list parted by a comma would be the whole title, so the duty after it is the title.
    const text = /^[,,]/.test(body.slice(s.unit.length)) && s.unit.includes('、') ? body.slice(s.unit.length).replace(/^[,,]\s*/, '') : body;
    out.push({ line: l.line, text: `${n}.${text}` }, { line: l.line, text: `${list ? '责任单位' : '牵头单位'}:${s.unit}` });
    const helping = [...(s.helpers ?? []), ...partners(body)];
    if (helping.length > 0) out.push({ line: l.line, text: `配合单位:${helping.join('、')}` });
  }
  return out;
};

export const splitUnitSubjectSentences = (lines: SourceLine[]): SourceLine[] => {
  const runs = lines.map((l, at) => (standsAlone(lines, at) ? runOf(l.text.trim()) : null));
  if (runs.every((r) => r === null)) return lines;
  const places = new Set(runs.flatMap((r, at) => (r ? [placeOf(lines, at)] : [])).filter((p) => p !== null));
  return lines.flatMap((l, at) => {
    const place = placeOf(lines, at);
    const run = runs[at] ?? (place !== null && places.has(place) ? siblingRun(l.text.trim()) : null);
    return run ? itemLines(l, run) : [l];
  });
};
