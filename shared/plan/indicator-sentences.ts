// Indicators written as sentences in a plan's goals, where the document has no indicator table:
// `到2025年,研发投入强度达到3%以上,科技进步贡献率达到65%`, `A、B、C分别下降到4.0‰、4.5‰、10/10万`,
// `主要预期目标是:地区生产总值增长7%左右;…;新增城镇就业3.2万人`. Only lines that state a goal (a year to
// reach, a five-year period, 目标是:) are read, and only clauses that end in a value.
import type { SourceLine } from './body.js';
import { looksLikeUnit, parseTarget } from './target.js';
import { normaliseText } from './text.js';
import type { ParsedIndicator, ParsedTarget } from './types.js';

/** A line that states goals: `到2025年`, `。2020年,…`, `“十四五”时期`, `主要预期目标是:`. */
const GOAL_LINE = /(?:到|至)\s*20\d{2}\s*年|(?:^|[。;,,])\s*20\d{2}\s*年(?!\d|\s*\d{1,2}\s*月)|十[一二三四五六]五[”"]?(?:时期|期间|末)|目标(?:是|为)\s*[::]|预期目标/;

/** A figure with its unit and bound: `3%以上`, `507公里/万平方公里`, `2.2∶1以内`, `78.5岁`, `10/10万`. */
const VALUE = String.raw`(?:约|近)?\d+(?:\.\d+)?(?:\s*[∶:/]\s*\d+(?:\.\d+)?|%?\s*[-—~至]\s*\d+(?:\.\d+)?)?\s*(?:[%‰]|[\u4e00-\u9fa5a-zA-Z/²³]{1,8}?)?(?:以上|以下|以内|左右)?`;

/** Verbs after which the figure is the target itself (`达到3%`, `下降到4.0‰`, `缩小到1.2∶1`). */
const TO = String.raw`达到|提高到|提升到|提高至|提升至|增加到|增加至|增长到|扩大到|下降到|下降至|降低到|降低至|降到|降至|减少到|减少至|缩小到|缩小至|稳定在|保持在|达`;
/** Verbs that belong to the target (`增长7%左右`, `超过93.8%`, `控制在2.2∶1以内`). */
const WITH = String.raw`(?:年均|累计|每年)?(?:增长|下降|提高|降低|减少)|超过|突破|不低于|不少于|不高于|不超过|控制在`;

const VERB_CLAUSE = new RegExp(String.raw`^(.{2,40}?)(?:(${TO})|(${WITH}))(${VALUE})$`);
/** A name and its figure with no verb: `每千人拥有社会体育指导员3.6名`, `新增城镇就业3.2万人`. */
const BARE_CLAUSE = new RegExp(String.raw`^(.{2,30}?[\u4e00-\u9fff))])(\d+(?:\.\d+)?\s*(?:[%‰]|[\u4e00-\u9fa5/]{1,6}?)(?:以上|以下|以内|左右)?)$`);
/** Word targets of a yearly plan: `居民收入与经济增长同步`, `居民消费价格指数控制在省定目标以内`. */
const WORD_CLAUSE = /^(.{2,30}?)((?:与|和|同)[\u4e00-\u9fff]{2,8}同步|控制在[\u4e00-\u9fff]{2,10}(?:以内|以下|之内))$/;
/** `A、B和C分别达到x、y和z`; with no names, the names of the list before (`2020年分别达到…`). */
const RESPECTIVE = new RegExp(String.raw`^(.*?)分别(?:${TO}|为|是|(${WITH}))?(.+)$`);

/** What opens a clause before its name: the year, `其中`, `江苏要实现`. */
const LEAD_IN = [
  /^(?:力争|预计)?(?:到|至)?\s*20\d{2}\s*年度?(?:底|末)?\s*[,,]?/,
  /^[“"]?十[一二三四五六]五[”"]?(?:时期|期间|末)\s*[,,]?/, /^(?:其中|同时|并且?)[,,::]?/, /^[\u4e00-\u9fff]{0,6}?(?:要|将)(?:实现|确保|力争|使)/, /^(?:力争|确保|实现|使(?!用))/];
/** `较2017年` / `比上年` closing a name: the comparison belongs to the target. */
const COMPARED = /((?:较|比)(?:20\d{2}\s*年|上年|基期|“?十[一二三四五]五”?末)末?)$/;

const leadIn = (clause: string): string => {
  let c = clause.trim();
  for (const re of LEAD_IN) c = c.replace(re, '').trim();
  return c;
};

const isName = (name: string): boolean =>
  name.length >= 2 && name.length <= 40 && /[\u4e00-\u9fff]{2}/.test(name) && !/\d{4}\s*年|\d{1,2}\s*月|[“”《》]$|\d\s*[至到~-]$/.test(name) && !/^[的和与及、]|^其他/.test(name) &&
  // A numbered item (`3.新辟公交线路`) is a task's text, not a name.
  !/^(?:[\d一二三四五六七八九十]+\s*[.、.]|[((])/.test(name);

/** A year (`2025年`, `2035年`) is when, never what. */
const isYear = (value: string): boolean => /^(?:19|20)\d{2}\s*年/.test(value.trim());

/** `bare`: read with no verb, trusted only beside a clause read with one (a goal list, not a task's output). */
type Read = { name: string; target: ParsedTarget; bare?: boolean };

/** What follows the figure, without its bound, is a unit or nothing (`2项运动技能` is no value). */
const hasUnit = (value: string): boolean => {
  const unit = value.replace(/^[^\d]*\d+(?:\.\d+)?(?:\s*[∶:/]\s*\d+(?:\.\d+)?|%?\s*[-—~至]\s*\d+(?:\.\d+)?)?/, '').replace(/(以上|以下|以内|左右)$/, '').trim();
  // A per-hundred base (`公里/百平方公里`, `张/百户`) is a unit as the per-thousand one is.
  // A unit of a trade's own (`标台`, `标箱`) is one or two characters after the figure all the same.
  return unit === '' || looksLikeUnit(unit.replace(/\/百/g, '/千')) || /^[\u4e00-\u9fa5]{1,2}$/.test(unit);
};

const read = (name: string, targetText: string, shown = targetText): Read | null => {
  const n = name.trim();
  if (!isName(n) || isYear(targetText) || (/\d/.test(targetText) && !hasUnit(targetText))) return null;
  return { name: n, target: { ...parseTarget(targetText), text: shown.trim() } };
};

/** One clause as an indicator, or null. */
const readClause = (raw: string): Read | null => {
  const clause = leadIn(raw.replace(/^.*[::]/, '')).replace(/[.…]+$/, '');
  const verb = VERB_CLAUSE.exec(clause);
  if (verb) {
    const [, name = '', to, withVerb, value = ''] = verb;
    const compared = COMPARED.exec(name)?.[1] ?? '';
    const bare = compared === '' ? name : name.slice(0, -compared.length);
    const target = to !== undefined ? value : `${withVerb ?? ''}${value}`;
    return read(bare, target, `${compared}${target}`);
  }
  const word = WORD_CLAUSE.exec(clause);
  if (word) return read(word[1] ?? '', word[2] ?? '');
  const bare = BARE_CLAUSE.exec(clause);
  const r = bare ? read(bare[1] ?? '', bare[2] ?? '') : null;
  return r ? { ...r, bare: true } : null;
};

const splitList = (text: string): string[] =>
  text
    .split(/、|和|及/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A value wedged against the next name (`合格率达95%以上全省体育产业…`) ends its clause; a bound inside a
 * name (`5岁以下儿童死亡率`) has no verb before it and stays.
 */
const unglue = (text: string): string =>
  text.replace(/((?:达到?|超过|不低于|不少于|提高到|提升到|控制在)\d+(?:\.\d+)?[%‰\u4e00-\u9fff/]{0,6}?(?:以上|以下|以内|左右))(?=[\u4e00-\u9fff])(?!的|水平)/g, '$1;');

/** Clauses at commas, semicolons and full stops, never inside 《》 or brackets. */
const clauses = (text: string): string[] => {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('《((“'.includes(ch)) depth += 1;
    if ('》))”'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && ',,;;。!!'.includes(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((c) => c.trim()).filter(Boolean);
};

/**
 * The names of `A、B和C等主要污染物排放总量比2015年分别下降…`: the list without its `等…` tail, and the
 * comparison (`比2015年`) every target is made against.
 */
const respectiveNames = (text: string): { names: string[]; compared: string } => {
  const compared = COMPARED.exec(text.trim())?.[1] ?? '';
  const list = text.trim().slice(0, text.trim().length - compared.length).replace(/等[^、和]*$/, '');
  return { names: splitList(list), compared };
};

/** `A、B分别下降15%、10%`: each name with its value, the verb (`下降`) and comparison carried to each. */
const readRespective = (namesText: string, verb: string, valuesText: string, before: string[]): Read[] => {
  const listed = respectiveNames(namesText);
  const names = listed.names.length >= 2 ? listed.names : before;
  const values = splitList(valuesText);
  if (names.length < 2 || values.length !== names.length) return [];
  return names.flatMap((name, k) => {
    const target = `${verb}${values[k] ?? ''}`;
    const r = read(name, target, `${listed.compared}${target}`);
    return r ? [r] : [];
  });
};

/**
 * Indicators stated as sentences in the goal lines. The same name stated again (a later year's target,
 * `2015年…分别达到…;2020年分别达到…`) keeps the later figure: goals are listed towards the horizon.
 */
export const sentenceIndicators = (lines: SourceLine[], startSeq: number): { indicators: ParsedIndicator[]; lines: Set<number> } => {
  const found = new Map<string, { read: Read; line: number }>();
  const used = new Set<number>();
  for (const l of lines) {
    const text = normaliseText(l.text).trim().replace(/^[-—–\s]+/, '');
    if (!GOAL_LINE.test(text)) continue;
    let names: string[] = [];
    const onLine: Read[] = [];
    for (const clause of clauses(unglue(text))) {
      const respective = RESPECTIVE.exec(leadIn(clause));
      if (respective) {
        onLine.push(...readRespective(respective[1] ?? '', respective[2] ?? '', respective[3] ?? '', names));
        const listed = respectiveNames(respective[1] ?? '').names;
        if (listed.length >= 2) names = listed;
        continue;
      }
      const r = readClause(clause);
      if (r) onLine.push(r);
    }
    if (!onLine.some((r) => !r.bare)) continue;
    for (const r of onLine) found.set(r.name, { read: r, line: l.line });
    used.add(l.line);
  }
  const indicators = [...found.values()]
    .sort((a, b) => a.line - b.line)
    .map(({ read: r, line }, k): ParsedIndicator => ({
      seq: startSeq + k,
      table: '',
      category: '',
      name: r.name,
      unit: r.target.unit,
      baseline: parseTarget(''),
      target: r.target,
      achieved: null,
      attribute: null,
      owner: '',
      line,
    }));
  return { indicators, lines: used };
};
