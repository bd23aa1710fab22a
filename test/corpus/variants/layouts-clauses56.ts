// Shapes of heldout54/55 (brief H-fix9-clauses56, branch clauses56): a division of work one `X负责…。` line each,
// some lines opened by two or three units (`A、B负责…`, the first leading; 1266), and `;`-clauses some opened by
// `A、B分别负责…` (every unit leading its own part; 1242).
import type { Rng } from '../../../bench/rng.js';
import { join, keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]+$/, '');
/** A task's units, at most three (the lead first); a group (`各街道`, `相关部门`) is no unit opening a line. */
const units = (t: PoolTask): string[] => [...t.leads.slice(0, 1), ...[...t.leads.slice(1), ...t.participants].filter((u) => !/各|相关|有关|其他|直属/.test(u))].slice(0, 3);

/** `一、职责分工` / a preamble sentence / `X负责…。` one a line, some `A、B负责…。`. */
const unitLines = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`${cn(1 + rng.int(3))}、${rng.pick(['职责分工', '部门职责分工'])}`, '各成员单位要按照职责分工,各司其职,密切配合,形成工作合力。'];
  tasks.forEach((t) => lines.push(`${join(units(t))}负责${drop(t.title)}。`));
  return {
    text: [...f.head, ...lines, ...f.foot].join('\n'),
    key: tasks.map((t) => keyTask(`${join(units(t))}负责${drop(t.title)}`, { leads: units(t).slice(0, 1), participants: units(t).slice(1) })),
  };
};

/** `三、明确分工。X负责…;A、B分别负责…;Z负责…。` */
const eachClauses = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const clause = (t: PoolTask): string => `${join(units(t))}${units(t).length > 1 ? '分别' : ''}负责${drop(t.title)}`;
  const head = `${cn(1 + rng.int(4))}、${rng.pick(['加强协作,明确分工。', '明确职责分工。', '压实部门责任,明确分工。'])}`;
  return {
    text: [...f.head, `${head}${tasks.map(clause).join(';')}。`, ...f.foot].join('\n'),
    key: tasks.map((t) => keyTask(clause(t), { leads: units(t), participants: [] })),
  };
};

export const clauses56Layouts: Layout[] = [
  { id: 'unit-lines-two-units', what: 'a division one `X负责…。` line each, some opened by `A、B负责` (the first leads; heldout55 1266)', make: (rng, t) => unitLines(rng, t) },
  { id: 'duty-clauses-each', what: '`;`-clauses, some opened by `A、B分别负责…` (every unit leads; heldout54 1242)', make: (rng, t) => eachClauses(rng, t) },
];
