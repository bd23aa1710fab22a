// Lines glued to the wrong item and lines that are no tasks (brief H-fix11-precision58): a list of
// `①任务(责任单位:X);` items whose last ones lost their numbers, and a page whose `二、检查内容` points name no
// unit before its tasks (the points are not keyed: read as tasks they cost precision).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;!]+$/, '');

/** The task's lead as a bracket (`(责任单位:X)`): one unit, as the pages of this shape print it. */
const bracketed = (rng: Rng, t: PoolTask, label: string): { text: string; key: KeyTask } => {
  const names = [t.leads[0] ?? ''].filter(Boolean);
  const wide = rng.next() < 0.5;
  const text = `${drop(t.title)}${wide ? '(' : '('}${label}${wide ? ':' : ':'}${names.join('、')}${wide ? ')' : ')'}`;
  return { text, key: keyTask(t.title, { leads: names, participants: [] }) };
};

/** `①…(责任单位:X);` items, each list's last few printed with no number (a copy lost them). */
const numbersLost = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const label = rng.pick(['责任单位', '牵头单位', '责任部门']);
  const style = rng.pick(['①', '1.', '(1)']);
  const lines: string[] = [];
  const key: KeyTask[] = [];
  for (let at = 0, list = 1; at < tasks.length; list += 1) {
    const size = Math.min(tasks.length - at, 4 + Math.floor(rng.next() * 4));
    const numbered = 2 + Math.floor(rng.next() * (size - 2));
    lines.push(`${cn(list)}、${rng.pick(['进展偏慢的重点工作', '尚未完成的民生实事项目', '需要加快推进的项目'])}为:`);
    tasks.slice(at, at + size).forEach((t, k) => {
      const b = bracketed(rng, t, label);
      const number = style === '①' ? String.fromCodePoint(0x2460 + k) : style === '1.' ? `${k + 1}.` : `(${k + 1})`;
      lines.push(`${k < numbered ? number : ''}${b.text}${k === size - 1 ? '。' : ';'}`);
      key.push(b.key);
    });
    at += size;
  }
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

const POINTS = ['安全生产责任制落实情况', '隐患排查治理和整改情况', '应急预案制定和演练情况', '从业人员培训教育和持证上岗情况', '规章制度建立和执行情况'];

/** `一、检查内容` with points that name no unit, then `二、督查分工` with the tasks and their brackets. */
const checklistPoints = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const sep = rng.pick(['、', '.']);
  const lines = [`一、${rng.pick(['检查内容', '督查内容', '督查的主要内容', '考核内容'])}`];
  POINTS.slice(0, 3 + Math.floor(rng.next() * 3)).forEach((p, k) => lines.push(`${k + 1}${sep}${p};`));
  lines.push(`二、${rng.pick(['督查分工', '工作任务', '责任分工'])}`);
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const b = bracketed(rng, t, rng.pick(['责任单位', '牵头单位']));
    lines.push(`${k + 1}${sep}${b.text}。`);
    key.push(b.key);
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

export const precision58Layouts: Layout[] = [
  { id: 'bracket-items-numbers-lost', what: '`①任务(责任单位:X);` items, the last ones of each list printed with no number: each is an item of its own', make: (rng, t) => numbersLost(rng, t) },
  { id: 'checklist-points-before-tasks', what: '`一、检查内容` points (`1、…情况;`) naming no unit before the tasks with their brackets: the points are no tasks', make: (rng, t) => checklistPoints(rng, t) },
];
