// The province-scale dataset as plain data, decided by a seed: the plan the office imports (units,
// tasks, who leads and joins each) and, per unit, the reports and evidence files it writes. Nothing here
// touches a database; build.ts writes it through the app's own code paths.
import type { ParsedPlan, ParsedTask } from '../shared/plan/types.js';
import { makeRng, type Rng } from './rng.js';
import { ACTIONS, BUREAUS, NEXT_PHRASES, PREFIXES, PROBLEM_PHRASES, PROGRESS_PHRASES, RARE_TERMS, STATUSES, TOPICS } from './vocab.js';

export type Scale = { departments: number; tasks: number; periods: number; attachmentsPerDepartment: number; seed: number };

/** The figure the issue names: 100 units, 2,000 tasks, 20 quarters, 100,000 reports, 5,000 files. */
export const FULL_SCALE: Scale = { departments: 100, tasks: 2000, periods: 20, attachmentsPerDepartment: 50, seed: 20261122 };

/**
 * `factor` of a base that is 1/16 of the full dataset (factor 16 = FULL_SCALE): units and periods both grow
 * by √factor and tasks with units, so reports grow by `factor` while each unit keeps about 50 tasks.
 */
export const growthScale = (factor: number): Scale => {
  const root = Math.sqrt(factor / 16);
  const departments = Math.round(FULL_SCALE.departments * root);
  const periods = Math.round(FULL_SCALE.periods * root);
  return { departments, tasks: departments * 20, periods, attachmentsPerDepartment: Math.round((50 * periods) / 20), seed: FULL_SCALE.seed + factor };
};

export type PlanSpec = {
  departmentNames: string[];
  plan: ParsedPlan;
  /** Per task (by index): the lead unit and the participants, as indexes into departmentNames. */
  roles: { lead: number; participants: number[] }[];
  /** Quarter codes, oldest first, ending with the clock's quarter (2026-Q4). */
  periodIds: string[];
  /** The plan's start: the first period's first day. */
  startIso: string;
};

const LAST_YEAR = 2026;
const LAST_QUARTER = 4;

export const quarterIds = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => {
    const back = count - 1 - i;
    const index = LAST_YEAR * 4 + (LAST_QUARTER - 1) - back;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });

const departmentNames = (rng: Rng, count: number): string[] => {
  const all = PREFIXES.flatMap((p) => BUREAUS.map((b) => `${p}${b}`));
  if (count > all.length) throw new Error(`at most ${all.length} units`);
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = rng.int(i + 1);
    [all[i], all[j]] = [all[j] as string, all[i] as string];
  }
  return all.slice(0, count);
};

const distinctOthers = (rng: Rng, count: number, exclude: number, total: number): number[] => {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, total - 1)) {
    const d = rng.int(total);
    if (d !== exclude) picked.add(d);
  }
  return [...picked];
};

export const makePlanSpec = (scale: Scale): PlanSpec => {
  const rng = makeRng(scale.seed);
  const names = departmentNames(rng, scale.departments);
  const periodIds = quarterIds(scale.periods);
  const firstYear = Number(periodIds[0]?.slice(0, 4));
  const firstQuarter = Number(periodIds[0]?.slice(6));
  const startIso = `${firstYear}-${String((firstQuarter - 1) * 3 + 1).padStart(2, '0')}-01T00:00:00+08:00`;
  const roles: PlanSpec['roles'] = [];
  const tasks: ParsedTask[] = [];
  for (let i = 0; i < scale.tasks; i += 1) {
    const lead = i % scale.departments;
    // 1 and 2 participants in turn: 2.5 units per task, so 2,000 tasks x 20 periods give exactly 100,000 reports.
    const participants = distinctOthers(rng, i % 2 === 0 ? 1 : 2, lead, scale.departments);
    roles.push({ lead, participants });
    const topic = rng.pick(TOPICS);
    const section = `第${Math.floor(i / 100) + 1}部分`;
    tasks.push({
      path: String(i + 1),
      code: String(i + 1),
      level: 1,
      section,
      title: `${rng.pick(ACTIONS)}${topic}工作(${i + 1})`,
      content: `围绕${topic},${rng.pick(ACTIONS)}${rng.pick(TOPICS)}和${rng.pick(TOPICS)},到${LAST_YEAR + 1}年底取得明显成效。`,
      deadlineText: `${LAST_YEAR + 1}年底前`,
      deadline: { text: `${LAST_YEAR + 1}年底前`, date: `${LAST_YEAR + 1}-12-31`, recurrence: null, isOngoing: false },
      leads: [names[lead] as string],
      participants: participants.map((p) => names[p] as string),
      isLeadInferred: false,
      line: i + 1,
    });
  }
  const plan: ParsedPlan = { title: `省质量强省建设工作任务分解表(压力测试,${scale.tasks} 项)`, issuer: '省质量强省工作领导小组', docNumber: '', tasks, aliases: {}, unplaced: [] };
  return { departmentNames: names, plan, roles, periodIds, startIso };
};

export type ReportSpec = {
  taskIndex: number;
  periodId: string;
  status: (typeof STATUSES)[number];
  percent: number;
  progress: string;
  problems: string;
  nextSteps: string;
};

export type AttachmentSpec = { reportIndex: number; fileName: string; bytes: Uint8Array };

/** Task indexes a unit leads or joins, in task order. */
export const tasksOfDepartment = (spec: PlanSpec, department: number): number[] =>
  spec.roles.flatMap((r, i) => (r.lead === department || r.participants.includes(department) ? [i] : []));

const phrase = (rng: Rng, list: readonly string[]): string => rng.pick(list).replace('{n}', String(1 + rng.int(500)));

/** One report per assigned task and period; a unit's reports depend only on the seed and its index. */
export const reportsOfDepartment = (spec: PlanSpec, scale: Scale, department: number): { reports: ReportSpec[]; attachments: AttachmentSpec[] } => {
  const rng = makeRng(scale.seed * 7919 + department);
  const reports: ReportSpec[] = [];
  for (const taskIndex of tasksOfDepartment(spec, department)) {
    spec.periodIds.forEach((periodId, p) => {
      const percent = Math.min(100, Math.round(((p + 1) / spec.periodIds.length) * 100 - rng.int(20)));
      const isRare = rng.int(400) === 0;
      reports.push({
        taskIndex,
        periodId,
        status: percent >= 100 ? 'done' : rng.pick(STATUSES.filter((s) => s !== 'done')),
        percent: Math.max(0, percent),
        progress: [phrase(rng, PROGRESS_PHRASES), phrase(rng, PROGRESS_PHRASES), phrase(rng, PROGRESS_PHRASES), isRare ? rng.pick(RARE_TERMS) : ''].join(','),
        problems: phrase(rng, PROBLEM_PHRASES),
        nextSteps: phrase(rng, NEXT_PHRASES),
      });
    });
  }
  const attachments: AttachmentSpec[] = [];
  const count = Math.min(scale.attachmentsPerDepartment, reports.length);
  for (let i = 0; i < count; i += 1) {
    // Small files (0.5–4 KB), unique by content so every one is a separate content-addressed file.
    const size = 512 + rng.int(3584);
    const bytes = new Uint8Array(size);
    for (let b = 0; b < size; b += 1) bytes[b] = rng.int(256);
    new TextEncoder().encodeInto(`duban-bench ${department} ${i}`, bytes);
    const reportIndex = Math.floor((i * reports.length) / count);
    attachments.push({ reportIndex, fileName: `佐证材料${i + 1}.pdf`, bytes });
  }
  return { reports, attachments };
};

/** The renderer's list: 10,000 tasks, one unit leading them all (so its workbench shows every one). */
export const tenThousandTaskPlan = (): { plan: ParsedPlan; leadName: string } => {
  const rng = makeRng(FULL_SCALE.seed + 10_000);
  const leadName = '省市场监管局';
  const tasks: ParsedTask[] = Array.from({ length: 10_000 }, (_, i) => {
    const topic = rng.pick(TOPICS);
    return {
      path: String(i + 1),
      code: String(i + 1),
      level: 1,
      section: `第${Math.floor(i / 500) + 1}部分`,
      title: `${rng.pick(ACTIONS)}${topic}工作(${i + 1})`,
      content: `围绕${topic}${rng.pick(ACTIONS)}${rng.pick(TOPICS)}。`,
      deadlineText: '2027年底前',
      deadline: { text: '2027年底前', date: '2027-12-31', recurrence: null, isOngoing: false },
      leads: [leadName],
      participants: [],
      isLeadInferred: false,
      line: i + 1,
    };
  });
  return { plan: { title: '万项任务压力测试方案', issuer: '', docNumber: '', tasks, aliases: {}, unplaced: [] }, leadName };
};
