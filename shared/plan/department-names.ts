// Splitting and reconciling department lists as documents write them.
import { reconcileWellKnown, wellKnownVariants } from '../departments/well-known.js';
import { isOnePlaceGroup } from './place-groups.js';
import { isOneGroupAtConjunction } from './group-conjunction.js';
import { GENERIC_GROUP } from './generic-groups.js';

/** Separators between units. `、` is one of them, except inside brackets: 各县(市、区)人民政府 is one unit. */
const SEPARATORS = new Set(['、', ',', ';', ',', ';']);
const OPEN = new Set(['(', '(', '[', '〔', '【', '<', '〈']);
const CLOSE = new Set([')', ')', ']', '〕', '】', '>', '〉']);

/** Names that read as several when split on `、` but are one unit: a list of prefixes. */
// `各乡、镇人民政府`, `各区、县(市)政府`, `各市(县)、区政府`: one-character levels after 各 share the body named after
// the last of them (a level's own bracket may follow it).
// `各县、特区、区人民政府`, `县、乡政府`: any run of bare place words (县, 市, 区, 特区, 旗, 乡, 镇, 自治县 …) before one
// 人民政府/政府 is the governments of those places, one group.
const PLACE = '(?:自治县|自治旗|县级市|特区|县|市|区|旗|盟|州|乡|镇|縣|區|鄉|鎮|特區)';
const PLACE_NOTE = '(?:[((][^()()]{1,6}[))])?';
const PLACES_ONE_GOVERNMENT = new RegExp(`^(?:各|相关|有关)?(?:${PLACE}${PLACE_NOTE}、)+${PLACE}(?=${PLACE_NOTE}(?:人民政府|政府))`);
const UNSPLITTABLE = [
  /^各县、市、区/,
  /^各县、区/,
  /^县、市、区/,
  /^各市、县/,
  /^各市、州/,
  /^(?:各|相关|有关)[乡镇县市区](?:[((][^()()]{1,4}[))])?、[乡镇县市区](?=(?:[((][^()()]{1,6}[))])?[\u4e00-\u9fff]*(政府|办事处|党委))/,
  PLACES_ONE_GOVERNMENT,
  // `13个街道、镇`: a count over two kinds of place, one group (镇 alone is no unit).
  /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})个(?:街道|乡镇|镇|乡|社区)、(?:街道|乡镇|镇|乡|社区)(?=$|[、,,;;])/,
];

/** Ends like a unit (a light check: unit-names.ts has the full one and depends on this file). */
const UNIT_TAIL = /(局|委|办|辦|中心|政府|部|处|處|会|會|院|厅|廳|站|所|队|隊|公司|单位|單位|部门|部門|街道|镇|鎮|乡|鄉|指挥部|小组)$/;

/** `村(社区)`, `社区(村)`, `村(居)`: a town's villages and communities as one unit, named without 各. */
export const VILLAGES = /^(?:行政村|村|社区|村居)[((](?:社区|村|居|居委会|村委会)[))]$/;

/**
 * A cell's line that ends like a unit, a bracketed note (高新园(邹区镇)) and a trailing separator aside;
 * 妇联, 残联, 科协 (the people's organisations end in 联/协), 供销社, a bank's branch, a state farm, and 各地, 各部门
 * (a group of units by level) too.
 */
const LINE_TAIL = /(区|區|园|園|班|股|科|室|馆|館|集团|集團|平台|机构|機構|联|聯|协|協|社|银行|銀行|分行|支行|海关|海關|林场|农场|监狱|电视台|气象台)$/;
const endsLikeUnit = (line: string): boolean => {
  if (VILLAGES.test(line.replace(/[、,,;;。.]+$/, ''))) return true;
  const bare = line.replace(/[、,,;;。.]+$/, '').replace(/[((][^()()]*[))]$/, '');
  return UNIT_TAIL.test(bare) || LINE_TAIL.test(bare) || /^各[\u4e00-\u9fff]{1,6}$/.test(bare);
};

export const splitDepartmentNames = (list: string): string[] => {
  // A table cell that lists one unit per line (县水务局 / 县住建局): each line is a name.
  const lines = list.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  // One unit per paragraph: every line short and free of sentences, most of them ending like a unit.
  const isNameLine = (l: string): boolean => l.length <= 30 && !/[。;;::]/.test(l);
  if (lines.length > 1 && lines.every(isNameLine) && 2 * lines.filter(endsLikeUnit).length >= lines.length + 1) return lines.flatMap(splitDepartmentNames);
  const names: string[] = [];
  let depth = 0;
  let current = '';
  const text = list.replace(/[。.]+\s*$/, '').trim();
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (OPEN.has(ch)) depth += 1;
    if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(ch)) {
      // Inside a name that reads as several (各县、市、区政府): keep going until past its prefix.
      // (The group may follow 和/及 inside the piece: `X管委会和各县、市、区政府`.)
      const piece = current.replace(/^.*[和及与]/, '');
      const rest = piece + text.slice(i);
      if ([...UNSPLITTABLE, GENERIC_GROUP].some((re) => (re.exec(rest)?.[0].length ?? 0) > piece.length)) {
        current += ch;
        continue;
      }
      names.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  names.push(current);
  return sharePrefix(shareSuffix(joinBareLevels(names.flatMap(splitOnSpaces).flatMap(splitOnJi).map(cleanDepartmentName).filter((name) => name.length > 0 && !NONE.test(name)))));
};

/**
 * `区城管大队法制办及街道城管中队`: two whole units joined by 及, each ending as a unit does, are two units.
 * Not a body and its own (`市教育局及所属学校`, `市场监管局及其派出机构`).
 */
const JOINED_BY_JI = /^([^及]{4,})及(?!其|所属|下属|直属)([^及]{4,})$/;
const splitOnJi = (name: string): string[] => {
  const m = JOINED_BY_JI.exec(name.trim());
  if (m?.[1] && m[2] && (isOnePlaceGroup(m[1], m[2]) || isOneGroupAtConjunction(m[1], m[2]))) return [name];
  return m?.[1] && m[2] && endsLikeUnit(m[1]) && endsLikeUnit(m[2]) ? [m[1], m[2]] : [name];
};

/** `配合单位:无`, `——`, `/`: a cell or list that says there is none names no unit. */
const NONE = /^(无|暂无|没有|空|[—–\-/\/\\]+)$/;

/**
 * `各试点乡镇、街道`, `各镇、社区`: a bare level word after a `各…` group is more of that group (the 各 covers
 * both), not a unit by itself; the two stay one name, as `各县、市、区政府` does.
 */
// Also a level with its alternative in brackets (`各开发区、镇(街道)`, `各县、乡(镇)`): the 各 covers it as well.
const BARE_LEVEL = /^(?:(?:街道|社区|村|村居|镇街|乡镇|园区|居委会|村委会)|(?:镇|乡|街道|乡镇|社区|村)[((](?:街道|乡|镇|乡镇|社区|村|场)[))])$/;
/** `市直有关部门、单位`, `各相关部门、单位`: a bare 单位/部门/机构 after such a group is more of it, not a unit by itself. */
const BARE_KIND = /^(单位|部门|机构)$/;
const GROUP_OF_KIND = /(有关|相关|各)[\u4e00-\u9fff]{0,4}(部门|单位|机构)$/;
const joinBareLevels = (names: string[]): string[] =>
  names.reduce<string[]>((out, name) => {
    const before = out[out.length - 1];
    if ((before?.startsWith('各') && BARE_LEVEL.test(name)) || (before !== undefined && GROUP_OF_KIND.test(before) && BARE_KIND.test(name))) out[out.length - 1] = `${before}、${name}`;
    else out.push(name);
    return out;
  }, []);

/**
 * A cell or list whose units are separated by spaces only (`县教体局 各相关乡镇政府`, `县工商联 县商务局(口岸办)`):
 * split there when every part ends like a unit's name; a name typed with spaces inside (`县 教 体 局`) has parts that are not.
 */
const splitOnSpaces = (name: string): string[] => {
  const parts = joinPlaceBodies(name.trim().split(/\s+/));
  return parts.length > 1 && parts.every((p) => p.length >= 3 && (endsLikeUnit(p) || /^各.{2,}/.test(p))) ? parts : [parts.join('')];
};

/**
 * `各县区(开发区) 安委会`, `各乡镇 党委`: a place (or group of places, a bracketed note after it) and, after a
 * space, a short body with no place of its own are one unit — the body is that place's.
 */
const PLACE_BEFORE_SPACE = /^各?[\u4e00-\u9fff]{1,8}[区县市州镇乡](?:[((][^()()]{1,10}[))])?$/;
const BODY_WITHOUT_PLACE = /^(?![省市州县区乡镇各])[\u4e00-\u9fff]{2,5}$/;
const joinPlaceBodies = (parts: string[]): string[] =>
  parts.reduce<string[]>((out, part) => {
    const before = out[out.length - 1];
    if (before !== undefined && PLACE_BEFORE_SPACE.test(before) && BODY_WITHOUT_PLACE.test(part) && UNIT_TAIL.test(part)) out[out.length - 1] = `${before}${part}`;
    else out.push(part);
    return out;
  }, []);

/**
 * A place written bare before a sibling that carries the suffix: `黄埔区、南沙区政府` is two 区政府, and
 * `金华开发区、金义都市新区、金华山旅游经济区管委会` three 管委会 (zones have longer names than districts).
 * The suffix may be a pair of bodies (`城乡一体化示范区、高新区党工委和管委会`).
 */
const BARE_PLACE = /^[\u4e00-\u9fff]{1,10}[区县市]$/;
const SUFFIX = /(党工委和管委会|党工委、管委会|党委和人民政府|党委和政府|(人民)?政府|管委会|管理委员会)$/;
const PLACE_WITH_SUFFIX = new RegExp(`^[\\u4e00-\\u9fff]{1,10}[区县市]${SUFFIX.source}`);

/**
 * Two zones of the same kind named once (`赣州、龙南经济技术开发区管委会`): the first is a bare place
 * name (赣州) that is no unit by itself; it takes the kind of zone and the body from its sibling.
 */
const BARE_NAME = /^[\u4e00-\u9fff]{2,4}$/;
const ZONE_WITH_SUFFIX = new RegExp(`^[\\u4e00-\\u9fff]{2,4}?((?:(?:经济技术|高新技术产业|经济|综合)?开发区|高新区|(?:工业|产业)园区|新区)${SUFFIX.source})`);

/**
 * Places named once before one department of each (`海东市、兰州市、临夏州发展改革部门`, `甲市、乙市教育局`):
 * three 发展改革部门. The place in the sibling has at least two characters before 市/州/…, so a unit
 * written under a shared 市 (`市市场监管局`) is never cut into a place and a department.
 */
const PLACE_NAME = /^[\u4e00-\u9fff]{2,6}[区县市州盟旗]$/;
const DEPARTMENT_AFTER_PLACE = /^[\u4e00-\u9fff]{2,6}?[区县市州盟旗]([\u4e00-\u9fff]{2,10}(?:部门|局|委|委员会|办|办公室|厅|中心))$/;

/** Two places of one kind named once (`人民大垸、荒湖管理区`, `浦江、马桥镇`): the bare first name takes the kind. */
const PLACE_OF_KIND = /^[\u4e00-\u9fff]{2,4}(管理区|街道|镇|乡|园区|农场|林场)$/;

const PLACE_GOVERNMENT = /^[\u4e00-\u9fff]{2,4}?([市县区州旗盟](?:人民)?政府)$/;

export const shareSuffix = (names: string[]): string[] =>
  names.map((name, i) => {
    if (/^[各全本该]/.test(name)) return name;
    if (BARE_NAME.test(name) && !BARE_PLACE.test(name) && !UNIT_TAIL.test(name)) {
      // Cities named once before one government (`哈尔滨、黑河、绥芬河市政府`): each bare name takes it.
      const government = PLACE_GOVERNMENT.exec(names.slice(i + 1).find((n) => !BARE_NAME.test(n)) ?? '')?.[1];
      // Kinds of department named once (`公安、交通部门`): each bare kind is a 部门 of its own; so is each trade
      // before one 公司 (`移动、联通、电信公司`, `供水、供电公司`).
      const department = /^[\u4e00-\u9fff]{2,4}(部门|公司)$/.exec(names.slice(i + 1).find((n) => !BARE_NAME.test(n) || /(?:部门|公司)$/.test(n)) ?? '')?.[1];
      const tail = ZONE_WITH_SUFFIX.exec(names[i + 1] ?? '')?.[1] ?? (endsLikeUnit(name) ? undefined : (PLACE_OF_KIND.exec(names[i + 1] ?? '')?.[1] ?? government ?? department));
      return tail ? name + tail : name;
    }
    if (!BARE_PLACE.test(name) && !PLACE_NAME.test(name)) return name;
    // A group (`各县市区政府`) names every place of a level, no sibling: `荆州开发区、各县市区政府` is a zone and
    // the county governments, and the zone takes no 政府 from them.
    const next = names.slice(i + 1).find((n) => !BARE_PLACE.test(n) && !PLACE_NAME.test(n));
    const isGroup = next !== undefined && /^[各全本该]/.test(next);
    const suffix = !next || isGroup ? undefined : PLACE_WITH_SUFFIX.test(next) ? SUFFIX.exec(next)?.[0] : DEPARTMENT_AFTER_PLACE.exec(next)?.[1];
    return suffix ? name + suffix : name;
  });

/**
 * A level written once before a run of departments (`市环保局、发改委、经信委`, `乡畜牧站、卫生院、派出所`):
 * each short name after one that opens with the level is that level's department too (市发改委, 乡卫生院).
 * Only a bare department's short name takes it (four characters at most; a longer one reads as clearly
 * without) — not a place, a group (`各镇`), a body of its own (`团省委`), nor a name after one written
 * without the level (`无锡国税局、地税局` keeps 地税局).
 */
const LEVEL_FIRST = /^([省市县区乡镇])(?!场|直|级|委|政府)[\u4e00-\u9fff]{2,9}$/;
const BARE_DEPARTMENT = /^[\u4e00-\u9fff]{1,3}(局|委|办|院|站|所|厅|中心|队|台|处)$/;
/**
 * A place written once before two bureaus that differ in their first character only (`无锡国税局、地税局`,
 * `某某国土局、地税局` does not qualify): the second is the same place's (无锡地税局).
 */
const placeOfSibling = (before: string, name: string): string => {
  const m = /^([\u4e00-\u9fff]{2,4}?)[\u4e00-\u9fff]([\u4e00-\u9fff](?:局|委|厅|办))$/.exec(before);
  return m?.[1] && m[2] && name.length === 3 && name.slice(1) === m[2] && !/^[省市县区州乡镇]/.test(m[1]) ? m[1] : '';
};

/** A department's name of any length, ending as one does (`旅游发展委`, `住房城乡建设厅`). */
const DEPARTMENT_OF_ANY_LENGTH = /^[\u4e00-\u9fff]{1,10}(局|委|办|院|站|所|厅|中心|队|台|处)$/;

/**
 * The level passes along the whole 、 list (`省公安厅、监察厅、旅游发展委、工商局、编办`): a longer department's
 * name, or a short form the well-known list covers, keeps its spelling but does not stop the level reaching the
 * short names after it. A place, a group or a name with a level or place of its own stops it.
 */
const sharePrefix = (names: string[]): string[] => {
  let carried = '';
  return names.reduce<string[]>((out, name) => {
    const before = out[out.length - 1] ?? '';
    // The name before may end any way a unit's does (`市社科联、农委`): the level is what it shares.
    const level = endsLikeUnit(before) ? (LEVEL_FIRST.exec(before)?.[1] ?? '') : '';
    const plainName = !/[省市县区州乡镇村街]/.test(name.replace(/市场|城乡/g, '')) && !/^(各|全|本|该|有关|相关)/.test(name);
    // A short form the well-known list covers (发改委, 住建局) is left as written, as before: the list, not
    // the level, decides which of the document's spellings it is.
    const bare = BARE_DEPARTMENT.test(name) && plainName && wellKnownVariants(name).length === 0;
    // A place the name before shares (`无锡国税局、地税局`) is that run's, and the level stops there.
    const place = bare && !level ? placeOfSibling(before, name) : '';
    const written = bare ? (level || place || carried) + name : name;
    out.push(written);
    const own = endsLikeUnit(written) ? (LEVEL_FIRST.exec(written)?.[1] ?? '') : '';
    carried = own || (plainName && !place && DEPARTMENT_OF_ANY_LENGTH.test(name) ? carried : '');
    return out;
  }, []);
};

/** Removes spacing, a trailing 等 ("…等") and stray punctuation around one name. */
export const cleanDepartmentName = (raw: string): string =>
  raw
    .replace(/\s+/g, '')
    .replace(/^[、,,;;::。.]+|[、,,;;::。.]+$/g, '')
    // `人口计生委等相关部门`: a unit's name, then the list's own words for "and the others" (no unit).
    .replace(/(?<=[局委办院所站队]|中心|公司|残联|妇联|科协)等(?:有关|相关)(?:部门|单位)$/, '')
    .replace(/等$/, '');

/**
 * Finds spellings that drop the 市 prefix of a unit the same document names in full
 * (文化广电旅游体育局 beside 市文化广电旅游体育局) and maps them to the full name.
 */
export const reconcileCityPrefix = (names: Iterable<string>): Record<string, string> => {
  const all = new Set(names);
  const aliases: Record<string, string> = {};
  for (const name of all) {
    if (name.startsWith('市')) continue;
    const full = `市${name}`;
    if (all.has(full)) aliases[name] = full;
  }
  return aliases;
};

/**
 * All spelling reconciliations within one document: the 市 prefix first, then well-known short forms
 * (市发改委 beside 市发展和改革局). Returns spelling → name used in the document.
 */
export const reconcileSpellings = (names: Iterable<string>): Record<string, string> => {
  const all = [...new Set(names)];
  const prefixed = reconcileCityPrefix(all);
  const afterPrefix = (name: string): string => prefixed[name] ?? name;
  const known = reconcileWellKnown(all.map(afterPrefix));
  const aliases: Record<string, string> = {};
  for (const name of all) {
    const target = known[afterPrefix(name)] ?? afterPrefix(name);
    if (target !== name) aliases[name] = target;
  }
  return aliases;
};
