// What a responsible unit's name looks like, and the small spelling folds labels need. Shared by the
// clause reader (body text) and the table reader (cells), so both judge a name the same way.
import { ETC_TAIL, HEAD_AFTER_UNIT, LEAD_IN } from './list-words.js';
import { gluedUnitList } from './glued-units.js';
import { isOnePlaceGroup } from './place-groups.js';
import { shareSuffix, splitDepartmentNames, VILLAGES } from './department-names.js';
import { isOneGroupAtConjunction } from './group-conjunction.js';
import { ROLE_ALTERNATIVES, UNIT_ALTERNATIVES } from './role-words.js';
import { isTownName, isVillageOfTown, TASK_VERB_START } from './town-names.js';
import type { ParsedTask, UnplacedLine } from './types.js';

/**
 * Ends like a unit's name: 局, 委, 办, 政府, 中心 … (simplified and traditional forms; 人口计生 as tables shorten it),
 * and the less common ends of units that take tasks too: people's organisations (侨联, 文联), 气象台, 电视台, 电台,
 * a working group (宣传教育组, 督导组), 党校,
 * schools, a road maintenance 公路段, a party committee's 督查室 or 研究室, state farms and forests (国有林场), prisons,
 * state firms (市属国有企业).
 */
const UNIT_END = /(局|委|办|辦|院|厅|廳|政府|部|中心|处|處|会|會|所|队|隊|行|司|馆|館|站|公司|单位|單位|部门|部門|集团|集團|分局|机构|機構|办公室|辦公室|委员会|委員會|小组|小組|海关|海關|法院|检察院|團市委|团市委|总工会|總工會|妇联|婦聯|科协|科協|工商联|工商聯|残联|殘聯|銀行|银行|社|专班|專班|街道|镇街|乡镇|鄉鎮|平台|园|園|区|區|新区|管委会|指挥部|指揮部|领导小组|新城|科技城|股|股室|科|科室|计生|計生|侨联|僑聯|文联|文聯|社科联|社科聯|台联|台聯|气象台|氣象台|电视台|電視台|电台|電台|组|組|党校|黨校|中学|中學|小学|小學|学校|學校|人大|政协|政協|中专|中專|职专|職專|大学|大學|(?:公路|工务|养护|供电)段|督查室|研究室|政研室|林场|农场|牧场|渔场|茶场|监狱|国有企业|直属库|粮库|机关)$/;

/** A unit written with a bracketed note after it: 各县、区人民政府(管委会). */
// `人口委[局]`: a short alternative to the name's end in square brackets is a note too.
const withoutNote = (name: string): string => name.replace(/\[[\u4e00-\u9fff]{1,4}\]$/, '').replace(/[((<〈][^()()<>〈〉]*[))>〉]$/, '').replace(/[((<〈][^()()<>〈〉]*[))>〉]/, '');

/** `各地`, `各县市区`: every place of a level, named as a group of units. */
const EVERY_PLACE = /^各(地|级|[省市州县区乡镇街]{1,4})$/;

/**
 * `各村`, `各社区`, `各学校`, `各企业`: every unit of a kind below the township, named as a group. A town's plan
 * gives its villages and schools their part (`由镇水务站牵头,各村配合`) as a county's gives its townships.
 */
const EVERY_OF_KIND = /^各(?:行政)?(?:村|社区|村居|居委会|村委会|村民小组|学校|中小学|幼儿园|医院|医疗机构|卫生院|企业|景区|园区|工地|站所|网格|片区)$/;

export { isTownName, isVillageOfTown } from './town-names.js';

/**
 * A short task that happens to end like a unit (`建成投用中小学3所`, `完成县应急广播指挥中心`): a count with
 * its measure word, or a work verb in front of a longer name. No unit's name is either (`建设局` and
 * `推进办` are short, and the verbs below do not start longer names), or a sentence's `以…为` frame.
 */
const QUANTITY = /\d+(所|个|家|座|条|项|处|间|公里|千米|万|亿|平方米|亩)/;

/** `以广州科学城为核心区`: a work sentence's `以…为…` frame; no unit's name holds it. */
const WITH_AS = /以[^以为]{1,20}为/;

/** A role word on its own (`配合单位`, `督办单位`, `责任部门`) names a column or a field, never a unit. */
const ROLE_WORD = new RegExp(`^(?:主要|其他)?(?:${ROLE_ALTERNATIVES}|督办|督导|督查|考核)(?:责任)?(?:${UNIT_ALTERNATIVES})$`);

/**
 * Names that end like a unit but are none: a place a 督查通报 lists a problem at (`信义花园:`, `西客运站住宿区:`,
 * `龙泉路口的税务小区:`: an estate, a square or a crossing, ending in 园 or 区), a heading `督查分组` (a 组 that groups),
 * a post `县委常委` (a person, where `县委常委会` is a body). `…的…` joins a phrase; no unit's name holds it. `日常办事机构`,
 * `前线指挥机构`: a plan's heading for the kind of body its next lines set up; `本中心…`, `有关本局`: the page's own body.
 * A sentence's words run on to 办(理) or to the bureau it turns to (`另有关年度经费需办`, `环资局横向联系警察局`,
 * `城管局协助安监局`): no unit's name holds 需/须, 联系, 横向, 经费, an opening 另, or 协助/配合/会同 after a body's name.
 * `网站` is a web site, though it ends in 站.
 */
const NOT_A_UNIT = /(小区|住宅区|住宿区|生活区|居住区|宿舍区|花园|家园|广场|路口|路段|分组|常委)$|的|需|须|联系|横向|经费|^另|[局委办厅处科室队站所院心司](?:协助|配合|会同)|^(?:有关|相关)?本(?:中心|单位|部门|机关|系统|局|委|办|府|院)|^网站$|^(?:日常|前线|常设|临时)?(?:办事|指挥|组织|领导|应急|协调|议事|执行)机构$/;

/** A way of handling a matter after the verb 办 (`集中收办`, `一网通办`): a procedure's step, though it ends in 办 as 县政府办 does. */
const HANDLING_NOT_UNIT = /^(?![省市区县镇乡各])[\u4e00-\u9fff]{2,3}(?:交办|收办|转办|领办|包办|代办|查办|快办|速办|即办|联办|帮办|通办|网办|马上办|就近办)$/;

export const isDepartmentLike = (name: string): boolean => {
  const bare = withoutNote(name);
  // `市发改委为责任单位`: a unit named with its role, a clause, not a name.
  if (ROLE_WORD.test(bare) || /为(?:主要|其他)?(?:牵头|配合|参与|责任|主责|主办|承办|协办|协同)(?:单位|部门)$/.test(bare)) return false;
  // `各镇(街道)`, `各县(市、区)`: the group with its note is still every place of a level.
  if (EVERY_PLACE.test(name) || EVERY_PLACE.test(bare) || EVERY_OF_KIND.test(bare) || VILLAGES.test(name)) return true;
  if (QUANTITY.test(bare) || (bare.length > 5 && TASK_VERB_START.test(bare)) || WITH_AS.test(bare)) return false;
  // `县农业局会发布…`: 会 after a bureau's name is the modal (will), not the end of a 协会's name.
  if (/[局厅处站所]会$/.test(bare)) return false;
  // `具体考核细则由镇组织办`: 由 introduces the unit after a phrase; no unit's name holds it (自由贸易区 aside).
  if (/(?<!自)由/.test(bare)) return false;
  if (NOT_A_UNIT.test(bare) || HANDLING_NOT_UNIT.test(bare)) return false;
  return bare.length >= 2 && name.length <= 30 && UNIT_END.test(bare);
};

/**
 * A unit in a list of units: a unit's name, or a name a table shortens but that keeps its level
 * (`省新闻出版`, `县人口计生`) among at least one whole unit — the list says what its items are.
 */
export const isListedUnit = (name: string, list: readonly string[]): boolean =>
  isDepartmentLike(name) || (/^[省市区县][\u4e00-\u9fff]{2,6}$/.test(name) && !looksLikePersonName(name) && list.some((n) => n !== name && isDepartmentLike(n)));

/** A unit among the others of its list: a listed unit (above) or a town by name (`凤城镇`). */
export const isUnitInList = (name: string, list: readonly string[]): boolean => isListedUnit(name, list) || isTownName(name);

/** Every name of the list is a unit's, as isUnitInList judges it among the others. */
export const isUnitNameList = (names: readonly string[]): boolean => names.length > 0 && names.every((n) => isUnitInList(n, names));

/**
 * A group that names nobody (`各单位`, `有关部门`, `各成员单位`, `其余职能部门`, `市直各部门`, `相关方面`, `單位`): keys
 * leave such a group without a unit. A level's prefix (`省直`, `市级`, `县政府`), any run of 各/有关/相关/其他/其余,
 * one qualifier (职能, 成员, 责任, 直属) and a bare kind of body (`有关部门和单位` too); simplified or traditional script.
 */
const NAMES_NOBODY =
  /^(?:[省市州区县區縣][直级級]|[省市州区县區縣]政府)?(?:各|有关|相关|其他|其它|其余|有關|相關|其餘)*(?:有关|相关|职能|成员|责任|直属|有關|相關|職能|成員|責任|直屬)?(?:部门|单位|机关|机构|方面|部門|單位|機關|機構)(?:[和及](?:单位|部门))?$/;
export const namesNobody = (name: string): boolean => NAMES_NOBODY.test(name);

/** A deadline or a remark that shares a responsibility list: 6月底完成, 年底前, 长期坚持. */
export const looksLikeDeadline = (text: string): boolean =>
  // `2021.8`, `2021.12`, `2021-12-31`: a date written with dots or dashes, as progress tables print them.
  (/\d+月|年底|月底|季度|前完成|完成$|长期|持续|^\d{4}年|^\d+(日|号)/.test(text) || /^(19|20)\d{2}[.\-/](0?[1-9]|1[0-2])([.\-/]\d{1,2})?$/.test(text.trim())) && !isDepartmentLike(text);

/**
 * Traditional-script reposts (牽頭單位, 責任單位, 按職責分工負責) read like the simplified originals.
 * Only label words are folded: the units' own names keep the spelling the document gives them.
 */
export const foldLabelScript = (text: string): string =>
  text
    .replace(/(牽頭|牵头|責任|责任|配合|參與|参与|協同|协同|協辦|协办|主辦|主办|主責|主责)(單位|单位|部門|部门)/g, (_, a: string, b: string) => foldWord(a) + foldWord(b))
    .replace(/牽頭/g, '牵头')
    .replace(/([為为])牵头/g, '为牵头')
    .replace(/無牵头/g, '无牵头')
    .replace(/職責/g, '职责')
    .replace(/負責/g, '负责')
    .replace(/按職責分工負責/g, '按职责分工负责')
    .replace(/负责落實/g, '负责落实')
    .replace(/分別/g, '分别')
    .replace(/會同/g, '会同');

const WORDS: Record<string, string> = { 牽頭: '牵头', 責任: '责任', 參與: '参与', 協同: '协同', 協辦: '协办', 主辦: '主办', 主責: '主责', 單位: '单位', 部門: '部门' };
const foldWord = (w: string): string => WORDS[w] ?? w;

/**
 * A body named after 和 with no place of its own (`各县党委和人民政府`, `高新区党工委和管委会`) is the same
 * place's second body: the pair is one name, as the document's table cells write it — also with a note or a
 * role mark after it (`各县党委和人民政府(配合单位)`).
 */
const SAME_PLACE_BODY = /^(人民政府|政府|管委会|管理委员会|办事处)$/;

/** `县委办/县政府办` (tables often join units with a slash): split when every part is a unit. */
const splitSlash = (name: string): string[] => {
  const parts = name.split(/[//]/).map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => isDepartmentLike(p)) ? parts : [name];
};

/** `市级各有关部门及各县市区政府` is two units; `市发展和改革局` is one. Split on 及/和 only between two names. */
const splitConjunction = (name: string): string[] => {
  // A town after 和 (`县住建局和凤城镇`) is a unit of the list as a department is, and so is one before it
  // (`凤城镇和敖江镇`). The first 和 may be inside a name (`市经济和信息化委和市农业局`): the split is at the
  // first 和 whose left part is a whole unit.
  for (const m of name.matchAll(/以及|及|和|与/g)) {
    const left = name.slice(0, m.index);
    const right = name.slice(m.index + m[0].length);
    if (isOnePlaceGroup(left, right)) continue;
    if (left && right && (isDepartmentLike(left) || isTownName(left)) && (isDepartmentLike(right) || isTownName(right)) && !SAME_PLACE_BODY.test(withoutNote(right)) && !isOneGroupAtConjunction(left, right)) return [...splitConjunction(left), ...splitConjunction(right)];
  }
  return [name];
};

/**
 * The document's rule written in a bracket inside a list (`县发改局(首位单位为牵头单位,下同)、县财政局`,
 * `…(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)`, also in 〔〕【】[]): read by document.ts, not part of a name.
 */
const RULE_NOTE = /[((〔【\[][^()()〔〕【】[\]]*(?:为牵头|下同)[^()()〔〕【】[\]]*(?:[))〕】\]]|$)/g;

const ETC_TAIL_END = new RegExp(`${ETC_TAIL}$`);

/** `…等部门`, `…等省直有关部门`, `…等省有关部门`, a trailing `等`: the list's own words for "and others", no unit. */
const dropEtc = (name: string): string => {
  // A kind of department closing a list of kinds (`铁路、水利、教育等部门`): the last kind is a 部门 as the others are.
  const kind = /^([\u4e00-\u9fff]{2,4})等(部门|部門)$/.exec(name);
  if (kind?.[1] && !isDepartmentLike(kind[1]) && !/^[各全本该有相]/.test(kind[1]) && isDepartmentLike(`${kind[1]}部门`)) return `${kind[1]}部门`;
  return name.replace(ETC_TAIL_END, '').replace(/等$/, '');
};

/** A unit's head named after it (list-words.ts), or a lead-in word: the unit answers for the work, neither is its name. */
const dropHead = (name: string): string => {
  const unit = name.replace(HEAD_AFTER_UNIT, '').replace(LEAD_IN, '');
  return unit !== name && (isDepartmentLike(unit) || isTownName(unit)) ? unit : name;
};

/**
 * A list of units as clauses and cells write it: split on 、,; (not inside brackets), then on 及
 * between two names; `…等部门` and `等` dropped; deadlines and remarks that share the list left out.
 */
export const splitUnitList = (list: string): string[] =>
  // The suffix is shared again after 和/及 are split: `各县政府和金华开发区、金义新区管委会`.
  shareSuffix(
    splitDepartmentNames(list.replace(RULE_NOTE, ''))
      .map(dropEtc)
      .map(dropHead)
      .flatMap(splitSlash)
      .flatMap(splitConjunction)
      // Again after 和 is split: `省农业厅等省直有关部门和各市人民政府`.
      .map(dropEtc)
      // A dash before a clause (`——市发改委牵头`) or a bullet is no part of the name.
      .map((n) => n.replace(/^[—–\-·•]+\s*/, '')),
  ).filter((n) => n.length > 0 && !looksLikeDeadline(n));

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧芮常单';

/** Two or three characters opening with a common surname: a person (a 分管领导), not a unit. */
export const looksLikePersonName = (name: string): boolean => /^[\u4e00-\u9fff]{2,3}$/.test(name) && SURNAMES.includes(name[0] ?? '') && !isDepartmentLike(name) && !isTownName(name);

/**
 * Why a name read as a unit needs the user's eye, or null: one character (`区`, cut off), a person's
 * name (`刘福利`, a 分管领导 cell read as a unit), or a name that does not end like a unit (`市发`, cut
 * off mid-word by the page).
 */
export const unitDoubt = (name: string): string | null => {
  // A town by name (`马桥镇`, a 责任街镇 cell) is a whole unit, not a person or a cut-off name.
  if (isDepartmentLike(name) || isTownName(name) || isVillageOfTown(name) || /^各|相关|有关/.test(name)) return null;
  if (name.length === 1) return `单位“${name}”只有一个字,可能被截断,请确认`;
  if (looksLikePersonName(name)) return `“${name}”像是人名,不是单位,请确认`;
  return `“${name}”不像完整的单位名称,可能被截断,请确认`;
};

/** Ends the way only a whole unit's name ends (not 区/部/会, which end many words inside a name). */
const STRONG_END = /(局|委|办|院|厅|中心|公司|政府|馆|队|站|所|股|集团|办公室|管委会|妇联|残联|科协|总工会|工商联)$/;

/** A town's station or office (派出所, 司法所, 农技站, 工商质监所), its name of three to six characters. */
const STATION = /^[\u4e00-\u9fff]{2,5}[所站]$/;

/**
 * Two units printed with no separator (`文化宣传股文化馆`, a cell's two lines joined by the page): cut
 * where both halves are units the same document names on their own, or where the second half opens
 * with its own level (`区教育局区财政局`, `市委市政府`) or with 各 (`各地各部门`) and both halves end like whole units. A name
 * with a sub-unit (`市公安局交警支队`) has no level of its own after the cut and stays whole.
 */
export const splitGluedUnits = (name: string, known: ReadonlySet<string>): string[] => {
  for (let at = 2; at <= name.length - 2; at += 1) {
    const left = name.slice(0, at);
    const right = name.slice(at);
    // `区政府办公室`, `县委办`: a body's own office is one unit, though the document names 区政府 and 办公室 alone too.
    const ownOffice = /^(办公室|办|党组|机关党委)$/.test(right) && /(政府|党委|委|人大常委会|政协|局|厅)$/.test(left);
    const bothKnown = !ownOffice && known.has(left) && (known.has(right) || splitGluedUnits(right, known).length > 1);
    // A town's offices (`镇城建办镇农技站`): 镇/乡 opens the second half only when it opened the first too.
    const ownLevel = STRONG_END.test(left) && (/^[省市区县][\u4e00-\u9fff]/.test(right) || (/^[镇乡]/.test(right) && left.length >= 3 && left[0] === right[0])) && right.length >= 3 && STRONG_END.test(right);
    // `各地各部门`: a second group named by 各 after a first (`省政府各部门` is one name).
    const everyGroup = /^各[\u4e00-\u9fff]/.test(left) && /^各[\u4e00-\u9fff]/.test(right) && isDepartmentLike(left) && isDepartmentLike(right);
    // `派出所工商质监所`: two of a town's stations (所/站), each of three characters or more, name two units; a station
    // has no sub-unit that ends as it does.
    const stations = STATION.test(left) && STATION.test(right);
    if (bothKnown || ownLevel || everyGroup || stations) return [left, ...splitGluedUnits(right, known)];
  }
  return [name];
};

type UnitHolder = { leads: string[]; participants: string[]; isLeadInferred: boolean };

/**
 * Applies splitGluedUnits to every task. `known` is every unit the document names on its own (a line or
 * a task's list). When the first unit was only inferred to lead, the unit glued to it joins the others.
 */
export const unglueUnits = <T extends UnitHolder>(tasks: T[], lines: readonly string[]): T[] => {
  const known = new Set([...tasks.flatMap((t) => [...t.leads, ...t.participants]), ...lines.map((l) => l.trim()).filter(isDepartmentLike)]);
  // Names run together with no separator (glued-units.ts), read twice: the pieces the first reading cuts are
  // names the document gives, so they may bound a piece that ends in no unit word in another cell.
  const cut = (names: ReadonlySet<string>) => (n: string): string[] => {
    const split = splitGluedUnits(n, known);
    return split.length > 1 ? split : (gluedUnitList(n, names) ?? split);
  };
  const names = [...tasks.flatMap((t) => [...t.leads, ...t.participants]).flatMap(cut(known))];
  // A name that holds another is no name to cut by (the glued run itself, `市公安局交警支队`).
  const all = [...new Set([...known, ...names])];
  const pieces = new Set(all.filter((n) => !all.some((m) => m !== n && m.length >= 3 && n.includes(m))));
  const split = cut(pieces);
  return tasks.map((t) => {
    const leads = t.leads.map(split);
    const participants = t.participants.flatMap(split);
    if (leads.every((l) => l.length === 1) && participants.length === t.participants.length) return t;
    if (t.isLeadInferred && leads.length === 1) return { ...t, leads: (leads[0] ?? []).slice(0, 1), participants: [...(leads[0] ?? []).slice(1), ...participants] };
    return { ...t, leads: leads.flat(), participants };
  });
};

/**
 * A task whose title is nothing but units (`市委宣传部(市文明办)、市城管委`): the reader most likely took a
 * table's 责任单位 cell for the task. Flagged for the user rather than guessed at.
 */
export const titleDoubt = (title: string): string | null => {
  const parts = splitUnitList(title.replace(/[。;]$/, ''));
  return parts.length >= 2 && parts.every((p) => isDepartmentLike(p) && !/^各/.test(p)) ? `任务“${title.slice(0, 24)}”的标题全是单位名称,可能把责任单位读成了任务,请确认` : null;
};

/** A title or a unit name the user should confirm (above), as lines of the preview's 未导入的行 list. */
export const doubtsOf = (tasks: readonly ParsedTask[]): UnplacedLine[] =>
  tasks.flatMap((task) => {
    const text = `${task.code} ${task.title}`.slice(0, 60);
    const reasons = [titleDoubt(task.title), ...[...task.leads, ...task.participants].map(unitDoubt)].filter((r): r is string => r !== null);
    return reasons.map((reason) => ({ line: task.line, text, reason, kind: 'unplaced' as const }));
  });
