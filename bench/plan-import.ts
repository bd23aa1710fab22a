// Plan import at two sizes (issue 15's readers): the same five shapes of plan — bracketed items, label
// lines, a table flattened one cell per line, a Word table whose task cells close with their units in a
// bracket (read again as bar text, word-table-as-text.ts), and a report in prose whose paragraphs open with their
// unit and no number (the last resort, unit-led-pieces.ts) — written with n and 10·n tasks and read.
// The figure that matters is growth: time(10·n) over ten times time(n). A reader that stays linear gives
// about 1 (less when fixed costs dominate the small plan); one that compares every line with every other
// gives about 10. A timed unit test could not say this on a shared machine; a ratio from one run can.
import { parsePlanDocument, parsePlanText, type PlanDocument } from '../shared/plan/document.js';
import { BUREAUS, TOPICS, ACTIONS } from './vocab.js';
import { median } from './stats.js';

export type PlanShape = 'brackets' | 'labels' | 'cells' | 'word_table' | 'prose';
export const PLAN_SHAPES: PlanShape[] = ['brackets', 'labels', 'cells', 'word_table', 'prose'];

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const unit = (i: number): string => `市${BUREAUS[i % BUREAUS.length] ?? ''}`.replace(/厅$/, '局');
const title = (i: number): string =>
  `${ACTIONS[i % ACTIONS.length] ?? ''}${TOPICS[(i * 7) % TOPICS.length] ?? ''}工作,完成第${i + 1}批次目标任务。`;
const helpers = (i: number): string => [unit(i + 3), unit(i + 11)].join('、');

/** A plan of `count` tasks in one shape, ten groups of items under `一、` headings. */
export const makePlan = (shape: PlanShape, count: number): string => {
  const lines = ['某市2026年重点工作任务分解方案', '', '为抓好各项工作落实,制定本方案。', ''];
  if (shape === 'cells') {
    lines.push('序号 |', '主要任务 |', '牵头单位 |', '配合单位 |', '完成时限 |');
    for (let i = 0; i < count; i += 1) lines.push(`${i + 1} |`, `${title(i)} |`, `${unit(i)} |`, `${helpers(i)} |`, '2026年12月底前 |');
    return lines.join('\n');
  }
  if (shape === 'prose') {
    // A paragraph per task opened by its unit, with a sentence of comment between them.
    for (let i = 0; i < count; i += 1) lines.push(`${unit(i)}承担${title(i)}`, `截至目前,第${i + 1}项工作已完成前期准备,进展总体顺利。`);
    return lines.join('\n');
  }
  const perGroup = Math.ceil(count / CN.length);
  for (let i = 0; i < count; i += 1) {
    if (i % perGroup === 0) lines.push(`${CN[i / perGroup] ?? '十'}、第${i / perGroup + 1}方面重点工作`);
    const n = (i % perGroup) + 1;
    if (shape === 'brackets') lines.push(`${n}.${title(i)}(牵头单位:${unit(i)};配合单位:${helpers(i)})`);
    else lines.push(`${n}.${title(i)}`, `牵头单位:${unit(i)}`, `配合单位:${helpers(i)}`, '完成时限:2026年12月底前');
  }
  return lines.join('\n');
};

/** A Word table of `count` rows, `序号 | 重点任务 | 推进情况`, each task cell closing with `(责任单位:…)`. */
export const makeWordTable = (count: number): PlanDocument => ({
  format: 'docx',
  blocks: [
    { kind: 'line', line: 1, text: '某市2026年重点工作推进情况' },
    {
      kind: 'table',
      line: 2,
      rows: [
        { line: 2, cells: ['序号', '重点任务', '推进情况'] },
        ...Array.from({ length: count }, (_, i) => ({ line: i + 3, cells: [String(i + 1), `${title(i)}(责任单位:${unit(i)}、${helpers(i)})`, '按计划推进'] })),
      ],
    },
  ],
});

export type PlanImportFigures = { smallMs: number; largeMs: number; growth: number; tasksRead: number; tasksWritten: number };

const timeRead = (input: string | PlanDocument, rounds: number): { ms: number; tasks: number } => {
  let tasks = 0;
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const started = performance.now();
    tasks = (typeof input === 'string' ? parsePlanText(input) : parsePlanDocument(input)).tasks.length;
    times.push(performance.now() - started);
  }
  return { ms: median(times), tasks };
};

/** One shape at n and 10·n tasks; medians of several rounds after one warm-up read each. */
export const measurePlanImport = (shape: PlanShape, n = 90): PlanImportFigures => {
  const small = shape === 'word_table' ? makeWordTable(n) : makePlan(shape, n);
  const large = shape === 'word_table' ? makeWordTable(10 * n) : makePlan(shape, 10 * n);
  timeRead(small, 1);
  timeRead(large, 1);
  const s = timeRead(small, 9);
  const l = timeRead(large, 3);
  return { smallMs: s.ms, largeMs: l.ms, growth: l.ms / (10 * s.ms), tasksRead: l.tasks, tasksWritten: 10 * n };
};
