// The layout matrix (issue 15): every layout of the issue's list written with the corpus keys' own tasks
// and indicators, read back by the importer, scored against what the wording says. Seeded per layout, so
// every run writes the same documents and adding a layout leaves the others' figures alone.
import { makeRng } from '../../../bench/rng.js';
import { reconcileSpellings } from '../../../shared/plan/department-names.js';
import { parsePlanDocument, parsePlanText } from '../../../shared/plan/document.js';
import type { ParsedPlan } from '../../../shared/plan/types.js';
import { scoreDocument, type DocScore } from '../score.js';
import type { Generated } from './body.js';
import { bodyLayouts, type Layout } from './layouts-body.js';
import { indicatorLayouts, setIndicatorPool, type IndicatorDoc } from './layouts-indicators.js';
import { learnedLayouts } from './layouts-learned.js';
import { learnedLayouts2 } from './layouts-learned2.js';
import { learnedIndicatorLayouts } from './layouts-learned-ind.js';
import { learnedIndicatorLayouts2 } from './layouts-learned-ind2.js';
import { learnedIndicatorLayouts3 } from './layouts-learned-ind3.js';
import { learnedLayouts3 } from './layouts-learned3.js';
import { learnedLayouts4 } from './layouts-learned4.js';
import { learnedLayouts5 } from './layouts-learned5.js';
import { matrixLayouts } from './layouts-matrix.js';
import { cellLayouts } from './layouts-cells.js';
import { onelineLayouts } from './layouts-oneline.js';
import { spaced28Layouts } from './layouts-spaced28.js';
import { paras43Layouts } from './layouts-paras43.js';
import { prose46Layouts } from './layouts-prose46.js';
import { sentences46Layouts } from './layouts-sentences46.js';
import { duties46Layouts } from './layouts-duties46.js';
import { phrasingLayouts } from './layouts-phrasings.js';
import { tableLayouts } from './layouts-tables.js';
import { tables46Layouts } from './layouts-tables46.js';
import { fix49Layouts } from './layouts-fix49.js';
import { tables52Layouts } from './layouts-tables52.js';
import { paras52Layouts } from './layouts-paras52.js';
import { subject54Layouts } from './layouts-subject54.js';
import { ducha52Layouts } from './layouts-ducha52.js';
import { owner54Layouts } from './layouts-owner54.js';
import { clauses56Layouts } from './layouts-clauses56.js';
import { mixed57Layouts } from './layouts-mixed57.js';
import { tables56Layouts } from './layouts-tables56.js';
import { runon57Layouts } from './layouts-runon57.js';
import { fallback57Layouts } from './layouts-fallback57.js';
import { labels59Layouts } from './layouts-labels59.js';
import { precision58Layouts } from './layouts-precision58.js';
import { items58Layouts } from './layouts-items58.js';
import { verbs58Layouts } from './layouts-verbs58.js';
import { subjects59Layouts } from './layouts-subjects59.js';
import { tables59Layouts } from './layouts-tables59.js';
import { indicatorPool, taskPool, type PoolTask } from './pool.js';

export const layouts: Layout[] = [
  ...bodyLayouts,
  ...tableLayouts,
  ...indicatorLayouts,
  ...learnedLayouts,
  ...learnedLayouts2,
  ...learnedLayouts3,
  ...learnedLayouts4,
  ...learnedLayouts5,
  ...learnedIndicatorLayouts,
  ...learnedIndicatorLayouts2,
  ...learnedIndicatorLayouts3,
  ...phrasingLayouts,
  ...matrixLayouts,
  ...cellLayouts,
  ...onelineLayouts,
  ...spaced28Layouts,
  ...paras43Layouts,
  ...prose46Layouts,
  ...sentences46Layouts,
  ...duties46Layouts,
  ...tables46Layouts,
  ...fix49Layouts,
  ...tables52Layouts,
  ...paras52Layouts,
  ...subject54Layouts,
  ...ducha52Layouts,
  ...owner54Layouts,
  ...clauses56Layouts,
  ...mixed57Layouts,
  ...tables56Layouts,
  ...runon57Layouts,
  ...fallback57Layouts,
  ...labels59Layouts,
  ...precision58Layouts,
  ...items58Layouts,
  ...verbs58Layouts,
  ...subjects59Layouts,
  ...tables59Layouts,
];

export type LayoutScore = {
  id: string;
  what: string;
  docs: number;
  tasks: number;
  found: number;
  parsed: number;
  scored: number;
  leads: number;
  participants: number;
  indicators: number;
  targets: number;
  foundIndicators: number;
  deadlines: number;
  rightDeadlines: number;
  misses: string[];
};

const seedOf = (id: string): number => [...id].reduce((h, c) => (Math.imul(h, 31) + (c.codePointAt(0) ?? 0)) >>> 0, 15);

const read = async (g: Generated, rewrite: (text: string) => string): Promise<ParsedPlan> => {
  if (g.text !== undefined) return parsePlanText(rewrite(g.text));
  if (!g.file) throw new Error('a generated document has neither text nor file');
  const { readPlanFile } = await import('../../../db/plans/read-document.js');
  const { doc } = await readPlanFile(Buffer.from(g.file.bytes), g.file.name);
  return parsePlanDocument(doc);
};

/** Documents per layout and tasks per document: ~50 tasks a layout, drawn afresh for each document. */
const DOCS = 6;
const dump = process.argv[process.argv.indexOf('--dump') + 1];
const TASKS = 9;

/** `rewrite` changes a text document before it is read (a copy of test/corpus/copies.ts); files are read as made. */
export const scoreLayout = async (layout: Layout, pool: PoolTask[], rewrite: (text: string) => string = (t) => t): Promise<LayoutScore> => {
  const rng = makeRng(seedOf(layout.id));
  const scores: DocScore[] = [];
  for (let d = 0; d < DOCS; d += 1) {
    const left = [...pool];
    const tasks: PoolTask[] = [];
    // A real document spells a unit one way; tasks from different pages may spell it two ways (区发改局,
    // 区发展和改革局), which the reader reconciles within a document. Such a pair is not put together.
    const unitsOf = (ts: PoolTask[]): string[] => ts.flatMap((t) => [...t.leads, ...t.participants]);
    const aliases = (names: string[]): number => Object.keys(reconcileSpellings(names)).length;
    while (tasks.length < TASKS + 1 && left.length > 0) {
      const [t] = left.splice(rng.int(left.length), 1);
      if (t && aliases(unitsOf([...tasks, t])) === aliases(unitsOf(tasks)) + aliases(unitsOf([t]))) tasks.push(t);
    }
    const g = (await layout.make(rng, tasks)) as Generated & Partial<IndicatorDoc>;
    const plan = await read(g, rewrite);
    // `--dump ID#N` prints that generated document and what was read from it.
    if (dump === `${layout.id}#${d + 1}`) {
      console.log(g.text ?? '(file)');
      for (const t of plan.tasks) console.log(`${t.path} ${t.title.slice(0, 24)} | 牵头 ${t.leads.join('、')} | 参与 ${t.participants.join('、')}`);
    }
    scores.push(scoreDocument(`${layout.id}#${d + 1}`, plan, { source: '', issuer: '', layout: layout.id, tasks: g.key, indicators: g.indicators ?? [] }));
  }
  const sum = (f: (s: DocScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  return {
    id: layout.id,
    what: layout.what,
    docs: DOCS,
    tasks: sum((s) => s.keyTasks),
    found: sum((s) => s.matchedTasks),
    parsed: sum((s) => s.parsedTasks),
    scored: sum((s) => s.scoredTasks),
    leads: sum((s) => s.exactLeads),
    participants: sum((s) => s.exactParticipants),
    indicators: sum((s) => s.keyIndicators),
    foundIndicators: sum((s) => s.matchedIndicators),
    targets: sum((s) => s.rightTargets),
    deadlines: sum((s) => s.keyDeadlines),
    rightDeadlines: sum((s) => s.rightDeadlines),
    misses: scores.flatMap((s) => s.misses.map((m) => `${s.doc}: ${m}`)),
  };
};

export const scoreMatrix = async (only?: string, rewrite?: (text: string) => string): Promise<LayoutScore[]> => {
  const pool = taskPool();
  setIndicatorPool(indicatorPool());
  const out: LayoutScore[] = [];
  for (const l of layouts.filter((x) => !only || x.id.includes(only))) out.push(await scoreLayout(l, pool, rewrite));
  return out;
};

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${Math.round((100 * a) / b)}%`);

/** The per-layout figures the CI floor holds: share of tasks found, precision, exact leads, exact participants, targets. */
export const figures = (s: LayoutScore): Record<'found' | 'precision' | 'leads' | 'participants' | 'targets' | 'deadlines', number> => {
  const r = (a: number, b: number): number => (b === 0 ? 1 : Math.round((1000 * a) / b) / 1000);
  // Precision too: a rule that turns group rows into tasks keeps every other figure.
  return { found: r(s.found, s.tasks), precision: r(s.found, s.parsed), leads: r(s.leads, s.scored), participants: r(s.participants, s.scored), targets: r(s.targets, s.indicators), deadlines: r(s.rightDeadlines, s.deadlines) };
};

export const renderMatrix = (scores: LayoutScore[]): string => {
  const head = '| 版式 | 写法 | 任务(写入/读出/对上) | 找到 | 精确 | 牵头全对 | 参与全对 | 完成时限对 | 指标(写入/读出) | 目标值对 |';
  const rule = '|---|---|---|---|---|---|---|---|---|---|';
  const rows = scores.map(
    (s) =>
      `| ${s.id} | ${s.what.replace(/\|/g, '\\|')} | ${s.tasks}/${s.parsed}/${s.found} | ${pct(s.found, s.tasks)} | ${pct(s.found, s.parsed)} | ${pct(s.leads, s.scored)} | ${pct(s.participants, s.scored)} | ${pct(s.rightDeadlines, s.deadlines)} | ${s.indicators ? `${s.indicators}/${s.foundIndicators}` : '—'} | ${pct(s.targets, s.indicators)} |`,
  );
  return [head, rule, ...rows].join('\n');
};
