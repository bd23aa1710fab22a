// An indicator's target (目标值) as comparator + bound(s), and whether a reported value attains it.
// Targets arrive as text: ≥97, >98, <0.29, 100, 5家以上, 90%以上, 1-2个, ≤5, 不低于 95, — (none).
import { normaliseNumberText, parseNumber } from './numbers.js';

export type Comparator = '>=' | '>' | '<=' | '<' | '=' | 'range';

export type Target = { comparator: Comparator; low: number; high: number | null };

const NUM = String.raw`[+-]?\d+(?:\.\d+)?`;

export const parseTarget = (text: string): Target | null => {
  const t = normaliseNumberText(text).replace(/[≧]/g, '≥').replace(/[≦]/g, '≤').replace(/＞/g, '>').replace(/＜/g, '<');
  if (t === '' || /^[—\-/无]+$/.test(t)) return null;
  const range = new RegExp(`^(${NUM})[-~～至到](${NUM})`).exec(t);
  if (range) return { comparator: 'range', low: Number(range[1]), high: Number(range[2]) };
  const prefixed = new RegExp(`^(≥|>=|≤|<=|>|<|不低于|不少于|不高于|不超过|超过|低于|达到)(${NUM})`).exec(t);
  if (prefixed) {
    const op = prefixed[1] ?? '';
    const value = Number(prefixed[2]);
    const comparator: Comparator =
      op === '≥' || op === '>=' || op === '不低于' || op === '不少于' || op === '达到'
        ? '>='
        : op === '≤' || op === '<=' || op === '不高于' || op === '不超过'
          ? '<='
          : op === '>' || op === '超过'
            ? '>'
            : '<';
    return { comparator, low: value, high: null };
  }
  const suffixed = new RegExp(`^(${NUM})\\D*?(以上|以下|以内)$`).exec(t);
  if (suffixed) return { comparator: suffixed[2] === '以上' ? '>=' : '<=', low: Number(suffixed[1]), high: null };
  const plain = new RegExp(`^(${NUM})\\D*$`).exec(t);
  if (plain) return { comparator: '=', low: Number(plain[1]), high: null };
  return null;
};

export type Attainment = { state: 'met' | 'unmet' | 'unknown' | 'invalid'; label: string; value: number | null };

/**
 * Whether a reported value meets the target. A bare number target (100) is read as "reach at least this",
 * the way plans mean 合格率达到100; an explicit ≤ or < means lower is better.
 */
export const attainmentOf = (valueText: string, target: Target | null): Attainment => {
  if (valueText.trim() === '') return { state: 'unknown', label: '未填写', value: null };
  const value = parseNumber(valueText);
  if (value === null) return { state: 'invalid', label: '请填写数字', value: null };
  if (!target) return { state: 'unknown', label: '无目标值,不作判断', value };
  const { comparator, low, high } = target;
  const isMet =
    comparator === '>=' || comparator === '='
      ? value >= low
      : comparator === '>'
        ? value > low
        : comparator === '<='
          ? value <= low
          : comparator === '<'
            ? value < low
            : value >= low && value <= (high ?? low);
  if (isMet) return { state: 'met', label: '已达标', value };
  if ((comparator === '>=' || comparator === '=' || comparator === '>') && low > 0) {
    return { state: 'unmet', label: `未达标(完成目标的 ${Math.round((value / low) * 1000) / 10}%)`, value };
  }
  return { state: 'unmet', label: '未达标', value };
};
