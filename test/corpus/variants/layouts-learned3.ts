// Shapes real pages combine with the ones above: units parted by commas instead of 、, two labels on one
// line, a leader's and a deadline's field among the labels, a lead cell merged down in a real .docx or .xlsx,
// and a flattened table whose header the PDF printed again after a page break.
import type { Rng } from '../../../bench/rng.js';
import { makeDocx, makeXlsx, type DocxCell } from '../../helpers/plan-files.js';
import type { KeyTask } from '../score.js';
import { bodyDocument, keyTask, leadOnly, stated, type Generated, type ItemWriter, type Units } from './body.js';
import { deadline, frame, person } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const colon = (rng: Rng): string => (rng.next() < 0.5 ? ':' : ':');
const unitsOf = (t: PoolTask): Units => (t.participants.length > 0 ? stated(t) : leadOnly(t));
/** Units parted by full-width commas (a list some pages print instead of 、). */
const commas = (units: string[]): string => units.join(',');

const commaLabels: ItemWriter = (rng, task, title) => {
  const lines = [title, `牵头单位${colon(rng)}${commas(task.leads)}`];
  if (task.participants.length > 0) lines.push(`配合单位${colon(rng)}${commas(task.participants)}`);
  return { lines, units: unitsOf(task) };
};

/** `牵头单位:X  配合单位:Y` on one line, the labels parted by spaces (a form's row copied as text). */
const oneLine: ItemWriter = (rng, task, title) => ({
  lines: [title, `牵头单位${colon(rng)}${task.leads.join('、')}${task.participants.length > 0 ? `${rng.pick(['  ', '   ', '\u3000'])}配合单位${colon(rng)}${task.participants.join('、')}` : ''}`],
  units: unitsOf(task),
});

/** 责任领导 and 完成时限 fields among the labels. */
const withFields: ItemWriter = (rng, task, title) => {
  const lines = [title, `责任领导${colon(rng)}${person(rng)}`, `牵头单位${colon(rng)}${task.leads.join('、')}`];
  if (task.participants.length > 0) lines.push(`配合单位${colon(rng)}${task.participants.join('、')}`);
  const due = deadline(rng);
  lines.push(`完成时限${colon(rng)}${due}`);
  return { lines, units: unitsOf(task), deadline: due };
};

/** Groups of three tasks sharing the first one's lead: the lead cell merged down over the group. */
type Grouped = { task: PoolTask; lead: string[]; first: boolean; due: string };
const groups = (rng: Rng, tasks: PoolTask[]): Grouped[] =>
  tasks.map((task, n) => {
    const lead = tasks[n - (n % 3)]?.leads ?? task.leads;
    return { task, lead, first: n % 3 === 0, due: deadline(rng) };
  });

const keyOf = (g: Grouped): KeyTask => keyTask(g.task.title, { leads: g.lead, participants: g.task.participants.filter((p) => !g.lead.includes(p)) }, g.due);

const docxMergedLead = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const gs = groups(rng, tasks);
  const rows: DocxCell[][] = [['序号', '重点任务', '牵头单位', '配合单位', '完成时限']];
  gs.forEach((g, n) => {
    rows.push([String(n + 1), g.task.title, { text: g.first ? g.lead.join('、') : '', vMerge: g.first ? 'restart' : 'continue' }, g.task.participants.filter((p) => !g.lead.includes(p)).join('、'), g.due]);
  });
  return { file: { name: 'plan.docx', bytes: makeDocx([...f.head, `${f.issuer}重点工作任务分解表`, rows, ...f.foot]) }, key: gs.map(keyOf) };
};

const xlsxMergedLead = async (rng: Rng, tasks: PoolTask[]): Promise<Generated> => {
  const f = frame(rng);
  const gs = groups(rng, tasks);
  const rows: string[][] = [[`${f.issuer}重点工作任务分解表`, '', '', '', ''], ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']];
  const merges = ['A1:E1'];
  gs.forEach((g, n) => {
    rows.push([String(n + 1), g.task.title, g.first ? g.lead.join('、') : '', g.task.participants.filter((p) => !g.lead.includes(p)).join('、'), g.due]);
    const at = rows.length;
    const last = Math.min(at + 2, 2 + gs.length);
    if (g.first && last > at) merges.push(`C${at}:C${last}`);
  });
  return { file: { name: 'plan.xlsx', bytes: await makeXlsx(rows, merges) }, key: gs.map(keyOf) };
};

/** One cell per line, the header printed again after a page break with the page's number. */
const repeatedHeader = (rng: Rng, tasks: PoolTask[], bars: boolean): Generated => {
  const f = frame(rng);
  const header = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
  const out: string[] = [...header];
  const key: KeyTask[] = [];
  tasks.forEach((t, n) => {
    if (n > 0 && n % 4 === 0) out.push(`- ${n / 4 + 1} -`, ...header);
    const due = deadline(rng);
    out.push(String(n + 1), t.title, t.leads.join('、'));
    if (t.participants.length > 0) out.push(t.participants.join('、'));
    out.push(due);
    key.push(keyTask(t.title, unitsOf(t), due));
  });
  const lines = bars ? out.map((c) => (/^- \d+ -$/.test(c) ? c : `${c} |`)) : out;
  return { text: [...f.head, `${f.issuer}重点工作任务分解表`, ...lines, ...f.foot].join('\n'), key };
};

const progressTexts = [
  '已完成年度目标的60%,区住建局正在组织验收。',
  '截至9月底,完成投资1.2亿元,占年度计划的75%。',
  '项目已开工,县财政局已拨付资金500万元,预计年底前完工。',
  '已召开专题会议3次,形成初步方案,正报区政府审定。',
  '受疫情影响,进度滞后,下步将加快推进。',
];

/**
 * A 进展通报 table: 序号 | 重点工作 | 责任单位 | 责任领导 | 进展情况, the progress cell a sentence that may
 * name a unit or a person and carry dates and amounts; one cell per line or `|` rows.
 */
const progressTable = (rng: Rng, tasks: PoolTask[], bars: boolean): Generated => {
  const f = frame(rng);
  const header = ['序号', '重点工作', '责任单位', '责任领导', '进展情况'];
  const rows = tasks.map((t, n) => [String(n + 1), t.title, [...t.leads, ...t.participants].join('、'), person(rng), rng.pick(progressTexts)]);
  const lines = bars ? [header, ...rows].map((r) => `${r.join(' | ')} |`) : [...header, ...rows.flat()];
  const key = tasks.map((t) => keyTask(t.title, { leads: [...t.leads, ...t.participants].slice(0, 1), participants: [...t.leads, ...t.participants].slice(1) }));
  return { text: [...f.head, `${f.issuer}重点工作推进情况通报`, ...lines, ...f.foot].join('\n'), key };
};

/**
 * A page saved whole from a government site: the navigation, the 信息公开 panel above the document, and
 * below it the related-links list of other documents (numbered like items), the share and print buttons,
 * and the site's footer. None of it is a task.
 */
const sitePage = (rng: Rng, tasks: PoolTask[]): Generated => {
  const inner = bodyDocument(rng, tasks, commaLabels);
  const top = [
    '首页 | 政务公开 | 政策文件 | 互动交流 | 办事服务',
    '当前位置:首页 > 政务公开 > 政策文件 > 政府办文件',
    `索引号:11${rng.int(900000) + 100000}/2023-0${1 + rng.int(9)}123`,
    '发布机构:区政府办公室 生成日期:2023-04-12',
    '文 号:无 主题分类:综合政务',
    '【字体:大 中 小】【打印】【关闭】',
  ];
  const bottom = [
    '扫一扫在手机打开当前页',
    '相关链接:',
    '1.关于印发2023年优化营商环境重点任务的通知',
    '2.关于做好2023年安全生产工作的通知',
    '3.区政府办公室关于印发城市更新三年行动方案的通知',
    '上一篇:关于开展爱国卫生月活动的通知',
    '下一篇:关于2023年第一季度重点工作推进情况的通报',
    '主办单位:区人民政府办公室 承办单位:区大数据中心',
    `网站标识码:${3300000000 + rng.int(99999)} 浙ICP备0501${rng.int(9000) + 1000}号`,
  ];
  return { ...inner, text: [...top, inner.text ?? '', ...bottom].join('\n') };
};

/** `(牵头单位:X;配合单位:Y;完成时限:Z)` closing the item: the deadline as one more field of the bracket. */
const bracketWithDeadline: ItemWriter = (rng, task, title) => {
  const due = deadline(rng);
  const fields = [`牵头单位${colon(rng)}${task.leads.join('、')}`, ...(task.participants.length > 0 ? [`配合单位${colon(rng)}${task.participants.join('、')}`] : []), `完成时限${colon(rng)}${due}`];
  return { lines: [`${title.replace(/[。;;]$/, '')}(${fields.join(rng.pick([';', ';']))})。`], units: unitsOf(task), deadline: due };
};

/** One line of fields under the item: `牵头单位:X;配合单位:Y;完成时间:Z`. */
const fieldLine: ItemWriter = (rng, task, title) => {
  const due = deadline(rng);
  const fields = [`牵头单位${colon(rng)}${task.leads.join('、')}`, ...(task.participants.length > 0 ? [`配合单位${colon(rng)}${task.participants.join('、')}`] : []), `${rng.pick(['完成时限', '完成时间', '时间节点'])}${colon(rng)}${due}`];
  return { lines: [title, fields.join(rng.pick([';', ';', '  ']))], units: unitsOf(task), deadline: due };
};

/** `配合单位:A、B等部门` / `A和B`: a list closed by 等部门, or its last two joined by 和. */
const etcLists: ItemWriter = (rng, task, title) => {
  const lines = [title, `牵头单位${colon(rng)}${task.leads.join('、')}`];
  const parts = task.participants;
  if (parts.length === 1) lines.push(`配合单位${colon(rng)}${parts[0]}`);
  if (parts.length >= 2) {
    const closing = rng.pick(['等部门', '等单位', '']);
    const list = closing ? `${parts.join('、')}${closing}` : `${parts.slice(0, -1).join('、')}和${parts[parts.length - 1]}`;
    lines.push(`配合单位${colon(rng)}${list}`);
  }
  return { lines, units: unitsOf(task) };
};

/** A `|` table whose 序号 is written in Chinese numerals (一 | 二 | 三 …). */
const chineseSeq = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  const lines = ['序号 | 工作任务 | 牵头单位 | 配合单位 |', ...tasks.map((t, n) => `${cn[n] ?? n + 1} | ${t.title} | ${t.leads.join('、')} | ${t.participants.join('、')} |`)];
  return { text: [...f.head, `${f.issuer}重点工作任务分解表`, ...lines, ...f.foot].join('\n'), key: tasks.map((t) => keyTask(t.title, unitsOf(t))) };
};

/** The unit first, then a colon and its work: `1.区园林局:新建口袋公园5个。` (lists of work by department). */
const unitFirst: ItemWriter = (rng, task, title) => {
  // A numeral is a code only with its mark after it: `一般公共预算收入…` opens with 一 but is no `一、`, and
  // `2024年农村公路…` opens with a year, `“转型升级突破年”活动` with a quote — neither is a code.
  const m = /^((?:[((]?(?:\d+|[一二三四五六七八九十]+)[、.．))]\s*)?)(.*)$/.exec(title);
  const [code, text] = [m?.[1] ?? '', m?.[2] ?? title];
  return { lines: [`${code}${task.leads.join('、')}${colon(rng)}${text}`], units: leadOnly(task) };
};

/** `(X牵头,A、B参与;2024年底前完成)`: the verbs, then the deadline after a semicolon in one bracket. */
const verbsAndDeadline: ItemWriter = (rng, task, title) => {
  const due = rng.pick(['2024年底前完成', '2023年6月底前完成', '长期坚持']);
  const who = `${task.leads.join('、')}牵头${task.participants.length > 0 ? `,${task.participants.join('、')}${rng.pick(['参与', '配合'])}` : ''}`;
  return { lines: [`${title.replace(/[。;;]$/, '')}(${who};${due})。`], units: unitsOf(task), deadline: due };
};

/** Every line indented with full-width spaces (a .txt saved from Word), the item numbers spaced out (`1 . `, `( 一 )`). */
const indented = (rng: Rng, tasks: PoolTask[]): Generated => {
  const doc = bodyDocument(rng, tasks, commaLabels);
  const spaced = (line: string): string => line.replace(/^(\d{1,2})([.、])/, '$1 $2 ').replace(/^([((])([一二三四五六七八九十]+)([))])/, '$1 $2 $3');
  return { ...doc, text: (doc.text ?? '').split('\n').map((l) => `\u3000\u3000${spaced(l)}`).join('\n') };
};

/** The official first, then the units, then the work: `由张伟副市长负责,X牵头,A、B配合,尽快完成…` (244's shape). */
const officialFirst: ItemWriter = (rng, task, title) => {
  const who = `${rng.pick(['由', ''])}${person(rng)}${rng.pick(['副市长', '副区长', '副县长', '常务副市长'])}负责,${task.leads.join('、')}牵头${task.participants.length > 0 ? `,${task.participants.join('、')}配合` : ''}`;
  const work = rng.pick(['尽快完成实施方案,按程序报批。', '细化分工、落实责任,确保按期完成。', '加强衔接沟通,争取早日落地。']);
  return { lines: [title.replace(/[。;;]$/, ''), `${who},${work}`], units: unitsOf(task) };
};

/** A space-separated table with a column the reader has no word for (`监督方式`, `督办方式`) before the units. */
const spacedUnknownColumn = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const extra = rng.pick(['监督方式', '督办方式', '推进方式']);
  const lines = [`序号 重点工作任务分解 ${extra} 牵头单位 配合单位`];
  tasks.forEach((t, n) => lines.push(`${n + 1} ${t.title} ${rng.pick(['月调度', '季度通报', '专项督查'])} ${t.leads.join('、')} ${t.participants.join('、')}`.trim()));
  return { text: [...f.head, `${f.issuer}重点工作任务分解表`, ...lines, ...f.foot].join('\n'), key: tasks.map((t) => keyTask(t.title, unitsOf(t))) };
};

export const learnedLayouts3: Layout[] = [
  { id: 'mixed-spaced-unknown-column', what: 'space-separated rows with an unknown 监督方式 column (heldout6)', make: (rng, t) => spacedUnknownColumn(rng, t) },
  { id: 'mixed-official-first', what: '由张伟副市长负责,X牵头,A配合,<work> on the line under the item (heldout6)', make: (rng, t) => bodyDocument(rng, t, officialFirst) },
  { id: 'mixed-indented', what: 'lines indented with full-width spaces, item numbers spaced out (1 . / ( 一 ))', make: (rng, t) => indented(rng, t) },
  { id: 'mixed-unit-first', what: '1.区园林局:新建口袋公园5个。 (the unit before its work)', make: (rng, t) => bodyDocument(rng, t, unitFirst, { styles: ['1.', '(1)'] }) },
  { id: 'mixed-verbs-deadline', what: '(X牵头,A参与;2024年底前完成) closing the item', make: (rng, t) => bodyDocument(rng, t, verbsAndDeadline) },
  { id: 'mixed-etc-lists', what: '配合单位:A、B等部门 / A和B', make: (rng, t) => bodyDocument(rng, t, etcLists) },
  { id: 'mixed-chinese-seq', what: '`|` rows numbered 一 | 二 | 三 in the 序号 column', make: (rng, t) => chineseSeq(rng, t) },
  { id: 'mixed-field-line', what: '牵头单位:X;配合单位:Y;完成时间:Z on one line under the item', make: (rng, t) => bodyDocument(rng, t, fieldLine) },
  { id: 'mixed-bracket-deadline', what: '(牵头单位:X;配合单位:Y;完成时限:Z) closing the item', make: (rng, t) => bodyDocument(rng, t, bracketWithDeadline) },
  { id: 'mixed-site-page', what: 'a page saved whole: navigation, 信息公开 panel, related-links list, footer', make: (rng, t) => sitePage(rng, t) },
  { id: 'mixed-progress-flat', what: '进展通报 one cell per line: 重点工作 | 责任单位 | 责任领导 | 进展情况', make: (rng, t) => progressTable(rng, t, false) },
  { id: 'mixed-progress-bar-rows', what: '进展通报 `|` rows: 重点工作 | 责任单位 | 责任领导 | 进展情况', make: (rng, t) => progressTable(rng, t, true) },
  { id: 'mixed-comma-units', what: '牵头单位:/配合单位: lines, units parted by ,', make: (rng, t) => bodyDocument(rng, t, commaLabels) },
  { id: 'mixed-labels-one-line', what: '牵头单位:X  配合单位:Y on one line', make: (rng, t) => bodyDocument(rng, t, oneLine) },
  { id: 'mixed-leader-deadline', what: '责任领导:/牵头单位:/配合单位:/完成时限: lines', make: (rng, t) => bodyDocument(rng, t, withFields) },
  { id: 'mixed-docx-merged-lead', what: '.docx table, the 牵头单位 cell merged down over groups of three', make: (rng, t) => docxMergedLead(rng, t) },
  { id: 'mixed-xlsx-merged-lead', what: '.xlsx sheet, the 牵头单位 cell merged down over groups of three', make: (rng, t) => xlsxMergedLead(rng, t) },
  { id: 'mixed-flat-repeated-header', what: 'one cell per line, the header again after each page break', make: (rng, t) => repeatedHeader(rng, t, false) },
  { id: 'mixed-bar-cells-repeated-header', what: '`cell |` lines, the header again after each page break', make: (rng, t) => repeatedHeader(rng, t, true) },
];
