// The one mapping from an API error to what a person reads: a sentence for a banner, and for a form the
// message beside each field it is about. Nothing here ever shows a method name, a field path or English.
import { ApiError } from '../../shared/api/errors';

export type FieldErrors = Record<string, string>;

type Issue = { path: string; message: string };

const issuesOf = (error: unknown): Issue[] => {
  if (!(error instanceof ApiError) || typeof error.details !== 'object' || error.details === null) return [];
  const issues = (error.details as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (i): i is Issue => typeof i === 'object' && i !== null && typeof (i as Issue).path === 'string' && typeof (i as Issue).message === 'string',
  );
};

/**
 * The form field an argument path names: `draft.percent` → `percent`, `draft.indicatorValues.<id>` →
 * `indicator:<id>`, `reason` → `reason`. Forms key their messages the same way.
 */
export const fieldOfPath = (path: string): string => {
  const parts = path.split('.').filter((p) => p !== 'draft');
  if (parts[0] === 'indicatorValues' && parts[1]) return `indicator:${parts[1]}`;
  return parts[0] ?? '';
};

/** Messages by form field; a message the form cannot place goes under '' (shown above the buttons). */
export const fieldErrors = (error: unknown): FieldErrors => {
  const out: FieldErrors = {};
  for (const issue of issuesOf(error)) {
    const field = fieldOfPath(issue.path);
    out[field] = out[field] ? `${out[field]};${issue.message}` : issue.message;
  }
  return out;
};

// An internal error's text comes from the environment (SQLite, the file system) and may be English.
const FOREIGN = /[A-Za-z_]{4,}\.[A-Za-z_]{2,}|[A-Za-z]{5,}/;

/** One sentence for a banner. Internal errors with foreign text become a plain request to retry. */
export const errorMessage = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiError && error.code === 'internal' && FOREIGN.test(message)) {
    return '操作没有完成:本机程序出现内部错误。请重试;如果再次出现,请在“设置”中查看数据文件夹并联系技术支持。';
  }
  if (!(error instanceof ApiError)) return FOREIGN.test(message) ? '操作没有完成,请重试。' : message;
  // A refusal of the argument's shape speaks of types (string, object): that is a fault of this program,
  // not something the person typed, so the readable issues are kept and the rest summarised.
  if (error.code === 'bad_input' && issuesOf(error).length > 0 && /[A-Za-z]{4,}/.test(message)) {
    const readable = issuesOf(error).map((i) => i.message).filter((m) => !/[A-Za-z]{4,}/.test(m));
    return readable.length > 0 ? `输入有误:${[...new Set(readable)].join(';')}` : '输入有误:有内容的格式不对,请刷新后重试。';
  }
  return message;
};
