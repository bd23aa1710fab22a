// Checks on what the clerk typed, shared by the form (to show the message as they type) and the
// backend (to refuse it, whatever host it came through). Messages are what the clerk reads.
import { parseNumber } from './numbers.js';

export const percentProblem = (text: string): string | null => {
  const t = text.trim();
  if (t === '') return null;
  if (/^-\d+$/.test(t)) return `完成百分比不能小于 0(填写的是 ${t})`;
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

/** The longest 进展情况 / 存在问题 / 下一步计划 the backend keeps (the contract's limit, shown as a counter). */
export const MAX_REPORT_TEXT = 5000;

export type TextField = 'progress' | 'problems' | 'nextSteps';

export const textFieldLabel: Record<TextField, string> = { progress: '进展情况', problems: '存在问题', nextSteps: '下一步计划' };

export const textProblem = (field: TextField, text: string): string | null =>
  text.length > MAX_REPORT_TEXT ? `${textFieldLabel[field]}不能超过 ${MAX_REPORT_TEXT} 个字(现有 ${text.length} 个字,请删减 ${text.length - MAX_REPORT_TEXT} 个字)` : null;

type Submittable = { status: string; percent: string; progress: string };

/** Fields a submission needs and a draft does not: a draft always saves, only submitting asks for these. */
export const missingForSubmit = (draft: Submittable): { field: 'status' | 'percent' | 'progress'; label: string }[] => {
  const missing: { field: 'status' | 'percent' | 'progress'; label: string }[] = [];
  if (draft.status === '') missing.push({ field: 'status', label: '进展状态' });
  if (draft.percent.trim() === '') missing.push({ field: 'percent', label: '完成百分比' });
  if (draft.progress.trim() === '') missing.push({ field: 'progress', label: '进展情况' });
  return missing;
};
