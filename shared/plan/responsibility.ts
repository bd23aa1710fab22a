// Reads a responsibility cell or clause: who leads a task and who joins it.
import { GLUED_CONTENT_FIELD } from './glued-labels.js';
import { firstUnitApart } from './first-apart.js';
import { ACTING_PARTY_LABELS, isStrayPartyLabel, SUPERVISING_PARTY_LABELS } from './party-labels.js';
import { joinLoneCharacters } from './lone-characters.js';
import { guessHeaderRole } from './header-guess.js';
import { alternatives, BARE_ROLES, FIX_QUALIFIER, HOST_ROLES, JOIN_ROLES, LEAD_ROLES, orEachOwn, OVERSEER_ROLES, ROLE_ALTERNATIVES, UNIT_ALTERNATIVES, UNIT_WORDS } from './role-words.js';
import { foldPunctuation } from './text.js';
import { applyLeadMarks } from './lead-marks.js';
import { hostsUnderLead } from './hosts-under-lead.js';
import { foldLabelScript, isDepartmentLike, isUnitInList, splitUnitList } from './unit-names.js';

export type Responsibility = {
  leads: string[];
  participants: string[];
  /** True when only a bare 责任单位 list was given and its first unit was taken as lead. */
  isLeadInferred: boolean;
  /** True when the leads are a list of units sharing the work (`A、B按职责分工负责`, `A、B负责`). */
  isShared?: boolean;
};

/** A bare list of units (`责任单位:A、B、C`, or units alone on a line): the first leads by inference, the rest take part. */
export const bareList = (names: string[]): Responsibility => ({ leads: names.slice(0, 1), participants: names.slice(1), isLeadInferred: true });

// Short forms (`牵头:`, `配合:`) and the 主要/其他责任单位 pair are labels too; a colon must follow, so
// `X牵头,Y配合` is still read as a sentence. Each role word goes with every unit word an office uses
// (role-words.ts: 单位, 部门, and a department's own 科室/处室/股室): `配合处室:` is `配合单位:` in a provincial
// bureau's plan, and a table's header reads the same words.
const withUnitWords = (roles: readonly string[]): string[] => roles.flatMap((r) => UNIT_WORDS.map((u) => `${r}${u}`));
const LEAD_LABELS = [...withUnitWords(LEAD_ROLES), '主办', '牵头'];
const PARTICIPANT_LABELS = [
  ...withUnitWords(JOIN_ROLES),
  // `主要协作单位:`, `其他配合单位:`: a participant label with a qualifier in front is the same label.
  ...withUnitWords(JOIN_ROLES).flatMap((label) => [`主要${label}`, `其他${label}`]),
  '协办',
  '配合',
  '参与',
  '协同',
  ...SUPERVISING_PARTY_LABELS,
];
// Other issuers' words for the same bare list (`实施单位`, `承担单位`, `主管部门`, `具体责任单位`): the first
// unit leads by inference, as with 责任单位.
// `主体责任:` (party-labels.ts) is such a list too: beside `监督责任:` its units lead, beside a `牵头部门:` they take part.
const BARE_LABELS = [...withUnitWords(BARE_ROLES), ...HOST_ROLES, ...ACTING_PARTY_LABELS];
/** A host's label (`承办:`, `承办单位:`): its units lead when another role's list is beside them. */
const isHostLabel = (label: string): boolean => HOST_ROLES.some((role) => label.startsWith(role));

type Label = { kind: 'lead' | 'participant' | 'bare'; label: string };

const LABELS: Label[] = [
  ...LEAD_LABELS.map((label) => ({ kind: 'lead' as const, label })),
  ...PARTICIPANT_LABELS.map((label) => ({ kind: 'participant' as const, label })),
  ...BARE_LABELS.map((label) => ({ kind: 'bare' as const, label })),
].sort((a, b) => b.label.length - a.label.length);

/** Labels may be typed with spaces between characters (牵 头 单 位); remove them before matching. */
const squeezeLabels = (text: string): string =>
  foldLabelScript(text).replace(/(牵\s*头|参\s*与|参\s*加|协\s*作|配\s*合|协\s*同|责\s*任|主\s*办|协\s*办|承\s*办)\s*(责\s*任\s*)?(部\s*门|单\s*位)?/g, (m) =>
    m.replace(/\s+/g, ''),
  );

/** Does this text start with a responsibility label? Used to tell a responsibility cell from content. */
export const startsWithResponsibility = (text: string): boolean => {
  const folded = squeezeLabels(foldPunctuation(text)).replace(/^[[〔【(]/, '');
  return LABELS.some(({ label }) => folded.startsWith(label) && /^\s*[::]/.test(folded.slice(label.length)));
};

type Segment = { kind: Label['kind']; body: string; isHost: boolean; label: string };

/**
 * Where a labelled list ends: at a sentence end (a remark follows: `牵头部门:市水利局。进度较慢…`), at
 * another field (`项目责任人:`, `完成时限:`), or at a space followed by something that is not a unit.
 */
/**
 * Fields beside the units that name none of them: a person, a deadline, a phone number, the fix's own text
 * (`责任人:张伟`, `完成时限:…`, `整改措施:…`), as a regular expression's source.
 */
/** A unit that oversees the work (`督导单位:`, `督办部门:`, `考核责任单位:`) is such a field: it neither leads nor takes part. */
export const OTHER_FIELD_WORD = `(?:(?:具体)?(?:责任人|责任领导|分管领导|牵头领导|分管负责人|联系人|联系电话|完成时限|完成时间|时间节点|时限要求|时限|整改时限|整改措施)|(?:${alternatives(OVERSEER_ROLES)})(?:责任)?(?:单位|部门))`;
const GLUED_FIELD = new RegExp(`${OTHER_FIELD_WORD}\\s*[::].*$`);

const listOnly = (body: string): string => {
  // `牵头单位:X;督办单位:Y`: the labels this reader knows were cut apart already, so any other `字段:`
  // after a separator is another field, whose words are not this list's units.
  const text = body
    .replace(/^\s+/, '')
    .replace(/[;;,,、]\s*[^\s;;,,、::()()]{2,8}[::].*$/, '')
    // A field glued to the last unit with no mark (`…各县政府责任人:张三`, a 清单 run into one paragraph).
    .replace(GLUED_FIELD, '')
    // `甲镇任务目标:…`: the next label of the form glued on (glued-labels.ts).
    .replace(GLUED_CONTENT_FIELD, '');
  const sentence = joinLoneCharacters(text.split(/[。]/)[0] ?? '');
  const tokens = sentence.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const token of tokens) {
    if (kept.length > 0 && (/[::]/.test(token) || !isDepartmentLike(splitUnitList(token)[0] ?? token))) break;
    kept.push(token.replace(/[::].*$/, ''));
  }
  return cutRunOnName(kept.join('、'));
};

/**
 * A list whose last name runs on into the next heading's work (`园林局配合做好专项整治工作`, a page that lost its
 * line breaks): the name ends where a unit's name ends and a verb of work begins.
 */
const WORK_VERB = /^(?:配合|负责|做好|开展|推进|实施|加强|抓好|落实|协助|组织)[\u4e00-\u9fff]{2,}/;
const cutRunOnName = (list: string): string => {
  const names = splitUnitList(list);
  const last = names[names.length - 1] ?? '';
  if (last.length < 8 || isDepartmentLike(last)) return list;
  for (let k = 2; k <= last.length - 4; k += 1) {
    if (isDepartmentLike(last.slice(0, k)) && WORK_VERB.test(last.slice(k))) return list.slice(0, list.lastIndexOf(last) + k);
  }
  return list;
};

const count = (text: string, chars: RegExp): number => (text.match(chars) ?? []).length;

/** `(牵头单位:X)` → its inside; a closing bracket that closes a unit's own note (`市住建局(牵头)`) stays. */
const unwrap = (text: string): string => {
  const inner = text.replace(/^[[〔【(]/, '');
  const isUnbalanced = count(inner, /[\]〕】)]/g) > count(inner, /[[〔【(]/g);
  return isUnbalanced ? inner.replace(/[\]〕】)]$/, '') : inner;
};

/**
 * Splits `牵头部门:X;参与部门:A、B。` into labelled segments. A colon where a semicolon belongs
 * (`牵头部门:市财政局:参与部门:…`) still works because segments are cut at each label, not at `;`.
 */
const segmentsOf = (text: string): Segment[] => {
  const folded = unwrap(squeezeLabels(foldPunctuation(text)));
  const pattern = new RegExp(`(${LABELS.map((l) => l.label).join('|')})\\s*[::]`, 'g');
  const hits = [...folded.matchAll(pattern)].filter((hit) => !isStrayPartyLabel(hit[1] ?? '', folded.slice(0, hit.index ?? 0)));
  return hits.map((hit, i) => {
    const start = (hit.index ?? 0) + hit[0].length;
    const end = i + 1 < hits.length ? (hits[i + 1]?.index ?? folded.length) : folded.length;
    const label = LABELS.find((l) => l.label === hit[1]);
    return { kind: label?.kind ?? 'bare', body: listOnly(folded.slice(start, end)), isHost: isHostLabel(hit[1] ?? ''), label: hit[1] ?? '' };
  });
};

/** `A、B按职责分工负责` / `A、B分别牵头`: every unit named is responsible, none is inferred. */
const SHARED = orEachOwn(/(按照?职责分别(?:负责|落实)|(?:按职责)?分工负责|按职责分工|分别负责|分别牵头(落实)?|共同负责|负责落实)$/);

/**
 * `责任单位:A和B分别牵头、C` / `责任单位:X牵头,A、B` / `责任单位:X牵头`: a lead verb written inside a bare list
 * says who leads — every unit before it (分别/共同 or a plain 牵头 after a 、 list), and the units after it
 * take part. A list that ends in `分别牵头` with nothing after is SHARED's.
 */
const LEAD_VERB_IN_LIST = /^(.+?)(分别|共同)?牵头(?:负责|落实)?(?:[、,,;;]\s*(\S.*))?$/;
const splitByLeadVerb = (body: string): { leads: string[]; participants: string[] } | null => {
  const m = LEAD_VERB_IN_LIST.exec(body);
  if (!m?.[1] || (m[2] && !m[3])) return null;
  const leads = splitUnitList(m[1]);
  const participants = m[3] ? splitUnitList(m[3]) : [];
  if (leads.length === 0 || !leads.every(isDepartmentLike)) return null;
  if (m[3] && (participants.length === 0 || !participants.every((n) => isUnitInList(n, participants)))) return null;
  return { leads, participants };
};

/**
 * `承办:X` beside `协办:A` or `责任单位:B、C`: the host leads; a bare list beside it takes part (see parseResponsibility).
 * Beside a 牵头 label the lead is named already, and the host's list is the bare list it was.
 */
const hostsLead = (segments: Segment[]): Segment[] =>
  segments.some((s) => s.isHost) && segments.some((s) => !s.isHost) && !segments.some((s) => s.kind === 'lead')
    ? segments.map((s) => (s.isHost ? { ...s, kind: 'lead' } : s))
    : segments;

export const parseResponsibility = (text: string): Responsibility => {
  const leads: string[] = [];
  const participants: string[] = [];
  const bare: string[] = [];
  let isShared = false;
  const segments = hostsUnderLead(hostsLead(segmentsOf(text)));
  const hasExplicitParticipants = segments.some((s) => s.kind === 'participant');
  for (const { kind, body } of segments) {
    // `…按职责分工负责,下同`: the list's own note that its wording holds below too, not a unit.
    const trimmed = body.replace(/[,,]\s*下同\s*$/, '').replace(/[,,;;、\s]+$/, '');
    const byVerb = kind === 'bare' ? splitByLeadVerb(trimmed) : null;
    if (byVerb) {
      leads.push(...byVerb.leads);
      participants.push(...byVerb.participants);
      continue;
    }
    const apart = kind === 'bare' ? firstUnitApart(trimmed) : null;
    if (apart) {
      bare.push(apart.first);
      participants.push(...apart.others);
      continue;
    }
    if (SHARED.test(trimmed)) isShared = true;
    const names = splitUnitList(trimmed.replace(SHARED, ''));
    if (kind === 'lead') leads.push(...names);
    else if (kind === 'participant') participants.push(...names);
    else bare.push(...names);
  }
  if (leads.length === 0 && bare.length > 0) {
    // 责任单位 beside 配合单位 is the lead; so is every unit of a list that shares the work out.
    if (isShared || hasExplicitParticipants) return applyLeadMarks({ leads: bare, participants, isLeadInferred: false, isShared: isShared && !hasExplicitParticipants });
    return applyLeadMarks({ leads: bare.slice(0, 1), participants: [...bare.slice(1), ...participants], isLeadInferred: true });
  }
  return applyLeadMarks({ leads, participants: [...participants, ...bare], isLeadInferred: false });
};

/**
 * A label printed in brackets at the start of a line (`【牵头单位】区园林局`, `[责任单位]…`, `【牵头】…`) is
 * the same label as `牵头单位:`; written so, it is read so. Later on the line (after the task's sentence
 * or another label's units: `…3处。【牵头单位】区城管局【配合单位】区交警大队`) only a full label word
 * counts, so a unit's own mark (`区发改委[牵头]`) stays a mark.
 */
/** A responsibility label's word (`牵头单位`, `协同责任单位`, `其他责任部门`), as a regular expression's source. */
export const LABEL_WORD = `(?:主要|其他|具体|工作)?(?:${ROLE_ALTERNATIVES})(?:责任|负责|落实)?(?:${UNIT_ALTERNATIVES})`;
/** Role words that are a label alone in brackets (`【牵头】`, `[配合]`): others need their unit word. */
const ALONE_LABEL = '(?:主要|其他)?(?:牵头|配合|参与|参加|协同|协办|协作|协助|主办|主责|责任|落实|承办)';
const LINE_START_LABEL = new RegExp(`^(\\s*)[【\\[〔]\\s*(${LABEL_WORD}|${ALONE_LABEL})\\s*[】\\]〕]\\s*(?![::])`);
const INLINE_LABEL = new RegExp(`[【\\[〔]\\s*(${LABEL_WORD})\\s*[】\\]〕]\\s*(?![::])`, 'g');

/** A label with a note on what it names (`牵头单位(部门):`, `责任单位(单位/部门):`) is the plain label. */
const LABEL_NOTE = new RegExp(`(${LABEL_WORD})\\s*[((](?:单位|部门|科室|处室)(?:[/、或](?:单位|部门|科室|处室))?[))]\\s*(?=[::])`, 'g');

/**
 * `牵头单位为市发改委,配合单位为市财政局`: a label followed by 为 says what a colon says — but not a
 * document's rule (`第一责任单位为牵头单位`), whose 为 names a role. A name a site masked (`****分局`) opens with `*`.
 */
const LABEL_WITH_WEI = new RegExp(`(${LABEL_WORD})(?:为|是)(?=[\\u4e00-\\u9fff*＊])(?!牵头|配合|参与|协办|主办|汇总|责任)`, 'g');

/** Up to the first closing bracket that closes nothing opened after the start (`相关市(州)人民政府)。` → the name). */
const beforeStrayClose = (text: string): string => {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (c === '(' || c === '\uff08') depth += 1;
    else if (c === ')' || c === '\uff09') {
      if (depth === 0) return text.slice(0, i);
      depth -= 1;
    }
  }
  return text;
};

/** The text opens with a unit: its list, cut at `cut` and before a verb (`X牵头`), starts with a unit's name. */
const opensWithUnit = (text: string, cut: RegExp): boolean => {
  const names = splitUnitList(text.replace(cut, '').replace(/(?:(?:分别|共同)(?=牵头|负责)|牵头|负责|配合|参与|协助|会同).*$/, ''));
  return names.length > 0 && isUnitInList(names[0] ?? '', names);
};

/**
 * A label parted from its units by a space instead of a colon (`牵头单位 区发改局`, `(牵头单位 X;责任单位 A、B)`),
 * as a Word form or a PDF's text gives it: read as the colon, when what follows is a unit and no other
 * column word (a space-separated header `牵头单位 配合单位 完成时限` or `主管单位 协管单位` stays a header).
 */
// A party's label (`主体责任单位 X`, party-labels.ts) is parted so too.
const SPACED_LABEL = new RegExp(`(^|[\\s(\\[【〔;,。])((?:${FIX_QUALIFIER})?${LABEL_WORD}|${alternatives([...ACTING_PARTY_LABELS, ...SUPERVISING_PARTY_LABELS])})[ \\t]+(?=([^\\s|]+))`, 'g');
const labelBySpace = (line: string): string =>
  line.replace(SPACED_LABEL, (whole, before: string, label: string, next: string) => {
    // The first unit ends the list's first name; a bracket may be in its name (`相关市(州)人民政府`), a note
    // after it (`县发改局(首位单位为牵头单位)`), or inside a bracket the list runs to its close.
    const isUnit = opensWithUnit(next, /[;,。\]】〕].*$/) || opensWithUnit(next, /[;,。()\]】〕].*$/) || opensWithUnit(beforeStrayClose(next), /[;,。;,\]】〕].*$/);
    // Opening a bracket (`(牵头单位 市发…`, cut off by the page) it is a label whatever follows.
    const opensBracket = /[(\[【〔]/.test(before);
    const isColumnWord = new RegExp(`^${LABEL_WORD}`).test(next) || guessHeaderRole(next.replace(/[;,。].*$/, '')) !== null;
    return isColumnWord || (!opensBracket && !isUnit) ? whole : `${before}${label}:`;
  });

/** A space before a label's colon (`牵头单位 :X`, a justified line's) is not there. */
const SPACE_BEFORE_COLON = new RegExp(`(${LABEL_WORD})\\s+(?=[::])`, 'g');

/**
 * A label glued to the short value of the field before it (`牵头领导:张三副局长责任部门:A、B`, a page that lost
 * its line breaks): the label starts a field of its own, so a `;` is put before it.
 */
const GLUED_LABEL = new RegExp(`([::][^::;;。,,\\s]{1,20}?)(${LABEL_WORD})(?=\\s*[::])`, 'g');

/**
 * A label that also asks for each unit's head (`责任单位及责任人:A、B主要领导`): the unit label, as the same words
 * head a table's column (unit-head-cells.ts); the heads' words after each unit are left to the unit list.
 */
const LABEL_AND_HEAD = new RegExp(`(${LABEL_WORD})(?:及|和|与|、)其?(?:主要|具体|第一)?(?:负责人|责任人|负责同志|责任领导|领导)\\s*(?=[::])`, 'g');

/**
 * A numbered item's title run into its label (`(一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会`, a table's row
 * pasted as one line): the label starts a field of its own, so a `。` closes the title before it.
 */
const TITLE_THEN_LABEL = new RegExp(`^(\\s*(?:[((][一二三四五六七八九十\\d]{1,3}[))]|\\d{1,3}[、.．]|[一二三四五六七八九十]{1,3}、)[^::;;。,,]{2,60}?[\\u4e00-\\u9fff))])(${LABEL_WORD})\\s*(?=[::])`);

export const unbracketLabel = (line: string): string =>
  labelBySpace(line.replace(LABEL_AND_HEAD, '$1').replace(TITLE_THEN_LABEL, '$1。$2').replace(GLUED_LABEL, '$1;$2').replace(SPACE_BEFORE_COLON, '$1').replace(LABEL_WITH_WEI, '$1:').replace(LABEL_NOTE, '$1').replace(LINE_START_LABEL, '$1$2:').replace(INLINE_LABEL, '$1:'));
