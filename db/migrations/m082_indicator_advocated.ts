// 倡导性 (advocated) joins 约束性, 预期性 and 参考性 as an indicator's 属性: 健康中国行动 and the provinces'
// copies of it print a third of their indicators so, and they were stored with no attribute at all.
import { rebuildIndicators } from './indicators-rebuild.js';

export const m082IndicatorAdvocated = rebuildIndicators('indicators_m082', ['expected', 'binding', 'reference', 'advocated']);
