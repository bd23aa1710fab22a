// Indicator values as tables print them: ≥97, >98, <0。29 (。 as a decimal point), 5家以上, 1-2个,
// 25%以上, 100, — or / for none. Parsed into comparator and bound(s) so attainment can be computed.
import { normaliseText } from './text.js';
import type { IndicatorAttribute } from './attribute.js';
import type { Comparator, ParsedTarget } from './types.js';

// A lone 一 in a value cell is a dash read as a character (OCR, exam reprints).
const NONE = /^(\u2014+|-+|\/|\\|\u2013|无|暂无|空|\u2015+|一)$/;

const normalise = (text: string): string =>
  normaliseText(text)
    .replace(/(\d)\s*[。．]\s*(\d)/g, '$1.$2')
    // Thousands separators as Excel's #,##0 format and printed tables show them: 12,500 is 12500.
    .replace(/(\d)[,,](?=\d{3}(?!\d))/g, '$1')
    .replace(/[%]/g, '%')
    .replace(/[<]/g, '<')
    .replace(/[>]/g, '>')
    .replace(/[=]/g, '=')
    .replace(/\s+/g, '')
    // The minus sign Word and full-width input print (−4.6, -4.6) is the ASCII one.
    .replace(/(^|[<>=≤≥])[−-](?=\d)/g, '$1-');

const PREFIX: [RegExp, Comparator][] = [
  [/^(≥|>=|=>|不低于|不少于|至少|大于等于|高于等于)/, '>='],
  [/^(≤|<=|=<|不高于|不超过|不多于|小于等于|低于等于|控制在)/, '<='],
  [/^(>|超过|高于|大于|多于)/, '>'],
  [/^(<|低于|小于|少于)/, '<'],
  [/^(=|达到|保持|稳定在)/, '='],
];

const SUFFIX: [RegExp, Comparator][] = [
  [/(以上|及以上|以上水平)$/, '>='],
  [/(以下|以内|及以下)$/, '<='],
  [/(左右|上下)$/, '='],
];

/** `年均增长7%以上`, `累计下降18%`: a growth or reduction target; the figure is what follows the words. */
const GROWTH = /^(年均|累计|每年)?(增长|增速|增幅|提高|提升|下降|降低|减少)/;

// A negative figure (`-4.6`, `≤-2`: a decline written as a signed value, as Excel shows -4.6%) is a bound too.
// Excel's scientific format prints 1.23E+04: the exponent is part of the figure.
const NUMBER = /^(-?\d+(?:\.\d+)?(?:E[+-]\d{1,3})?)(.*)$/;

/**
 * Unit characters written after a number (%, 家, 个, 亿元 …), or a rate's base (`10/10万`, `3/1000`); anything
 * else means the text is not a plain value.
 */
const UNIT = /^(?:[%‰a-zA-Z\u4e00-\u9fa5/²³·]{0,8}|\/(?:10{1,5}|\d*[万千百])[\u4e00-\u9fa5]{0,3})$/;

const none = (text: string): ParsedTarget => ({ text, comparator: null, low: null, high: null, unit: '', isNone: true });

const unreadable = (text: string): ParsedTarget => ({ text, comparator: null, low: null, high: null, unit: '', isNone: false });

export const parseTarget = (raw: string): ParsedTarget => {
  const text = raw.trim();
  let t = normalise(text);
  if (t.length === 0 || NONE.test(t)) return none(text);
  t = t.replace(GROWTH, '');
  let comparator: Comparator | null = null;
  for (const [re, c] of PREFIX) {
    if (re.test(t)) {
      comparator = c;
      t = t.replace(re, '');
      break;
    }
  }
  for (const [re, c] of SUFFIX) {
    if (re.test(t)) {
      comparator ??= c;
      t = t.replace(re, '');
      break;
    }
  }
  const scientific = /^-?\d+(?:\.\d+)?E[+-]\d/.test(t);
  const range = scientific ? null : /^(\d+(?:\.\d+)?)([%a-zA-Z\u4e00-\u9fa5]{0,4})[-~—至到](\d+(?:\.\d+)?)(.*)$/.exec(t);
  if (range && comparator === null && UNIT.test(range[4] ?? '')) {
    return {
      text,
      comparator: 'range',
      low: Number(range[1]),
      high: Number(range[3]),
      unit: (range[4] ?? '') || (range[2] ?? ''),
      isNone: false,
    };
  }
  const m = NUMBER.exec(t);
  if (!m || !UNIT.test(m[2] ?? '')) return unreadable(text);
  const value = Number(m[1]);
  const c = comparator ?? '=';
  return {
    text,
    comparator: c,
    low: c === '<' || c === '<=' ? null : value,
    high: c === '>' || c === '>=' ? null : value,
    unit: m[2] ?? '',
    isNone: false,
  };
};

/** Does a cell read as a value (a number, a bound, a none mark, 完成) rather than a name? */
export const looksLikeValue = (raw: string): boolean => {
  const t = normalise(raw);
  if (t.length === 0) return false;
  if (NONE.test(t) || /^(完成|已完成|未完成|达标|实现|—)$/.test(t)) return true;
  const parsed = parseTarget(raw);
  // `3G/LTE`, `5G基站`: a figure glued to Latin letters that are no unit (only Mbps, GB, kW… are) begins a
  // name (3G/LTE 用户普及率, 5G基站数), not a value.
  const latin = /[A-Za-z]{2,}/.exec(parsed.unit)?.[0];
  const namesTechnology = /^[A-Za-z]+[\u4e00-\u9fff]/.test(parsed.unit) || (latin !== undefined && !/^(?:[kKMGT]?(?:bps|B|W|Wh|Hz)|km|kg|cm|mm|ppm|PM)$/.test(latin));
  if (namesTechnology) return false;
  // `50亩以上农业…`: a bound in the middle, words after it — the start of a name (50亩以上农业规模化种养面积).
  if (/(以上|以下|以内)[\u4e00-\u9fff]{2,}/.test(parsed.unit)) return false;
  if (parsed.comparator !== null && (parsed.low !== null || parsed.high !== null) && parsed.unit.length <= 6) return true;
  // A figure with a note on whom it covers (`20(80%用户)`, `100(部分城市)`) is still a figure.
  const bare = t.replace(/\s*[((][^()()]{1,12}[))]$/, '');
  return bare !== t && /^[<>≤≥=]?\s*\d/.test(bare) && looksLikeValue(bare);
};

/** A unit column cell: %, 个, 微克/立方米, 批次/千人. */
export const looksLikeUnit = (raw: string): boolean => {
  const t = raw.trim().replace(/\s+/g, '');
  // Rates and sizes written in Latin letters (Mbps, Gbps, TB).
  if (/^[kKMGT]?(bps|B)$/.test(t)) return true;
  // A ratio's base (城乡居民收入比 in `以农为1`, an index in `以上年为100`): the unit its figure is read in.
  if (/^以[\u4e00-\u9fa5]{1,4}为1(?:00)?$/.test(t)) return true;
  // Energy counted in standard coal (吨标准煤/万元, 万吨标煤) and weight in 斤 (公斤/亩): a weight unit all the same.
  const u = t.replace(/(吨|噸|千克|公斤)(标准煤|標準煤|标煤|標煤)/g, '$1');
  // Traditional forms (萬噸, 個) count too; a compound unit (吨/月·平方公里) may run a little longer.
  return u.length > 0 && u.length <= 10 && /^[%‰个项家处件分元万亿吨人次批千米立方克微毫公里斤年月日天台座所条户名亩公顷倍度小时平方张辆套间册场床栋幢株棵头只艘架岁美萬億噸個項張戶畝頃處間臺輛kKmMgG²³·/()()]+$/.test(u);
};

/** A 属性 cell: 约束性, 预期性, 参考性 (建设指标 tables) or 倡导性 (健康中国行动's); it closes a row. */
export const isAttributeCell = (raw: string): boolean => /^(约束|約束|预期|預期|参考|參考|倡导|倡導)性?(指标|指標)?$/.test(raw.trim());

export const parseAttribute = (raw: string): IndicatorAttribute | null => {
  if (/约束|約束/.test(raw)) return 'binding';
  if (/预期|預期/.test(raw)) return 'expected';
  // Only the whole word: 参考 alone is too common inside names (参考价格) to mean the attribute.
  if (/^(参考|參考)性(指标|指標)?$/.test(raw.trim())) return 'reference';
  // Whole word too: 倡导 also opens task sentences (倡导绿色出行).
  if (/^(倡导|倡導)性(指标|指標)?$/.test(raw.trim())) return 'advocated';
  return null;
};
