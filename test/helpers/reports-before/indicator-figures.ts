// FROZEN copy of db/reports/indicator-figures.ts as it was before issue 18 (main at bba7a5b): the reference the
// new reads are compared with in test/integration/reports-equivalence.test.ts. Do not edit or "fix".
// Indicators with their latest reported value up to the period and whether it meets the target.
// The target parse and the attainment rule are the workbench's (shared/progress/attainment.ts).
import { attainmentOf, parseTarget, type Target } from '../../../shared/progress/attainment.js';
import { parseNumber } from '../../../shared/progress/numbers.js';
import { parsePeriodId, type Cadence } from '../../../shared/progress/periods.js';
import type { IndicatorFigure } from '../../../shared/reports/types.js';
import type { IndicatorFact, IndicatorValueFact } from './facts.js';

/** The stored comparator and bounds when the office set them, else the target text parsed. */
const targetOf = (i: IndicatorFact): Target | null =>
  i.comparator !== null && i.boundLow !== null
    ? { comparator: i.comparator, low: i.boundLow, high: i.boundHigh }
    : parseTarget(i.targetText);

const rateOf = (valueText: string, target: Target | null): number | null => {
  const value = parseNumber(valueText);
  if (value === null || !target || target.low <= 0) return null;
  if (target.comparator !== '>=' && target.comparator !== '>' && target.comparator !== '=') return null;
  return Math.round((value / target.low) * 1000) / 10;
};

export const buildIndicatorFigures = (
  indicators: IndicatorFact[],
  values: IndicatorValueFact[],
  cadence: Cadence,
): IndicatorFigure[] => {
  // Newest period wins; within one period the owner department's value wins over another unit's.
  const latest = new Map<string, IndicatorValueFact>();
  const ownerOf = new Map(indicators.map((i) => [i.id, i.ownerId]));
  for (const v of values) {
    if (parsePeriodId(v.periodId)?.cadence !== cadence) continue;
    const held = latest.get(v.indicatorId);
    const isOwner = ownerOf.get(v.indicatorId) === v.departmentId;
    if (!held || v.periodId > held.periodId || (v.periodId === held.periodId && isOwner)) latest.set(v.indicatorId, v);
  }
  return indicators.map((i) => {
    const value = latest.get(i.id);
    const target = targetOf(i);
    const valueText = value?.valueText ?? '';
    return {
      indicatorId: i.id,
      seq: i.seq,
      category: i.category,
      name: i.name,
      unit: i.unit,
      baselineText: i.baselineText,
      targetText: i.targetText,
      isBinding: i.attribute === 'binding',
      // Added with 参考性 (migration 79): the field is new, its value is the stored attribute as is.
      attribute: i.attribute,
      owner: i.ownerName,
      taskId: i.taskId,
      latestValueText: valueText,
      latestPeriodId: value?.periodId ?? null,
      attainment: attainmentOf(valueText, target),
      attainmentRate: rateOf(valueText, target),
    };
  });
};
