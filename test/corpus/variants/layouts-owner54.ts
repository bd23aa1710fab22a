// A unit named once for many items (brief H-fix8-owner54, heldout53 1221, 1222): a department's goals listed unit by
// unit, the unit's name alone on a line (or with `2008年工作目标` after it), `一类目标:` sub-heads between, the numbering
// starting again under each unit; no item names a unit of its own.
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { keyTask, type Generated } from './body.js';
import { cn } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]+$/, '');

/** A unit the line can name alone: one name, no list, no bracket. */
const single = (t: PoolTask | undefined): string | null => {
  const unit = t?.leads[0] ?? '';
  return t?.leads.length === 1 && /^[\u4e00-\u9fff]{3,16}$/.test(unit) && !/^各/.test(unit) ? unit : null;
};

const number = (rng: Rng, style: number, n: number): string =>
  style === 0 ? `(${cn(n)})` : style === 1 ? `${cn(n)}、` : rng.next() < 0.8 ? `${n}.` : `${n}、`;

const unitSections = (rng: Rng, tasks: PoolTask[], titled: boolean | 'numbered'): Generated => {
  const year = 2005 + rng.int(18);
  const style = rng.int(3);
  const out: string[] = [];
  const key: KeyTask[] = [];
  let k = 0;
  let section = 0;
  let unit = single(tasks[0]) ?? '市发展和改革委员会';
  while (k < tasks.length) {
    const size = Math.min(tasks.length - k, 3 + rng.int(8));
    unit = single(tasks[k]) ?? unit;
    section += 1;
    const goals = rng.pick(['工作目标', `${year}年工作目标`, `${year}年工作要点`]);
    if (titled === 'numbered') out.push(`${cn(section)}、${unit}${goals}`);
    else if (titled) out.push(`${unit}${rng.pick([`${year}年工作目标`, `${year}年度工作目标`, '工作目标', `${year}年工作要点`])}`);
    else out.push(rng.next() < 0.8 ? unit : `${unit}:`);
    const split = titled !== 'numbered' && size > 3 && rng.next() < 0.6 ? 1 + rng.int(size - 1) : -1;
    if (split > 0) out.push(rng.pick(['一类目标:', '重点目标:', '一类目标']));
    tasks.slice(k, k + size).forEach((t, n) => {
      if (n === split) out.push(rng.pick(['二类目标:', '一般目标:', '二类目标']));
      const more = rng.pick(['', '进一步完善工作机制,确保按期完成。', '年内完成率达到100%。', '']);
      out.push(`${number(rng, titled === 'numbered' ? 2 : style, n + 1)}${drop(t.title)}。${more}`);
      key.push(keyTask(t.title, { leads: [unit], participants: [] }));
    });
    k += size;
  }
  return { text: out.join('\n'), key };
};

export const owner54Layouts: Layout[] = [
  { id: 'owner-unit-lines', what: 'goals unit by unit: the unit alone on a line, `一类目标:` sub-heads, numbering restarting under each unit (heldout53 1221, 1222)', make: (rng, t) => unitSections(rng, t, false) },
  { id: 'owner-unit-goal-headings', what: 'numbered headings `一、X局工作目标` / `二、Y委2009年工作要点` over `1.` goals naming no unit', make: (rng, t) => unitSections(rng, t, 'numbered') },
  { id: 'owner-unit-titled', what: 'goals unit by unit under `X局2008年工作目标` lines, numbering restarting under each (heldout53 1221, 1222)', make: (rng, t) => unitSections(rng, t, true) },
];
