// More shapes the held-out rounds taught (docs/import-plan.md), written with the whole pool of corpus tasks:
// lead and participant verbs, label variants, the document's own rules, and the table shapes met on one page
// each (a 类别 cell before 序号, a row printed as a form, a merged lead cell in `|` rows, starred leads in a
// table, a traditional-script repost). A rule that only held for its own page shows here as a low figure.
import * as OpenCC from 'opencc-js';
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, bodyDocument, coLeads, join, keyTask, leadOnly, stated, type Generated, type ItemWriter, type Units } from './body.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const colon = (rng: Rng): string => (rng.next() < 0.5 ? ':' : ':');
const drop = (title: string): string => title.replace(/[。;;]$/, '');
const unitsOf = (t: PoolTask): Units => (t.participants.length > 0 ? stated(t) : leadOnly(t));

const sentence =
  (say: (rng: Rng, t: PoolTask) => string, units: (t: PoolTask) => Units = unitsOf): ItemWriter =>
  (rng, task, title) => (rng.next() < 0.5 ? { lines: [title, `${say(rng, task)}。`], units: units(task) } : { lines: [`${title}${say(rng, task)}。`], units: units(task) });

const bracket =
  (say: (rng: Rng, t: PoolTask) => string, units: (t: PoolTask) => Units = unitsOf): ItemWriter =>
  (rng, task, title) => ({ lines: [`${drop(title)}(${say(rng, task)})。`], units: units(task) });

const labels =
  (lead: (rng: Rng) => string, part: (rng: Rng) => string): ItemWriter =>
  (rng, task, title) => {
    const lines = [title, `${lead(rng)}${colon(rng)}${join(task.leads)}`];
    if (task.participants.length > 0) lines.push(`${part(rng)}${colon(rng)}${join(task.participants)}`);
    return { lines, units: unitsOf(task) };
  };

const leadVerbs = ['负责牵头', '牵头实施', '牵头抓总', '牵头协调', '牵头组织实施'];
const partVerbs = ['负责配合', '积极配合', '协调配合', '共同推进', '支持配合'];

/** A table's rows, each a list of cells, with the key of each task row. */
type Rows = { lines: string[]; key: KeyTask[] };

/** `类别 | 序号 | 任务名称 | 牵头单位 | 配合单位 |` rows, the 类别 cell printed only on its group's first row. */
const categoryFirst = (rng: Rng, tasks: PoolTask[]): Rows => {
  const lines = ['类别 | 序号 | 任务名称 | 牵头单位 | 配合单位 |'];
  const key: KeyTask[] = [];
  tasks.forEach((t, n) => {
    const group = n % 3 === 0 ? `${rng.pick(['经济发展', '城乡建设', '社会民生', '改革开放'])} | ` : '';
    lines.push(`${group}${n + 1} | ${t.title} | ${join(t.leads)} | ${join(t.participants)} |`);
    key.push(keyTask(t.title, unitsOf(t)));
  });
  return { lines, key };
};

/**
 * `|` rows whose last column, 牵头单位, is merged down over a group: printed once, the rows under it a cell
 * short (sweep2's 445). With the merged column in the middle a short row's one unit cell could be either
 * column's, which the text alone cannot tell; that shape is not written.
 */
const mergedLead = (rng: Rng, tasks: PoolTask[]): Rows => {
  const lines = ['序号 | 工作任务 | 配合单位 | 完成时限 | 牵头单位 |'];
  const key: KeyTask[] = [];
  let n = 0;
  for (let g = 0; g * 3 < tasks.length; g += 1) {
    const group = tasks.slice(g * 3, g * 3 + 3);
    const lead = group[0]?.leads ?? [];
    group.forEach((t, i) => {
      n += 1;
      const parts = t.participants.filter((p) => !lead.includes(p));
      const when = rng.pick(['2024年底', '长期坚持', '6月底前']);
      lines.push(`${n} | ${t.title} | ${join(parts)} | ${when} |${i === 0 ? ` ${join(lead)} |` : ''}`);
      // Under a merged cell, the group's lead is each row's lead; the row's own participants stay its own.
      key.push(keyTask(t.title, { leads: lead, participants: parts }));
    });
  }
  return { lines, key };
};

/** One 责任单位 column whose cells star the lead (`区农业农村委*、区财政局`), the header noting 加*号为牵头部门. */
const markedCells = (mark: string) => (rng: Rng, tasks: PoolTask[]): Rows => {
  const lines = [mark === '*' ? '序号 | 重点任务 | 责任单位(加*号为牵头部门) | 完成时限 |' : '序号 | 重点任务 | 责任单位 | 完成时限 |'];
  const key: KeyTask[] = [];
  tasks.forEach((t, n) => {
    const names = [...t.participants];
    names.splice(rng.int(names.length + 1), 0, ...t.leads.map((l) => `${l}${mark}`));
    lines.push(`${n + 1} | ${t.title} | ${join(names)} | ${rng.pick(['2024年底', '长期', '6月底前'])} |`);
    key.push(keyTask(t.title, unitsOf(t)));
  });
  return { lines, key };
};

/** Each task a one-row form: header words alone on their lines, each cell's text on the next. */
const rowForms = (rng: Rng, tasks: PoolTask[]): Rows => {
  const lines: string[] = [];
  const key: KeyTask[] = [];
  tasks.forEach((t, n) => {
    lines.push(`项目${n + 1}`, '具体任务', t.title, '牵头单位', join(t.leads));
    if (t.participants.length > 0) lines.push(rng.pick(['配合单位', '协同单位']), join(t.participants));
    lines.push('完成时限', rng.pick(['2024年12月底', '6月底前']));
    key.push(keyTask(t.title, unitsOf(t)));
  });
  return { lines, key };
};

const table =
  (build: (rng: Rng, tasks: PoolTask[]) => Rows) =>
  (rng: Rng, tasks: PoolTask[]): Generated => {
    const f = frame(rng);
    const t = build(rng, tasks);
    return { text: [...f.head, `${f.issuer}重点工作任务分解表`, ...t.lines, ...f.foot].join('\n'), key: t.key };
  };

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A repost on a 繁體 mirror: the whole document converted; the key stays in simplified (the scorer folds both). */
const traditional =
  (make: (rng: Rng, tasks: PoolTask[]) => Generated) =>
  (rng: Rng, tasks: PoolTask[]): Generated => {
    const g = make(rng, tasks);
    return { ...g, text: toTraditional(g.text ?? '') };
  };

const bracketed = (t: PoolTask): string => (t.participants.length > 0 ? `牵头单位:${join(t.leads)};配合单位:${join(t.participants)}` : `牵头单位:${join(t.leads)}`);

export const learnedLayouts2: Layout[] = [
  { id: 'learned-X负责牵头,A负责配合', what: 'lead verbs 负责牵头/牵头实施/牵头抓总…, participant verbs 负责配合/积极配合/共同推进… (heldout3)', make: (rng, t) => bodyDocument(rng, t, sentence((r, x) => `${join(x.leads)}${r.pick(leadVerbs)}${x.participants.length > 0 ? `,${join(x.participants)}${r.pick(partVerbs)}` : ''}`)) },
  { id: 'learned-A、B负责,C配合', what: '(A、B负责,C配合): the units beside helpers lead (heldout2)', make: (rng, t) => bodyDocument(rng, t.filter((x) => x.participants.length > 0), bracket((_r, x) => `${join(x.leads)}负责,${join(x.participants)}配合`)) },
  { id: 'learned-牵头单位为X', what: '牵头单位为X,配合单位为Y (heldout3)', make: (rng, t) => bodyDocument(rng, t, sentence((_r, x) => `牵头单位为${join(x.leads)}${x.participants.length > 0 ? `,配合单位为${join(x.participants)}` : ''}`)) },
  { id: 'learned-牵头单位(部门):', what: 'labels with a note: 牵头单位(部门):/配合单位(部门): (heldout3)', make: (rng, t) => bodyDocument(rng, t, labels(() => '牵头单位(部门)', () => '配合单位(部门)')) },
  { id: 'learned-主要协作单位', what: 'qualified participant labels 主要协作单位:/其他配合单位:/协办部门: (heldout4)', make: (rng, t) => bodyDocument(rng, t, labels((r) => r.pick(['牵头单位', '主办单位']), (r) => r.pick(['主要协作单位', '其他配合单位', '协办部门', '参加单位']))) },
  { id: 'learned-责任主体', what: 'one bare 责任主体:/责任科室: list (heldout2)', make: (rng, t) => bodyDocument(rng, t, (r, x, title) => ({ lines: [title, `${r.pick(['责任主体', '责任科室'])}${colon(r)}${join([...x.leads, ...x.participants])}`], units: bare(x) })) },
  {
    id: 'learned-列第一位者为牵头单位',
    what: '(A、B、C等按照职责分工负责。列第一位者为牵头单位,下同) (heldout3)',
    make: (rng, t) =>
      bodyDocument(rng, t, (r, x, title, at) => ({
        lines: [`${drop(title)}(${join([...x.leads, ...x.participants])}${x.leads.length + x.participants.length > 1 ? '等' : ''}按照职责分工负责${at === 0 ? '。列第一位者为牵头单位,下同' : ''})${r.pick(['。', ';'])}`],
        units: { leads: [...x.leads, ...x.participants].slice(0, 1), participants: [...x.leads, ...x.participants].slice(1) },
      })),
  },
  {
    id: 'learned-除特别注明的外',
    what: 'the rule 除特别注明的外,各县(市、区)政府都是配合单位 adds them to every task (heldout2)',
    make: (rng, t) =>
      bodyDocument(rng, t, (r, x, title) => ({ lines: [`${drop(title)}(${bracketed(x)})${r.pick(['。', ';'])}`], units: { leads: x.leads, participants: [...x.participants.filter((p) => p !== '各县(市、区)政府'), '各县(市、区)政府'] } }), {
        rule: '除特别注明的外,各县(市、区)政府都是配合单位。',
      }),
  },
  { id: 'learned-分别牵头', what: 'X、Y分别牵头 (co-leads by 分别)', make: (rng, t) => bodyDocument(rng, t.filter((x) => x.leads.length > 1 || x.participants.length > 1), sentence((_r, x) => `${join(coLeads(x).leads)}分别牵头`, coLeads)) },
  { id: 'learned-类别|序号', what: '`类别 | 序号 | 任务 | 牵头 | 配合 |`, the 类别 cell only on its group’s first row (heldout4)', make: (rng, t) => table(categoryFirst)(rng, t) },
  { id: 'learned-merged-lead', what: '`|` rows, the last column 牵头单位 merged down: printed once, later rows a cell short (sweep2)', make: (rng, t) => table(mergedLead)(rng, t) },
  { id: 'learned-starred-cells', what: 'one 责任单位 column, the lead starred, header 加*号为牵头部门 (heldout4)', make: (rng, t) => table(markedCells('*'))(rng, t) },
  { id: 'learned-marked-cells', what: 'one 责任单位 column, the lead marked (牵头) inside the cell', make: (rng, t) => table(markedCells('(牵头)'))(rng, t) },
  { id: 'learned-row-forms', what: 'each task a one-row form: 具体任务 / text / 牵头单位 / units … (heldout5)', make: (rng, t) => table(rowForms)(rng, t) },
  {
    id: 'learned-traditional',
    what: 'a 繁體 mirror of a labelled document (OpenCC tw)',
    make: (rng, t) => traditional((r, x) => bodyDocument(r, x, labels(() => '牵头单位', () => '配合单位')))(rng, t),
  },
  { id: 'learned-traditional-table', what: 'a 繁體 mirror of `类别 | 序号 | …` rows', make: (rng, t) => traditional(table(categoryFirst))(rng, t) },
];
