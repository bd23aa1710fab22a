// Checks on what the clerk typed, shared by the form (to show the message as they type) and the
// backend (to refuse it, whatever host it came through). Messages are what the clerk reads.
import { parseNumber } from './numbers.js';

export const percentProblem = (text: string): string | null => {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d+$/.test(t)) return `完成百分比“${t}”不是整数,请填写 0 到 100 之间的整数,如 60`;
  const value = Number(t);
  if (value > 100) return `完成百分比不能超过 100(填写的是 ${value})`;
  return null;
};

export const indicatorValueProblem = (name: string, text: string): string | null => {
  const t = text.trim();
  if (t === '') return null;
  return parseNumber(t) === null ? `指标“${name}”的填报值“${t.slice(0, 20)}”不是数字,请只填数值(单位已列出)` : null;
};
