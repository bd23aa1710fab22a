// Rows the office gets back from units without Duban (a returned 填报表, a filled Word form, a unit's own
// Word table, a published 进展通报): which column is which, how a row's words become a report, and how a
// retyped title finds its task. Pure rules shared by the importer and the tests; every value refused is
// named in Chinese instead of guessed.
import { reportStatusLabel, reportStatuses, type ReportStatus } from './report-status.js';
import { fieldOfHeader, parsePercentCell, parseStatusWord, statusWords, textProblem, titleKey, type PercentCell, type SheetField } from './sheet.js';

/** The fill-in sheet's columns, plus 责任单位 (a bulletin's or a unit's own table) and 完成情况 (status and/or percentage in words). */
export type ReturnedField = SheetField | 'unit' | 'completion';

const squash = (text: string): string => text.normalize('NFKC').replace(/[\s\u3000]/g, '');

const returnedAliases: Record<'unit' | 'completion' | 'role', string[]> = {
  unit: ['责任单位', '牵头单位', '责任部门', '牵头部门', '牵头单位/参与单位', '单位'],
  completion: ['完成情况', '进展状态及完成情况', '推进情况'],
  role: ['牵头/参与', '牵头或参与'],
};

export const fieldOfReturnedHeader = (text: string): ReturnedField | null => {
  const own = fieldOfHeader(text);
  if (own) return own;
  const name = squash(text).replace(/[((\[【].*?[))\]】]/g, '');
  if (returnedAliases.unit.includes(name)) return 'unit';
  if (returnedAliases.completion.includes(name)) return 'completion';
  if (returnedAliases.role.includes(name)) return 'role';
  return null;
};

/** The task column and something that says how it went. */
export const isReturnedHeaderRow = (fields: Set<ReturnedField>): boolean =>
  fields.has('title') && (['status', 'percent', 'progress', 'completion'] as ReturnedField[]).some((f) => fields.has(f));

/** One row as read from the file, before it is matched to a task. */
export type ReturnedRow = {
  /** Excel row number, or the table row's number in the Word document (header = 1). */
  rowNumber: number;
  seq: string;
  title: string;
  taskId: string;
  unit: string;
  status: string;
  percent: PercentCell;
  completion: string;
  progress: string;
  problems: string;
  nextSteps: string;
};

/** What a 代录 report holds: percent null when the unit gave none (a Word table often says only 完成情况). */
export type ReturnedValues = { status: ReportStatus; percent: number | null; progress: string; problems: string; nextSteps: string };

export type ReadValues = { ok: true; values: ReturnedValues; isStatusInferred: boolean } | { ok: false; reason: string } | { ok: 'empty' };

const norm = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

/** 完成情况 in words: 已完成 / 正常推进 / 滞后 …, with or without a percentage ("完成80%", "80%"). */
const readCompletion = (text: string): { status: ReportStatus | null; percent: string | null } => {
  const flat = squash(text);
  const status = reportStatuses.find((s) => flat.includes(reportStatusLabel[s])) ?? (/已办结|全部完成/.test(flat) ? 'done' : /推进中|进行中|正在推进/.test(flat) ? 'on_track' : null);
  const m = /(\d{1,3}(?:\.\d+)?)%/.exec(flat);
  return { status, percent: m ? (m[1] ?? null) : null };
};

/**
 * Reads a row's values. The status comes from 状态, else from 完成情况's words, else it is inferred (100% →
 * 已完成, anything else with progress written → 正常推进) and the preview says so.
 */
export const readReturnedValues = (row: ReturnedRow): ReadValues => {
  const problems: string[] = [];
  const completion = readCompletion(row.completion);
  let status: ReportStatus | '' | null = parseStatusWord(row.status);
  if (status === null) problems.push(`状态“${row.status.slice(0, 20)}”不是可选的状态,应为:${statusWords.join('、')}`);
  const percentCell: PercentCell = row.percent.value === null && completion.percent !== null ? { value: completion.percent, isPercentFormat: false } : row.percent;
  const percent = parsePercentCell(percentCell);
  if (!percent.ok) problems.push(percent.reason);
  const progress = norm(row.progress) || (completion.status === null && completion.percent === null ? norm(row.completion) : '');
  for (const [label, text] of [['进展情况', progress], ['存在问题', row.problems], ['下一步计划', row.nextSteps]] as const) {
    const problem = textProblem(label, text);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0 || status === null || !percent.ok) return { ok: false, reason: problems.join(';') };
  const percentValue = percent.value === '' ? null : Number(percent.value);
  if (status === '' && percentValue === null && progress === '' && norm(row.problems) === '' && norm(row.nextSteps) === '' && completion.status === null) {
    return { ok: 'empty' };
  }
  let isStatusInferred = false;
  if (status === '') status = completion.status ?? '';
  if (status === '') {
    isStatusInferred = true;
    status = percentValue === 100 ? 'done' : 'on_track';
  }
  return {
    ok: true,
    isStatusInferred,
    values: { status, percent: percentValue ?? (status === 'done' ? 100 : null), progress, problems: norm(row.problems), nextSteps: norm(row.nextSteps) },
  };
};

const bigrams = (text: string): string[] => {
  const key = titleKey(text);
  if (key.length < 2) return [key];
  return Array.from({ length: key.length - 1 }, (_, i) => key.slice(i, i + 2));
};

/** Dice similarity of two titles over character pairs (0–1), ignoring spaces and punctuation. */
export const titleSimilarity = (a: string, b: string): number => {
  if (titleKey(a) === titleKey(b)) return 1;
  const left = bigrams(a);
  const right = new Map<string, number>();
  for (const g of bigrams(b)) right.set(g, (right.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of left) {
    const n = right.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      right.set(g, n - 1);
    }
  }
  const total = left.length + bigrams(b).length;
  return total === 0 ? 0 : (2 * shared) / total;
};

/** 序号 as units write it: "3", "3.", "(三)" all compare by their digits or as typed. */
export const seqKey = (seq: string): string => squash(seq).replace(/[.、。)\])]+$/, '').replace(/^[(\[(]/, '');

export type MatchCandidate = { taskId: string; code: string; title: string };

export type RowPlacement<T extends MatchCandidate> = { task: T; matchedBy: 'id' | 'title'; similarity: number } | { reason: string };

/** With the same 序号 a title needs this much in common; without one it must be nearly the same title. */
const SAME_SEQ_SIMILARITY = 0.5;
const ANY_SEQ_SIMILARITY = 0.8;

/** Places a row among candidate tasks: by the hidden id, else 序号 + title similarity, else says why not. */
export const placeReturnedRow = <T extends MatchCandidate>(row: Pick<ReturnedRow, 'taskId' | 'seq' | 'title'>, tasks: T[], byId: Map<string, T>): RowPlacement<T> => {
  if (row.taskId !== '') {
    const task = byId.get(row.taskId);
    if (task) return { task, matchedBy: 'id', similarity: 1 };
  }
  if (row.title === '') return { reason: '这一行没有填写工作任务,无法对应到任务' };
  const seq = seqKey(row.seq);
  const scored = tasks.map((task) => ({ task, similarity: titleSimilarity(row.title, task.title), isSameSeq: seq !== '' && seqKey(task.code) === seq }));
  const sameSeq = scored.filter((s) => s.isSameSeq && s.similarity >= SAME_SEQ_SIMILARITY).sort((a, b) => b.similarity - a.similarity);
  const best = sameSeq[0];
  if (best) return { task: best.task, matchedBy: 'title', similarity: best.similarity };
  const close = scored.filter((s) => s.similarity >= ANY_SEQ_SIMILARITY).sort((a, b) => b.similarity - a.similarity);
  const [first, second] = close;
  if (first && (!second || first.similarity - second.similarity > 0.05)) return { task: first.task, matchedBy: 'title', similarity: first.similarity };
  if (first && second) return { reason: `名称与多项任务相近(${first.task.code}、${second.task.code}),无法确定是哪一项` };
  return { reason: `找不到序号“${row.seq}”、名称为“${row.title.slice(0, 40)}”的任务${row.taskId !== '' ? '(任务识别码也对不上)' : ''}` };
};
