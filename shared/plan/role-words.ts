// The words offices name a responsibility role with, in one place: a table's column header (牵头单位 | 配合单位)
// and a line's label (牵头单位:X) use the same words, and another issuer's word for a role (承担单位, 协作处室,
// 责任牵头单位) must read the same in both. Each role word goes with every unit word.

/** A 督查通报's qualifier before a label's role word (`问题整改责任单位:X 整改时限:N天`): the same label, for the fix. */
export const FIX_QUALIFIER = '(?:问题)?(?:整改|整治)';
/** Role words that name the units who lead. */
export const LEAD_ROLES = ['牵头', '总牵头', '牵头责任', '牵头负责', '牵头落实', '牵头协调', '牵头实施', '牵头组织', '牵头组织实施', '牵头领导', '责任牵头', '主办', '主责', '主要责任', '第一责任'];
/** Role words that name the units who take part. */
export const JOIN_ROLES = ['配合', '参与', '参加', '协作', '协助', '协同', '协办', '协管', '配合责任', '协同责任', '协办责任', '其他责任', '次要责任', '责任配合', '其他配合', '主要配合', '其他参与', '主要协作', '相关责任'];
/**
 * Role words that name the responsible units without saying who leads (the first leads by inference). 承接单位: the
 * unit that takes a duty over (a handover list's), as 承担单位 says; 数据提供单位: the unit a 纲要分工方案 holds to an
 * indicator's figure (2787).
 */
export const BARE_ROLES = ['责任', '组成', '承办', '落实', '负责', '实施', '承担', '承接', '执行', '主管', '数据提供', '工作责任', '具体责任', '具体负责', '具体落实', '具体实施', '牵头及责任', '牵头和配合', '牵头、责任', '牵头、配合'];
/**
 * Role words for the unit that hosts the work (`承办:X`, `承办单位:X`): alone a bare list, but beside another role's
 * list (`协办:A、B`, `责任单位:C、D`) its units lead and the others take part, as `由X承办,A、B协办` reads.
 */
export const HOST_ROLES = ['承办'];
/**
 * Words after a list that share the work out, each unit answering for its own part (`A、B各负其责`): every unit
 * named leads, as `按职责分工负责` says.
 */
export const EACH_OWN_WORDS = ['各负其责', '各司其职'];
/**
 * Role words for a unit that scores, checks or oversees the work (`评分部门`, `考核单位`, `督办单位`): a table's column
 * so named holds units, but never the ones that do the work; it is an extra column beside the responsible one.
 */
export const OVERSEER_ROLES = ['评分', '考核', '考评', '评价', '督办', '督查', '督导', '监督'];
/**
 * What the role is given to: 单位, 部门, a department's own 处室/科室/股室, a ministry's 司局, a state firm's 部室, a
 * university's 院系, a 主体.
 */
export const UNIT_WORDS = ['单位', '部门', '处室', '科室', '股室', '司局', '部室', '院系', '机构', '主体'];

/** Role words a header or label may use alone, with no unit word (`牵头`, `配合`, `主办`). */
const BARE_WORD_ROLES = ['牵头', '主办', '配合', '参与', '协同', '协办'];

/** Words as a regular expression's alternatives, the longest first so a longer word is never cut short. */
export const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * A header's columns may name the role as a list (`任务清单 | 责任清单 | 时限清单`, the 三张清单 of a duty table):
 * in a header only, where a column word names nothing else; a line's `责任清单` is a document's name.
 */
const HEADER_UNIT_WORDS = [...UNIT_WORDS, '清单'];

/**
 * `按职责分工`, `按照各自职责` before the verb that shares the work out (`A、B按职责分工分别负责`, `…按各自职责共同落实`,
 * `…按职责分工各负其责`): the phrase is the verb's, never the last unit's name.
 */
const BY_DUTY = '按照?(?:各自)?职责(?:分工)?';
/** EACH_OWN_WORDS closing a text, as a regular expression: `(?:各负其责|各司其职)$`, a BY_DUTY phrase before them. */
export const EACH_OWN_END = new RegExp(`(?:${BY_DUTY})?(?:${alternatives(EACH_OWN_WORDS)})$`);
/** A BY_DUTY phrase with 分别/共同 and its verb closing a text (`按职责分工分别负责`, `按各自职责共同落实`). */
const BY_DUTY_END = new RegExp(`${BY_DUTY}(?:分别|共同)(?:负责落实|负责|落实)$`);
/** A verb's expression (`/(?:负责|…)$/`) that also takes EACH_OWN_WORDS, or a BY_DUTY phrase and its verb, at the end. */
export const orEachOwn = (verb: RegExp): RegExp => new RegExp(`${BY_DUTY_END.source}|${verb.source}|${EACH_OWN_END.source}`);

/** A header cell naming the role, anchored: `^(role)(unit word)$`, or a short role word alone. */
const headerOf = (roles: readonly string[]): RegExp =>
  new RegExp(`^(?:(?:${alternatives(roles)})(?:${alternatives(HEADER_UNIT_WORDS)})|${alternatives(roles.filter((r) => BARE_WORD_ROLES.includes(r)))})$`);

/**
 * `责任单位或牵头单位`, `牵头单位或责任单位`: a header giving the column two names, one of them the lead's; 或 says
 * they are one role, so every unit of the cell leads (`牵头及责任单位` names two roles and stays a bare list).
 */
const eitherName = (roles: readonly string[]): string => `(?:${alternatives(roles)})(?:${alternatives(UNIT_WORDS)})?`;
const LEAD_OR_BARE = `${eitherName(LEAD_ROLES)}或${eitherName(BARE_ROLES)}|${eitherName(BARE_ROLES)}或${eitherName(LEAD_ROLES)}`;
export const LEAD_HEADER = new RegExp(`${headerOf(LEAD_ROLES).source}|^(?:${LEAD_OR_BARE})$`);
export const JOIN_HEADER = headerOf(JOIN_ROLES);
/** 责任科室 / 责任股室 are left to table-rows.ts: beside a 牵头 column they name the helpers. */
export const BARE_HEADER = new RegExp(`^(?!责任(?:科室|股室)$)(?:${alternatives(BARE_ROLES)})(?:${alternatives(HEADER_UNIT_WORDS)})$`);

/** Every role word, and every unit word, as a regular expression's alternatives (longest first). */
export const ROLE_ALTERNATIVES = alternatives([...LEAD_ROLES, ...JOIN_ROLES, ...BARE_ROLES]);
export const UNIT_ALTERNATIVES = alternatives(UNIT_WORDS);

/** A role word with its unit word anywhere in a text (`考核责任单位`, `协作处室`): some role is named. */
export const ROLE_WITH_UNIT = new RegExp(`(?:${ROLE_ALTERNATIVES})(?:${UNIT_ALTERNATIVES})`);
/** The same for the roles that answer for the work (leads and bare lists), not the helpers. */
export const OWNER_WITH_UNIT = new RegExp(`(?:${alternatives([...LEAD_ROLES, ...BARE_ROLES])})(?:${alternatives(UNIT_WORDS)})`);

/** A header cell naming an overseer's column (`评分部门`, `督办单位`, `考核责任单位`), anchored. */
export const OVERSEER_HEADER = new RegExp(`^(?:${alternatives(OVERSEER_ROLES)})(?:责任)?(?:${alternatives(UNIT_WORDS)})$`);
