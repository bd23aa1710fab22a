// An indicator table whose cells lost every separator (a PDF or Word table copied into a web page as one
// run of text): `监测指标单位权重目标值一、经济发展1.人均收入元4.0≥5700 2.…`. The header words are found
// by their spelling, rows by their numbers in order (1, 2, 3 … — a number may be glued to the figure
// before it), and each row split at its figure: the unit is the end of the text before the figure, a
// weight column takes the number just before it, a source column (资料来源) the text after it. The rows
// come back as `cell | cell |` lines, which the bar-row reader takes from there.
import { indicatorRoles, type IndicatorRole } from './indicator-roles.js';
import { looksLikeUnit } from './target.js';

const HEADER_WORDS = [
  '监测指标', '评价指标', '考核指标', '评估指标', '指标名称', '主要指标', '指标属性', '计量单位', '资料来源', '数据来源', '责任单位',
  '牵头单位', '目标值', '基期值', '现状值', '序号', '类别', '领域', '指标', '单位', '权重', '分值', '属性',
];
const YEAR_WORD = /^(?:19|20)\d{2}\s*年\s*(?:目标值|目标|基期值|基期|预计|实际)?/;
const NAME_WORD = /监测指标|评价指标|考核指标|评估指标|指标名称|主要指标/g;

/** The header words spelt one after another from `at`, and where they end. */
const headerAt = (text: string, at: number): { words: string[]; end: number } => {
  const words: string[] = [];
  let p = at;
  for (;;) {
    const rest = text.slice(p).replace(/^\s+/, '');
    const skipped = text.length - p - rest.length;
    const year = YEAR_WORD.exec(rest)?.[0];
    const word = year ?? HEADER_WORDS.find((w) => rest.startsWith(w));
    if (!word) break;
    words.push(word.replace(/\s+/g, ''));
    p += skipped + word.length;
  }
  return { words, end: p };
};

/** A figure a row is measured on: a bound (≥57000, <4/<5.5) or a figure in words with its note (翻一番(…)). */
const VALUE = /翻[一两]番(?:[((][^()()]*[))])?|(?:≥|≤|>=|<=|=|<|>)\d+(?:\.\d+)?(?:%|‰|万元|万人|亿元)?(?:\/(?:≥|≤|<|>|=)?\d+(?:\.\d+)?)?/;
/** Who supplies a figure (省统计局, 省人社厅, 江苏调查总队): the source column's cell ends with one of these. */
const SOURCE = /^(.{2,12}?(?:局|厅|委|办|队|院|部|中心))/;
const CATEGORY = /([一二三四五六七八九十]{1,2}、[\u4e00-\u9fa5]{2,10})$/;

/** The unit at the end of the text before a figure: the longest run of unit characters that leaves a name. */
const splitUnit = (before: string): { name: string; unit: string } => {
  if (/[-—]$/.test(before)) return { name: before.slice(0, -1), unit: '-' };
  // A ratio's base (城乡居民收入比 `以农为1`, `以上年为100`) is the unit the figure is read in.
  const base = /以[\u4e00-\u9fa5]{1,4}为1(?:00)?$/.exec(before);
  if (base && base.index > 1) return { name: before.slice(0, base.index), unit: base[0] };
  const split = splitPlainUnit(before);
  // `吨标准煤/万元`: a unit per unit whose first part is a word the unit characters do not spell.
  const head = split.unit && /(吨标准煤|吨标煤|千克标准煤|吨二氧化碳|标台|标车|标箱)\/$/.exec(split.name);
  return head ? { name: split.name.slice(0, head.index), unit: `${head[0]}${split.unit}` } : split;
};

const splitPlainUnit = (before: string): { name: string; unit: string } => {
  for (let k = Math.min(8, before.length - 2); k >= 1; k -= 1) {
    const unit = before.slice(before.length - k);
    // 度 ends names (密度, 满意度) far more often than it starts a unit: `度%` is a name's end and a unit.
    if (!/^[()()/]/.test(unit) && !(k > 1 && unit.startsWith('度')) && looksLikeUnit(unit)) return { name: before.slice(0, -k), unit };
  }
  return { name: before, unit: '' };
};

type Cells = { name: string; unit: string; weight: string; value: string; after: string };

/** A row's text (its number taken off) split at its figure; null when it has none (a row cut off). */
const splitRow = (text: string, weighted: boolean): Cells[] | null => {
  const t = text.replace(/\s+/g, '');
  const m = VALUE.exec(t);
  if (!m) return null;
  let before = t.slice(0, m.index);
  let weight = '';
  if (weighted) {
    const w = /(\d\.\d)$/.exec(before) ?? /(\d+(?:\.\d+)?)$/.exec(before);
    weight = w?.[1] ?? '';
    before = before.slice(0, before.length - weight.length);
  }
  const { name, unit } = splitUnit(before);
  let after = t.slice(m.index + m[0].length);
  const rows: Cells[] = [];
  // A sub-item after this one (`…≥98省人社厅城乡基本医疗保险参保率%≥98`): its source first, then its row.
  if (VALUE.test(after)) {
    const source = SOURCE.exec(after)?.[1] ?? '';
    const next = splitRow(after.slice(source.length), weighted);
    if (next) {
      rows.push(...next);
      after = source;
    }
  }
  return [{ name, unit, weight, value: m[0], after }, ...rows];
};

/** Rows found by their numbers in order; a number may follow a figure with no space (`≥570002.第三…`). */
const splitByNumbers = (text: string): { prefix: string; rows: { number: number; text: string }[] } => {
  const starts: { number: number; at: number; len: number }[] = [];
  let from = 0;
  for (let n = 1; n < 200; n += 1) {
    const re = new RegExp(`${n}(?:[.、．]\\s*|\\s+)(?=[\\u4e00-\\u9fa5A-Za-z“"])`, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    starts.push({ number: n, at: m.index, len: m[0].length });
    from = m.index + m[0].length;
  }
  const rows = starts.map((s, k) => ({ number: s.number, text: text.slice(s.at + s.len, starts[k + 1]?.at ?? text.length) }));
  return { prefix: text.slice(0, starts[0]?.at ?? 0), rows };
};

const cellsFor = (roles: IndicatorRole[], row: Cells, number: number): string[] => {
  const targetAt = roles.indexOf('target') >= 0 ? roles.indexOf('target') : roles.indexOf('baseline');
  return roles.map((role, k) => {
    if (role === 'seq') return String(number);
    if (role === 'name') return row.name;
    if (role === 'unit') return row.unit;
    if (k === targetAt) return row.value;
    if (role === 'note') return k < targetAt ? row.weight : row.after;
    return '';
  });
};

/** The caption, header and rows of a glued indicator table as `cell |` lines, or null. */
export const splitGluedTable = (text: string): string[] | null => {
  if (text.length < 60 || /\s{2,}/.test(text)) return null;
  for (const m of text.matchAll(NAME_WORD)) {
    const { words, end } = headerAt(text, m.index ?? 0);
    const roles = words.length >= 3 ? indicatorRoles(words) : null;
    if (!roles || !roles.includes('unit')) continue;
    const weighted = roles.slice(0, Math.max(roles.indexOf('target'), roles.indexOf('baseline'))).includes('note');
    const body = text.slice(end);
    const { prefix, rows: numbered } = splitByNumbers(body);
    if (numbered.length < 3) continue;
    const out: string[] = [];
    const caption = text.slice(0, m.index).trim();
    if (caption) out.push(caption);
    out.push(`${words.join(' | ')} |`);
    // A group (`二、民主法制`) stands between the figure of one row and the number of the next.
    let lead = prefix;
    for (const r of numbered) {
      const group = CATEGORY.exec(lead.trim())?.[1];
      if (group) out.push(`${group} |`);
      const rows = splitRow(r.text.replace(CATEGORY, ''), weighted);
      for (const row of rows ?? []) out.push(`${cellsFor(roles, row, r.number).join(' | ')} |`);
      lead = r.text;
    }
    return out;
  }
  return null;
};
