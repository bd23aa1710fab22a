// Counted parts inside one paragraph naming their units after 由 (brief H-fix10-runon57, held-out 1202): a page with
// no outline, `成立工作组N个,…。一是<task>,由X具体负责。二是<task>,由A配合X完成。三是…` (also `第一,` / `其一,`), a
// standing `由X牵头,A、B配合,<task>。` paragraph before the first run now and then.
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { join, keyTask, type Generated } from './body.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const drop = (title: string): string => title.replace(/[。;;!]+$/, '');

const marked = (family: number, k: number): string => {
  const n = NUMERALS[k] ?? '';
  return family === 0 ? `${n}是` : family === 1 ? `第${n},` : `其${n},`;
};

/** One part: its task and the 由-clause that names its units, with the key's reading of it. */
const part = (rng: Rng, t: PoolTask): { text: string; key: KeyTask } => {
  const lead = t.leads[0] ?? '';
  const helper = t.participants[0];
  const form = rng.int(3);
  if (form === 1 && helper) {
    return { text: `${drop(t.title)},由${helper}配合${lead}${rng.pick(['完成', '开展', '做好'])}相关工作。`, key: keyTask(t.title, { leads: [lead], participants: [helper] }) };
  }
  if (form === 2 && t.participants.length > 0) {
    const parts = t.participants.slice(0, 3);
    return { text: `${drop(t.title)},由${lead}牵头,${join(parts)}配合。`, key: keyTask(t.title, { leads: [lead], participants: parts }) };
  }
  return { text: `${drop(t.title)},由${lead}${rng.pick(['具体负责', '负责'])}${rng.pick(['', '推进落实', '组织实施'])}。`, key: keyTask(t.title, { leads: [lead], participants: [] }) };
};

const countedRuns = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`${rng.pick(['近日', '今年以来', '为扎实推进各项工作'])},${rng.pick(['全面部署', '狠抓落实'])},${rng.pick(['确保各项任务按期完成。', '取得阶段性成效。'])}`];
  const key: KeyTask[] = [];
  let at = 0;
  const standing = tasks[0];
  if (standing && standing.participants.length > 0 && rng.next() < 0.5) {
    const parts = standing.participants.slice(0, 3);
    lines.push(`由${standing.leads[0] ?? ''}牵头,${join(parts)}配合,${rng.pick(['月底前', '年内'])}${drop(standing.title)}。`);
    key.push(keyTask(standing.title, { leads: standing.leads.slice(0, 1), participants: parts }));
    at = 1;
  }
  while (at < tasks.length) {
    const size = Math.min(tasks.length - at, 3 + rng.int(6));
    const family = rng.int(3);
    const written = tasks.slice(at, at + size).map((t) => part(rng, t));
    const head = `${rng.pick(['成立工作组', '组建工作专班'])}${size}个,${rng.pick(['高效率推进各项工作。', '确保任务落实落细。'])}`;
    lines.push(head + written.map((w, k) => `${marked(family, k)}${w.text}`).join(''));
    key.push(...written.map((w) => w.key));
    at += size;
  }
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

export const runon57Layouts: Layout[] = [
  { id: 'counted-parts-by-clause', what: '`一是<task>,由X具体负责。二是<task>,由A配合X完成…` (or `第一,`/`其一,`) in one paragraph, a `由X牵头,A配合,…` paragraph before (heldout52 1202)', make: (rng, t) => countedRuns(rng, t) },
];
