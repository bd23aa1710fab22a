// 参考性 (reference) joins 约束性 and 预期性 as an indicator's 属性: 建设指标 tables print it, and it was
// stored as no attribute, so the dashboard, the preview and the Excel export lost what the plan said.
import { rebuildIndicators } from './indicators-rebuild.js';

export const m079IndicatorReference = rebuildIndicators('indicators_m079', ['expected', 'binding', 'reference']);
