// Indicators written as sentences, as the eighth held-out batch met them (docs 381–385), with the whole pool
// of corpus indicators that a sentence can carry (a figure, maybe a bound and a unit): a goals paragraph
// `到2025年,X达到Y,Z不低于W` with now and then a name and its figure and no verb, a `主要预期目标是:` list
// parted by semicolons, and `A、B和C分别达到x、y和z` given for an earlier year and then for the horizon.
import type { Rng } from '../../../bench/rng.js';
import type { KeyIndicator } from '../score.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import { pickIndicators, type IndicatorDoc } from './layouts-indicators.js';

const FIGURE = /^(≥|≤|>|<)?\s*(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fa5]{0,3})?(以上|以下|左右)?$/;

/** A name a clause can hold: no clause marks, no list marks, no unit in brackets, no 其中. */
const cleanName = (name: string): string => name.replace(/\s+/g, '').replace(/[((][^()()]{0,8}[))]$/, '').replace(/^其中[::]?/, '');
const sayable = (k: KeyIndicator): boolean => {
  const name = cleanName(k.name);
  return FIGURE.test(k.target.trim()) && name.length >= 3 && !/[,,;;。::、和及《》“”\d]|分别|^(到|至)/.test(name);
};
const unitOf = (k: KeyIndicator, printed: string): string => (printed !== '' ? printed : k.unit && k.unit !== '—' && !/[()()]/.test(k.unit) ? k.unit : '');

/** The target as a clause says it: `达到97%`, `不低于97%`, `超过5家`, `控制在0.3以内`; with no verb now and then. */
const clause = (rng: Rng, k: KeyIndicator, bare: boolean): string => {
  const m = FIGURE.exec(k.target.trim());
  const [sign = '', figure = '', printed = '', bound = ''] = m ? m.slice(1) : [];
  const value = `${figure}${unitOf(k, printed)}`;
  const name = cleanName(k.name);
  if (sign === '≥') return `${name}${rng.pick(['不低于', '不少于'])}${value}`;
  if (sign === '≤' || sign === '<') return `${name}控制在${value}以内`;
  if (sign === '>') return `${name}超过${value}`;
  if (bare && value !== figure) return `${name}${value}${bound}`;
  return `${name}${rng.pick(['达到', '达到', '提高到', '达'])}${value}${bound}`;
};

const keyOf = (list: KeyIndicator[]): KeyIndicator[] => list.map((k) => ({ ...k, name: cleanName(k.name), baseline: '', match: undefined }));

const around = (rng: Rng, body: string[]): string => {
  const f = frame(rng);
  return [...f.head, '一、总体目标', ...body, '二、保障措施', '加强组织领导,强化督促检查。', ...f.foot].join('\n');
};

const goalsParagraph = (rng: Rng): IndicatorDoc => {
  const list = pickIndicators(rng, sayable);
  const year = 2025 + rng.int(6);
  const clauses = list.map((k, at) => clause(rng, k, at > 0 && rng.next() < 0.3));
  const text = `到${year}年,${rng.pick(['发展质量明显提升', '各项工作走在前列'])},${clauses.join(',')},${rng.pick(['群众满意度持续提高', '体制机制更加完善'])}。`;
  return { text: around(rng, [text]), key: [], indicators: keyOf(list) };
};

const expectedList = (rng: Rng): IndicatorDoc => {
  const list = pickIndicators(rng, sayable);
  const text = `${rng.pick(['全市', '全县', '全区'])}经济社会发展主要预期目标是:${list.map((k) => clause(rng, k, false)).join(';')}。`;
  return { text: around(rng, [`${2020 + rng.int(6)}年是关键之年。${text}`]), key: [], indicators: keyOf(list) };
};

/** `A、B和C分别达到…` for an earlier year with the baselines where every one is a figure, then for the horizon. */
const respective = (rng: Rng): IndicatorDoc => {
  const list = pickIndicators(rng, (k) => sayable(k) && !/^[≥≤<>]/.test(k.target.trim())).slice(0, 5);
  const names = list.map((k) => cleanName(k.name));
  const join = (xs: string[]): string => `${xs.slice(0, -1).join('、')}和${xs.at(-1) ?? ''}`;
  const said = (k: KeyIndicator, v: string): string => {
    const m = FIGURE.exec(v.trim());
    return m ? `${m[2] ?? ''}${unitOf(k, m[3] ?? '')}${m[4] ?? ''}` : v;
  };
  const earlier = list.every((k) => FIGURE.test(k.baseline.trim())) ? `2022年${join(names)}分别达到${join(list.map((k) => said(k, k.baseline)))};2025年` : '到2025年,';
  const lead = earlier.startsWith('2022') ? `${earlier}分别达到` : `${earlier}${join(names)}分别达到`;
  return { text: around(rng, [`——${rng.pick(['发展水平更高', '服务能力更强'])}。${lead}${join(list.map((k) => said(k, k.target)))}。`]), key: [], indicators: keyOf(list) };
};

const layout = (id: string, what: string, make: (rng: Rng) => IndicatorDoc): Layout & { indicators: true } => ({ id, what, indicators: true, make: (rng) => make(rng) });

export const learnedIndicatorLayouts3: (Layout & { indicators: true })[] = [
  layout('ind-goal-sentences', 'a goals paragraph: 到20XX年, X达到Y, Z不低于W, now and then a name and its figure with no verb', goalsParagraph),
  layout('ind-goal-expected-list', '主要预期目标是: X达到Y; Z控制在W以内; … (a yearly plan’s list)', expectedList),
  layout('ind-goal-respective', '——goal bullet: A、B和C分别达到x、y和z, for an earlier year (the baselines) and then for the horizon', respective),
];
