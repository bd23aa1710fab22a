// Table shapes the tenth held-out batch (task lists and progress tables, 361-364) showed: a 任务清单 one cell
// per line with its 主要任务 cells merged down over numbered 措施 and an empty 完成进展 column; a bordered
// `| 工作目标 | 工作内容 | 工作措施 |` list whose group cells are merged down and whose last row the page cut;
// a progress table whose task column is named 任务项目指标; work points restated by the table that assigns
// them, one point without a row.
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, coLeads, keyTask, leadOnly, stated, type Generated, type Units } from './body.js';
import { cn, deadline, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const all = (t: PoolTask): string[] => [...t.leads, ...t.participants];
const noStop = (title: string): string => title.replace(/[。;;]$/, '');

/** Groups of two or three tasks, each group under one 主要任务 cell. */
const groupsOf = (rng: Rng, tasks: PoolTask[]): PoolTask[][] => {
  const out: PoolTask[][] = [];
  for (let n = 0; n < tasks.length; ) {
    const size = 2 + rng.int(2);
    out.push(tasks.slice(n, n + size));
    n += size;
  }
  return out;
};

const GROUP_NAMES = ['健全工作机制', '排查整治隐患', '强化督导检查', '夯实基层基础', '推进重点工程', '加强宣传引导'];

/** `主要任务 | 重点工作和要求 | 责任单位 | 完成时限 | 完成进展`, one cell per line; a bare 责任单位 list (first leads). */
const taskListCells = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = ['主要任务 |', '重点工作和要求 |', '责任单位 |', '完成时限 |', '完成进展 |'];
  const key: KeyTask[] = [];
  let n = 0;
  groupsOf(rng, tasks).forEach((group, g) => {
    group.forEach((t, i) => {
      n += 1;
      // The group's cell prints in its first row only; the rows under it end with one bar more.
      if (i === 0) lines.push(`(${cn(g + 1)})${GROUP_NAMES[g % GROUP_NAMES.length] ?? ''}。 |`);
      lines.push(`${n}.${t.title} |`, `${all(t).join('、')} |`, `${deadline(rng)} |`, '|');
      if (i > 0) lines.push('|');
      key.push(keyTask(t.title, bare(t)));
    });
  });
  return { text: [...f.head, `${f.issuer}工作任务清单`, ...lines, ...f.foot].join('\n'), key };
};

/** `| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |`, the first two cells merged down, the last row maybe cut. */
const borderedMeasures = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = ['| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |'];
  const key: KeyTask[] = [];
  const isCut = rng.next() < 0.5;
  let n = 0;
  groupsOf(rng, tasks).forEach((group, g) => {
    group.forEach((t, i) => {
      n += 1;
      const isLast = n === tasks.length;
      // `X牵头,A、B按照职责分工负责`; with no 牵头, `A、B按职责分工负责` shares the work (co-leads).
      const shared = (t.participants.length > 0 && rng.next() < 0.5) || t.leads.length > 1;
      const cell = shared ? `${all(t).join('、')}按职责分工负责` : t.participants.length > 0 ? `${t.leads.join('、')}牵头,${t.participants.join('、')}按照职责分工负责` : t.leads.join('、');
      const units: Units = shared ? coLeads(t) : t.participants.length > 0 ? stated(t) : leadOnly(t);
      const measure = `${n}.${t.title}`;
      const groups = i === 0 ? [`${cn(g + 1)}、${GROUP_NAMES[g % GROUP_NAMES.length] ?? ''}`, `(${cn(g + 1)})落实${GROUP_NAMES[(g + 1) % GROUP_NAMES.length] ?? ''}`] : [];
      if (isLast && isCut) {
        // The page ends inside the row's measure: no bar after it, no units.
        lines.push(`| ${[...groups, noStop(measure).slice(0, Math.max(10, measure.length - 4))].join(' | ')}`);
        key.push({ ...keyTask(t.title, { leads: [], participants: [] }), cut: true });
        return;
      }
      lines.push(`| ${[...groups, measure, cell, deadline(rng)].join(' | ')} |${i === 0 ? '' : ' ||'}`);
      key.push(keyTask(t.title, units));
    });
  });
  return { text: [...f.head, `${f.issuer}重点工作任务清单`, ...lines].join('\n'), key };
};

/** `序号 | 任务项目指标 | 责任单位 | 进展比例 |`: the task column named for the target it counts. */
const targetProgress = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = ['序号 | 任务项目指标 | 责任单位 | 进展比例 |'];
  tasks.forEach((t, n) => lines.push(`${n + 1} | ${t.title} | ${all(t).join('、')} | ${rng.pick(['20%', '45%', '100%', '市统 项目', '已完成'])} |`));
  return { text: [...f.head, `${f.issuer}民生实事项目进展情况`, ...lines, ...f.foot].join('\n'), key: tasks.map((t) => keyTask(t.title, bare(t))) };
};

/** `一、工作要点` / `N.要点。正文。` then `二、重点任务分解` / `重点任务 | 工作内容 | 负责科室 |` restating all but one point. */
const pointsAndTable = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const left = rng.int(tasks.length);
  const tag = (t: PoolTask, n: number): string => `${GROUP_NAMES[n % GROUP_NAMES.length] ?? ''}${n + 1}`;
  const points = tasks.map((t, n) => `${n + 1}.${tag(t, n)}。${t.title}`);
  const rows = tasks.flatMap((t, n) => (n === left ? [] : [`${tag(t, n)} | ${t.title} | ${all(t).join('、')} |`]));
  // The rows first (the table's order), then the point no row restates.
  const key = [...tasks.flatMap((t, n) => (n === left ? [] : [keyTask(t.title, bare(t))])), keyTask(tasks[left]?.title ?? '', { leads: [], participants: [] })];
  return { text: [...f.head, '一、工作要点', ...points, '二、重点任务分解', '重点任务 | 工作内容 | 负责科室 |', ...rows, ...f.foot].join('\n'), key };
};

export const learnedLayouts5: Layout[] = [
  { id: 'learned-task-list-cells', what: '任务清单 one cell per line: (一) 主要任务 cells merged down over numbered 措施, an empty 完成进展 column (heldout10)', make: (rng, t) => taskListCells(rng, t) },
  { id: 'learned-bordered-measures', what: '`| 工作目标 | 工作内容 | 工作措施 |` rows, group cells merged down, `按职责分工负责` cells, the last row maybe cut (heldout10)', make: (rng, t) => borderedMeasures(rng, t) },
  { id: 'learned-target-progress', what: '`序号 | 任务项目指标 | 责任单位 | 进展比例 |` progress rows (heldout10)', make: (rng, t) => targetProgress(rng, t) },
  { id: 'learned-points-and-table', what: '工作要点 1.–N. then a 分解表 restating all but one point (heldout10)', make: (rng, t) => pointsAndTable(rng, t) },
];
