// An indicator's 属性 as plans print it: 约束性 (binding, must be met), 预期性 (expected, aimed for), and
// 参考性 (reference, for orientation only — 建设指标 tables use it), and 倡导性 (advocated: 健康中国行动 and
// its provincial copies ask people to adopt it, nobody is held to it). Null when the table has no 属性 column.
export type IndicatorAttribute = 'binding' | 'expected' | 'reference' | 'advocated';

const LABELS: Record<IndicatorAttribute, string> = { binding: '约束性', expected: '预期性', reference: '参考性', advocated: '倡导性' };

/** The word a person reads for the attribute; empty when the plan gave none. */
export const attributeLabel = (attribute: IndicatorAttribute | null): string => (attribute ? LABELS[attribute] : '');
