// The workbench form's checks, made as the clerk types and before a file is read: the same rules the
// backend applies (shared/progress/draft-check.ts), shown beside the fields instead of after a round trip.
import { indicatorValueProblem, percentProblem, textProblem } from '../../../shared/progress/draft-check';
import type { ReportDetail, ReportDraft, WorkbenchSettings } from '../../../shared/progress/types';
import type { FieldErrors } from '../../api/errors';
import { useSetupStore } from '../setup/store';

/** Problems with what was typed, beside their fields; checked as the clerk types. */
export const formProblems = (form: ReportDraft, detail: ReportDetail): FieldErrors => {
  const out: FieldErrors = {};
  const percent = percentProblem(form.percent);
  if (percent) out.percent = percent;
  for (const field of ['progress', 'problems', 'nextSteps'] as const) {
    const problem = textProblem(field, form[field]);
    if (problem) out[field] = problem;
  }
  for (const indicator of detail.indicators) {
    const problem = indicatorValueProblem(indicator.name, form.indicatorValues[indicator.id] ?? '');
    if (problem) out[`indicator:${indicator.id}`] = problem;
  }
  return out;
};

/** The draft that can be saved now: every field that fails its check keeps its last saved value. */
export const savableDraft = (form: ReportDraft, saved: ReportDraft, problems: FieldErrors): ReportDraft => {
  const next: ReportDraft = { ...form, indicatorValues: { ...form.indicatorValues } };
  if (problems.percent) next.percent = saved.percent;
  for (const field of ['progress', 'problems', 'nextSteps'] as const) if (problems[field]) next[field] = saved[field];
  for (const key of Object.keys(problems)) {
    if (!key.startsWith('indicator:')) continue;
    const id = key.slice('indicator:'.length);
    const old = saved.indicatorValues[id];
    if (old === undefined) delete next.indicatorValues[id];
    else next.indicatorValues[id] = old;
  }
  return next;
};

const formatSize = (bytes: number): string =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;

/** A file refused before any byte is read or sent: its type or its size, or null. */
export const attachmentProblem = (file: File, settings: WorkbenchSettings | null): string | null => {
  const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  if (settings && settings.attachmentTypes.length > 0 && !settings.attachmentTypes.includes(extension))
    return `文件“${file.name}”的类型不能作为佐证材料。可添加:${settings.attachmentTypes.join('、')}。`;
  if (settings && file.size > settings.maxAttachmentBytes)
    return `文件“${file.name}”大小为 ${formatSize(file.size)},超过上限 ${formatSize(settings.maxAttachmentBytes)}。请压缩或拆分后再添加。`;
  return null;
};

/** On an office PC (not the demo) every report written here is 代填, recorded with the office as author. */
export const isProxy = (): boolean => {
  const status = useSetupStore.getState().status;
  return status !== null && !status.isDemo && status.role === 'office';
};

