// A plan's goals printed as dash bullets (`——实现更高标准的普及教育。2015年…分别达到90%、…`, `——建成更加
// 先进的教育设施。…`): the bullets state where the plan wants to be, they are not work to assign. A run of
// dash bullets that names no unit, one of which states targets read as indicators, is the goal list.
import type { ParsedTask, UnplacedLine } from './types.js';

const DASH = /^[-—–]+$/;

const isLeaf = (task: ParsedTask, tasks: ParsedTask[]): boolean => !tasks.some((t) => t.path.startsWith(`${task.path}/`));

/** The tasks without the goal bullets, and the bullets listed as set aside. */
export const dropGoalBullets = (tasks: ParsedTask[], indicatorLines: Set<number>): { tasks: ParsedTask[]; unplaced: UnplacedLine[] } => {
  if (indicatorLines.size === 0) return { tasks, unplaced: [] };
  const byLine = [...tasks].sort((a, b) => a.line - b.line);
  const statesTargets = (task: ParsedTask): boolean => {
    const next = byLine.find((t) => t.line > task.line)?.line ?? Infinity;
    return [...indicatorLines].some((n) => n >= task.line && n < next);
  };
  const goals = new Set<ParsedTask>();
  let run: ParsedTask[] = [];
  const close = (): void => {
    const isGoalList = run.some(statesTargets) && run.every((t) => t.leads.length + t.participants.length === 0 && isLeaf(t, tasks));
    if (isGoalList) for (const t of run) goals.add(t);
    run = [];
  };
  for (const task of byLine) {
    const previous = run.at(-1);
    if (!DASH.test(task.code) || (previous && previous.level !== task.level)) close();
    if (DASH.test(task.code)) run.push(task);
  }
  close();
  if (goals.size === 0) return { tasks, unplaced: [] };
  return {
    tasks: tasks.filter((t) => !goals.has(t)),
    unplaced: [...goals].map((t) => ({ line: t.line, text: `${t.code}${t.title}`, reason: '发展目标,不是任务(其中的指标已读出)', kind: 'skipped' })),
  };
};
