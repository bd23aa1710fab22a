// What a revised document changes in a stored plan: tasks added, removed, reworded, reassigned,
// deadlines moved. Matching keeps task ids (reports point at them): same path and title first, then
// same title anywhere (renumbered), then same path (reworded), then the most similar text.
import { diffColumns, isColumnDiffEmpty, type ColumnDiff, type StoredCells, type StoredColumnSnapshot } from './column-diff.js';
import type { ParsedIndicator, ParsedTask } from './types.js';

export type StoredTaskSnapshot = {
  id: string;
  path: string;
  code: string;
  section: string;
  title: string;
  content: string;
  deadlineText: string;
  leads: string[];
  participants: string[];
  /** The task's named cells (the office's columns by name, the built-in plain ones by storage name). */
  named?: StoredCells;
};

export type TaskChangeKind = 'reworded' | 'reassigned' | 'deadline' | 'moved';

export type TaskSide = { path: string; title: string; content: string; deadlineText: string; leads: string[]; participants: string[] };

export type TaskChange = { taskId: string; changes: TaskChangeKind[]; before: TaskSide; after: TaskSide };

export type PlanDiff = {
  added: TaskSide[];
  removed: (TaskSide & { taskId: string })[];
  changed: TaskChange[];
  unchangedCount: number;
  /** Stored task id for each new task path that matched one; the rest are added. */
  matches: { taskId: string; path: string }[];
  indicators: { added: string[]; removed: string[]; changed: string[] };
  /** The named columns: the office's own ones the document fills or adds, the built-in plain ones (column-diff.ts). */
  columns: ColumnDiff;
  isEmpty: boolean;
};

const squash = (text: string): string => text.replace(/[\s\p{P}]/gu, '');

const bigrams = (text: string): Set<string> => {
  const t = squash(text);
  const set = new Set<string>();
  for (let i = 0; i + 1 < t.length; i += 1) set.add(t.slice(i, i + 2));
  return set;
};

export const similarity = (a: string, b: string): number => {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return squash(a) === squash(b) ? 1 : 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common += 1;
  return (2 * common) / (x.size + y.size);
};

const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: string[], b: string[]): boolean => sameList([...a].sort(), [...b].sort());

const sideOf = (t: ParsedTask | StoredTaskSnapshot): TaskSide => ({
  path: t.path,
  title: t.title,
  content: t.content,
  deadlineText: t.deadlineText,
  leads: t.leads,
  participants: t.participants,
});

export const matchTasks = (stored: StoredTaskSnapshot[], parsed: ParsedTask[]): Map<string, StoredTaskSnapshot> => {
  const byNewPath = new Map<string, StoredTaskSnapshot>();
  const free = new Set(stored);
  const pending = new Set(parsed);
  const take = (task: ParsedTask, old: StoredTaskSnapshot): void => {
    byNewPath.set(task.path, old);
    free.delete(old);
    pending.delete(task);
  };
  const pass = (test: (t: ParsedTask, s: StoredTaskSnapshot) => boolean): void => {
    for (const task of [...pending]) {
      const old = [...free].find((s) => test(task, s));
      if (old) take(task, old);
    }
  };
  pass((t, s) => t.path === s.path && squash(t.title) === squash(s.title));
  pass((t, s) => squash(t.title) === squash(s.title) && squash(t.title).length > 0);
  pass((t, s) => t.path === s.path && similarity(`${t.title}${t.content}`, `${s.title}${s.content}`) >= 0.3);
  // Most similar remaining pairs, best first.
  const pairs: { t: ParsedTask; s: StoredTaskSnapshot; score: number }[] = [];
  for (const t of pending) for (const s of free) pairs.push({ t, s, score: similarity(`${t.title}${t.content}`, `${s.title}${s.content}`) });
  pairs.sort((a, b) => b.score - a.score);
  for (const p of pairs) if (p.score >= 0.5 && pending.has(p.t) && free.has(p.s)) take(p.t, p.s);
  return byNewPath;
};

const indicatorKey = (i: { category: string; name: string }): string => `${squash(i.category)}|${squash(i.name)}`;

export type StoredIndicatorSnapshot = { id: string; category: string; name: string; unit: string; baselineText: string; targetText: string; attribute: string | null };

export const diffPlan = (
  stored: StoredTaskSnapshot[],
  parsed: ParsedTask[],
  storedIndicators: StoredIndicatorSnapshot[] = [],
  parsedIndicators: ParsedIndicator[] = [],
  columns: { stored: StoredColumnSnapshot[]; document: string[] } = { stored: [], document: [] },
): PlanDiff => {
  const matched = matchTasks(stored, parsed);
  const added: TaskSide[] = [];
  const changed: TaskChange[] = [];
  let unchangedCount = 0;
  for (const task of parsed) {
    const old = matched.get(task.path);
    if (!old) {
      added.push(sideOf(task));
      continue;
    }
    const changes: TaskChangeKind[] = [];
    if (squash(old.title) !== squash(task.title) || squash(old.content) !== squash(task.content)) changes.push('reworded');
    if (!sameList(old.leads, task.leads) || !sameSet(old.participants, task.participants)) changes.push('reassigned');
    if (squash(old.deadlineText) !== squash(task.deadlineText)) changes.push('deadline');
    if (old.path !== task.path || old.section !== task.section) changes.push('moved');
    if (changes.length === 0) unchangedCount += 1;
    else changed.push({ taskId: old.id, changes, before: sideOf(old), after: sideOf(task) });
  }
  const kept = new Set([...matched.values()].map((s) => s.id));
  const removed = stored.filter((s) => !kept.has(s.id)).map((s) => ({ ...sideOf(s), taskId: s.id }));

  const oldIndicators = new Map(storedIndicators.map((i) => [indicatorKey(i), i]));
  const newKeys = new Set(parsedIndicators.map(indicatorKey));
  const indicators = {
    added: parsedIndicators.filter((i) => !oldIndicators.has(indicatorKey(i))).map((i) => i.name),
    removed: storedIndicators.filter((i) => !newKeys.has(indicatorKey(i))).map((i) => i.name),
    changed: parsedIndicators
      .filter((i) => {
        const old = oldIndicators.get(indicatorKey(i));
        return old && (old.targetText !== i.target.text || old.baselineText !== i.baseline.text || old.unit !== i.unit || old.attribute !== i.attribute);
      })
      .map((i) => i.name),
  };
  const columnDiff = diffColumns({
    columns: columns.stored,
    documentColumns: columns.document,
    tasks: parsed.map((task) => ({ task, stored: matched.get(task.path)?.named ?? (matched.has(task.path) ? { custom: {}, cells: {} } : null) })),
  });
  const isEmpty =
    added.length === 0 &&
    removed.length === 0 &&
    changed.length === 0 &&
    indicators.added.length + indicators.removed.length + indicators.changed.length === 0 &&
    isColumnDiffEmpty(columnDiff);
  return {
    added,
    removed,
    changed,
    unchangedCount,
    matches: [...matched.entries()].map(([path, s]) => ({ taskId: s.id, path })),
    indicators,
    columns: columnDiff,
    isEmpty,
  };
};

export { indicatorKey };
