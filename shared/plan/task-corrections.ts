// The office's two corrections to what counts as a task, from the preview: a task the reader found that is
// not one (a site's bullet, an event's facts, a heading read as an item) is taken out, and a line the reader
// could not place that is a task is taken in. Both keep every line accounted for: a task taken out goes to
// the unplaced list as skipped, a line taken in leaves it.
import { parsePlanText } from './document.js';
import type { ParsedPlan, ParsedTask, UnplacedLine } from './types.js';

/** The reason shown beside a task the office took out. */
export const DROPPED_TASK_REASON = '办公室在预览中标为“不是任务”';

/** A path no reader gives (theirs are numbers joined by `/`), so a task taken in never meets a read one. */
export const addedTaskPath = (line: number): string => `行${line}`;

// A number, bracketed or not, that the line starts with: the line is read as item 1 of its own.
const LEADING_NUMBER = /^\s*[((]?[0-90-9一二三四五六七八九十]{1,3}[))]?[.、.,]?\s*/;

/**
 * A line taken in as a task, read by the same reader as an item of its own, so its responsibility clause
 * (`(牵头单位:X;配合单位:Y)`, `由X牵头,Y配合`) and deadline give leads, participants and a date; a line
 * the reader still gets nothing from becomes a task with that text as its title and no units yet.
 */
export const taskFromLine = (unplaced: UnplacedLine, section: string): ParsedTask => {
  const text = unplaced.text.trim();
  const read = parsePlanText(`一、任务\n1.${text.replace(LEADING_NUMBER, '')}`).tasks;
  const base: ParsedTask = {
    path: addedTaskPath(unplaced.line),
    code: '',
    level: 1,
    section,
    title: text,
    content: '',
    deadlineText: '',
    leads: [],
    participants: [],
    isLeadInferred: false,
    line: unplaced.line,
  };
  const only = read.length === 1 ? read[0] : undefined;
  if (!only) return base;
  return {
    ...base,
    title: only.title || text,
    content: only.content,
    deadlineText: only.deadlineText,
    ...(only.deadline ? { deadline: only.deadline } : {}),
    leads: only.leads,
    participants: only.participants,
    isLeadInferred: only.isLeadInferred,
  };
};

/** The section of the task read last before `line`: a task taken in sits where its line does. */
const sectionBefore = (tasks: ParsedTask[], line: number): string => tasks.filter((t) => t.line < line).at(-1)?.section ?? '';

/** `added` in document order, each before the first task that starts after it; the read tasks keep their order. */
const insertByLine = (tasks: ParsedTask[], added: ParsedTask[]): ParsedTask[] => {
  const out = [...tasks];
  for (const task of [...added].sort((a, b) => a.line - b.line)) {
    const at = out.findIndex((t) => t.line > task.line);
    out.splice(at < 0 ? out.length : at, 0, task);
  }
  return out;
};

/**
 * Takes out the tasks at `dropped` paths and takes in the unplaced lines numbered in `added`. A line where a
 * read task starts is not taken in again (its unplaced entry only says the task has no lead); a task taken
 * out keeps its path on its unplaced entry, so the preview can put it back as it was read.
 */
export const correctTaskList = (plan: ParsedPlan, dropped: string[] | undefined, added: number[] | undefined): ParsedPlan => {
  const take = new Set(added ?? []);
  const out = new Set(dropped ?? []);
  if (out.size === 0 && take.size === 0) return plan;
  const kept = plan.tasks.filter((t) => !out.has(t.path));
  const droppedLines: UnplacedLine[] = plan.tasks
    .filter((t) => out.has(t.path))
    .map((t) => ({ line: t.line, text: t.title, reason: DROPPED_TASK_REASON, kind: 'skipped', taskPath: t.path }));
  const taskLines = new Set(plan.tasks.map((t) => t.line));
  const byLine = new Map(plan.unplaced.filter((u) => take.has(u.line) && !taskLines.has(u.line)).map((u) => [u.line, u] as const));
  const taken = [...byLine.values()].filter((u) => !out.has(addedTaskPath(u.line)));
  const tasks = insertByLine(kept, taken.map((u) => taskFromLine(u, sectionBefore(kept, u.line))));
  const takenLines = new Set(taken.map((u) => u.line));
  const unplaced = [...plan.unplaced.filter((u) => !takenLines.has(u.line)), ...droppedLines].sort((a, b) => a.line - b.line);
  const indicators = plan.indicators?.map((i) => (i.taskPath && out.has(i.taskPath) ? { ...i, taskPath: null } : i));
  return { ...plan, tasks, unplaced, ...(indicators ? { indicators } : {}) };
};
