// Units named inside a task's sentences with no label (brief H-fix12-subjects59): an item whose paragraph names its
// units as the subjects of 负责 clauses, an adverb between (`A全面负责…,依法…,B负责…`); and a heading naming whose
// duties follow, then one line per unit it names (`(二)A、B和C的工作职责` / `A组织实施…。`).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;!]+$/, '');

/** `(一)<task>。A全面负责辖区内的…,定期…,B负责…。` — A and B (each the subject of its own 负责) lead. */
const subjectClauses = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`一、${rng.pick(['主要任务', '重点工作'])}`];
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const a = t.leads[0] ?? '';
    const b = t.participants[0] ?? t.leads[1] ?? '';
    const adverb = rng.pick(['全面', '具体', '主要', '统一', '还将', '']);
    const second = Boolean(b) && b !== a && rng.next() < 0.6;
    const head = `(${cn(k + 1)})${drop(t.title)}。`;
    if (!a) lines.push(`${head}${rng.pick(['做好相关工作,确保按期完成。', '加强统筹,形成工作合力。'])}`);
    else if (second) lines.push(`${head}${a}${adverb}负责${rng.pick(['制定工作方案', '本辖区内的组织实施', '统筹协调推进'])},${rng.pick(['定期开展督查', '及时通报进展'])},${b}负责${rng.pick(['落实具体措施', '做好配套保障'])}。`);
    else lines.push(`${head}${a}${adverb}负责${rng.pick(['制定工作方案', '本辖区内的组织实施', '统筹协调推进'])},${rng.pick(['定期开展督查。', '及时通报进展。'])}`);
    key.push(keyTask(t.title, { leads: !a ? [] : second ? [a, b] : [a], participants: [] }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

/**
 * `(二)A、B和C的工作职责` / `A<task>。` / `B<task>。` / `C<task>。` — each line's opening unit leads. Only tasks with a
 * named unit are written (a group such as 各街道 names nobody in a heading); three of three different units a heading.
 */
const headingUnits = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`一、${rng.pick(['职责分工', '责任分工'])}`];
  const key: KeyTask[] = [];
  const named = tasks.filter((t) => /^[\u4e00-\u9fff]{3,}$/.test(t.leads[0] ?? '') && !/^(各|有关|相关|其他|[市区县]直)/.test(t.leads[0] ?? ''));
  const distinct = (run: PoolTask[], a: string): boolean => !run.some((r) => (r.leads[0] ?? '').includes(a) || a.includes(r.leads[0] ?? ''));
  let group = 0;
  let run: PoolTask[] = [];
  const flush = (): void => {
    if (run.length < 2) return;
    group += 1;
    const units = run.map((t) => t.leads[0] ?? '');
    lines.push(`(${cn(group)})${units.slice(0, -1).join('、')}${rng.pick(['和', '及'])}${units[units.length - 1] ?? ''}${rng.pick(['的工作职责', '工作职责', '的主要职责'])}`);
    for (const t of run) {
      lines.push(`${t.leads[0] ?? ''}${drop(t.title)}。`);
      key.push(keyTask(t.title, { leads: [t.leads[0] ?? ''], participants: [] }));
    }
    run = [];
  };
  for (const t of named) {
    if (!distinct(run, t.leads[0] ?? '')) continue;
    run.push(t);
    if (run.length === 3) flush();
  }
  flush();
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

export const subjects59Layouts: Layout[] = [
  { id: 'subject-adverb-duty-clauses', what: '`(一)<task>。A全面负责…,定期…,B负责…。` (adverb before 负责; a later `B负责` clause): A and B lead', make: (rng, t) => subjectClauses(rng, t) },
  { id: 'duty-heading-unit-lines', what: '`(二)A、B和C的工作职责` / `A<task>。` lines: each line\'s opening unit (named in the heading) leads', make: (rng, t) => headingUnits(rng, t) },
];
