// Table layouts (issue 15 list items 3, 4, 8): decomposition tables as pages flatten them — one cell per
// line (corpus 30, 38, 54, 57), `cell |` lines (43), `a | b | c |` rows (39, 44), space-separated rows
// (58) — and the same tables as real .docx and .xlsx tables (the project's test writers).
import type { Rng } from '../../../bench/rng.js';
import { makeDocx, makeXlsx, type DocxCell } from '../../helpers/plan-files.js';
import { splitDepartmentNames } from '../../../shared/plan/department-names.js';
import { bare, join, keyTask, leadOnly, stated, type Generated, type Units } from './body.js';
import { cn, deadline, frame, noiseLine, person } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

type Role = 'no' | 'task' | 'lead' | 'part' | 'units' | 'deadline' | 'extra';
type Column = { header: string; role: Role };
type Row = { cells: string[]; group?: false } | { group: true; text: string };

export type TableOptions = {
  /** Units in one 责任单位 column (a bare list) instead of 牵头单位 + 配合单位. */
  bareUnits?: boolean;
  extras?: number;
  groups?: boolean;
  twoLevel?: boolean;
  /** A unit cell over two lines (flattened modes). */
  splitUnits?: boolean;
  /** A last 备注 column left empty, so flattened rows come out one cell short. */
  shortRows?: boolean;
  blankLines?: boolean;
  noise?: boolean;
};

const extraColumns = ['分管领导', '责任人', '本月进展', '是否完成', '评分部门', '备注'];
const extraCell = (rng: Rng, header: string): string =>
  ({ 分管领导: person(rng), 责任人: person(rng), 本月进展: rng.pick(['已完成前期工作。', '正在推进中。', '已完成年度目标的60%。']), 是否完成: rng.pick(['是', '否']), 评分部门: rng.pick(['区考核办', '区督查室']), 备注: rng.pick(['', '新增']) })[header] ?? '';

const taskHeader = ['重点任务', '工作任务', '主要工作任务', '任务内容', '具体任务'];

type Table = { columns: Column[]; rows: Row[]; key: ReturnType<typeof keyTask>[]; header2?: string[] };

export const buildTable = (rng: Rng, tasks: PoolTask[], o: TableOptions): Table => {
  const columns: Column[] = [
    { header: '序号', role: 'no' },
    { header: rng.pick(taskHeader), role: 'task' },
    ...(o.bareUnits ? [{ header: '责任单位', role: 'units' as Role }] : [
      { header: rng.pick(['牵头单位', '牵头责任单位']), role: 'lead' as Role },
      { header: o.twoLevel ? rng.pick(['配合单位', '协同单位']) : rng.pick(['配合单位', '协同单位', '责任单位']), role: 'part' as Role },
    ]),
    { header: '完成时限', role: 'deadline' },
  ];
  const extras = [...extraColumns].sort(() => rng.next() - 0.5).slice(0, o.extras ?? 0).filter((e) => e !== '备注' || !o.shortRows);
  for (const e of extras) columns.splice(2 + rng.int(columns.length - 1), 0, { header: e, role: 'extra' });
  if (o.shortRows) columns.push({ header: '备注', role: 'extra' });
  const rows: Row[] = [];
  const key: Table['key'] = [];
  tasks.forEach((t, n) => {
    if (o.groups && (n === 0 || rng.next() < 0.2)) rows.push({ group: true, text: `${cn(rows.filter((r) => r.group).length + 1)}、${rng.pick(['经济发展类', '城乡建设类', '社会民生类', '改革创新类'])}(分管领导:${person(rng)})` });
    const units: Units = o.bareUnits ? bare(t) : t.participants.length > 0 ? stated(t) : leadOnly(t);
    const due = deadline(rng);
    const cells = columns.map((c) => {
      switch (c.role) {
        case 'no':
          return String(n + 1);
        case 'task':
          return t.title;
        case 'lead':
          return join(t.leads);
        case 'part':
          return join(t.participants);
        case 'units':
          return join([...t.leads, ...t.participants]);
        case 'deadline':
          return due;
        default:
          return o.shortRows && c.header === '备注' ? '' : extraCell(rng, c.header);
      }
    });
    rows.push({ cells });
    key.push(keyTask(t.title, units, due));
  });
  if (o.twoLevel && !o.bareUnits) {
    // 责任单位 spans 牵头/配合 in a first header row; the page prints both rows one after the other.
    const first = columns.flatMap((c) => (c.role === 'lead' ? ['责任单位'] : c.role === 'part' ? [] : [c.header]));
    return { columns, rows, key, header2: [...first, ...columns.filter((c) => c.role === 'lead' || c.role === 'part').map((c) => c.header)] };
  }
  return { columns, rows, key };
};

const headerCells = (t: Table): string[] => t.header2 ?? t.columns.map((c) => c.header);

/** Cells one per line, the way a pasted web table comes out. */
const flat = (rng: Rng, t: Table, o: TableOptions): string[] => {
  const out: string[] = [];
  const push = (s: string): void => {
    out.push(s);
    if (o.blankLines) out.push('');
  };
  headerCells(t).forEach(push);
  let page = 1;
  for (const r of t.rows) {
    if (o.noise && rng.next() < 0.3) push(noiseLine(rng, (page += 1)));
    if (r.group) {
      push(r.text);
      continue;
    }
    r.cells.forEach((c, i) => {
      const role = t.columns[i]?.role;
      if (c === '') return; // an empty cell leaves nothing on the page: the row comes out one cell short
      const parts = c.split('、');
      if (o.splitUnits && (role === 'part' || role === 'units') && parts.length > 2) {
        const cut = 1 + rng.int(parts.length - 1);
        push(`${parts.slice(0, cut).join('、')}、`);
        push(parts.slice(cut).join('、'));
      } else push(c);
    });
  }
  return out;
};

const barCells = (_rng: Rng, t: Table): string[] => [...headerCells(t).map((h) => `${h} |`), ...t.rows.flatMap((r) => (r.group ? [`${r.text} |`] : r.cells.map((c) => `${c} |`)))];
const barRows = (_rng: Rng, t: Table): string[] => [`${headerCells(t).join(' | ')} |`, ...t.rows.map((r) => (r.group ? `${r.text} |` : `${r.cells.join(' | ')} |`))];
/** `a | b |` rows under a header over two rows: `责任单位 | |` spanning `牵头单位 | 配合单位` in the row below. */
const barRowsTwoLevel = (_rng: Rng, t: Table): string[] => {
  const spanned = (c: Column): boolean => c.role === 'lead' || c.role === 'part';
  const upper = t.columns.map((c) => (c.role === 'lead' ? '责任单位' : spanned(c) ? '' : c.header));
  const lower = t.columns.map((c) => (spanned(c) ? c.header : ''));
  return [`${upper.join(' | ')} |`, `${lower.join(' | ')} |`, ...t.rows.map((r) => (r.group ? `${r.text} |` : `${r.cells.join(' | ')} |`))];
};
const spaceRows = (_rng: Rng, t: Table): string[] => [headerCells(t).join(' '), ...t.rows.map((r) => (r.group ? r.text : r.cells.filter((c) => c !== '').join(' ')))];

const textTable = (render: (rng: Rng, t: Table, o: TableOptions) => string[], o: TableOptions) => (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const t = buildTable(rng, tasks, o);
  return { text: [...f.head, `附件`, `${f.issuer}重点工作任务分解表`, ...render(rng, t, o), ...f.foot].join('\n'), key: t.key };
};

/**
 * A unit cell of a real table often has one unit per paragraph (corpus 21's 县水务局 / 县住建局): some cells
 * are written that way. Only separators between units: 各县、市、区政府 and 县(市、区) keep theirs.
 */
const paragraphs = (rng: Rng, cell: string): string => {
  if (rng.next() >= 0.3 || /[。;]/.test(cell)) return cell;
  return splitDepartmentNames(cell).join('\n');
};

const docxTable = (o: TableOptions) => (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const t = buildTable(rng, tasks, o);
  const width = t.columns.length;
  const rows: DocxCell[][] = [t.columns.map((c) => c.header), ...t.rows.map((r) => (r.group ? [{ text: r.text, span: width }] : r.cells.map((c) => paragraphs(rng, c))))];
  return { file: { name: 'plan.docx', bytes: makeDocx([...f.head, `${f.issuer}重点工作任务分解表`, rows, ...f.foot]) }, key: t.key };
};

const xlsxTable = (o: TableOptions) => async (rng: Rng, tasks: PoolTask[]): Promise<Generated> => {
  const f = frame(rng);
  const t = buildTable(rng, tasks, o);
  const width = t.columns.length;
  const letter = String.fromCharCode(64 + width);
  const merges = [`A1:${letter}1`];
  const rows: string[][] = [[`${f.issuer}重点工作任务分解表`, ...Array<string>(width - 1).fill('')], t.columns.map((c) => c.header)];
  for (const r of t.rows) {
    if (r.group) {
      rows.push([r.text, ...Array<string>(width - 1).fill('')]);
      merges.push(`A${rows.length}:${letter}${rows.length}`);
    } else rows.push(r.cells.map((c) => paragraphs(rng, c)));
  }
  return { file: { name: 'plan.xlsx', bytes: await makeXlsx(rows, merges) }, key: t.key };
};

const flatOpts = (rng: Rng, o: TableOptions): TableOptions => ({ blankLines: rng.next() < 0.5, ...o });

export const tableLayouts: Layout[] = [
  { id: 'flat-basic', what: 'one cell per line: 序号/任务/牵头/配合/时限', make: (rng, t) => textTable(flat, flatOpts(rng, {}))(rng, t) },
  { id: 'flat-责任单位', what: 'one cell per line, one 责任单位 column (bare list)', make: (rng, t) => textTable(flat, flatOpts(rng, { bareUnits: true }))(rng, t) },
  { id: 'flat-extra-columns', what: 'one cell per line, 2–3 extra columns (分管领导, 责任人, 本月进展, 是否完成, 评分部门, 备注)', make: (rng, t) => textTable(flat, flatOpts(rng, { extras: 2 + rng.int(2) }))(rng, t) },
  { id: 'flat-group-rows', what: 'one cell per line, group rows 一、…类(分管领导:…)', make: (rng, t) => textTable(flat, flatOpts(rng, { groups: true }))(rng, t) },
  { id: 'flat-two-level-header', what: 'one cell per line, 责任单位 over 牵头/配合', make: (rng, t) => textTable(flat, flatOpts(rng, { twoLevel: true }))(rng, t) },
  { id: 'flat-unit-over-two-lines', what: 'one cell per line, a unit cell over two lines', make: (rng, t) => textTable(flat, flatOpts(rng, { splitUnits: true }))(rng, t) },
  { id: 'flat-short-rows', what: 'one cell per line, an empty 备注 leaves rows one cell short', make: (rng, t) => textTable(flat, flatOpts(rng, { shortRows: true }))(rng, t) },
  { id: 'flat-noise', what: 'one cell per line with page numbers and rules between rows', make: (rng, t) => textTable(flat, flatOpts(rng, { noise: true }))(rng, t) },
  { id: 'bar-cells', what: '`cell |` lines', make: (rng, t) => textTable(barCells, { extras: rng.int(2) })(rng, t) },
  { id: 'bar-rows', what: '`a | b | c |` rows', make: (rng, t) => textTable(barRows, { extras: rng.int(2) })(rng, t) },
  { id: 'bar-rows-two-level-header', what: '`a | b |` rows, 责任单位 over 牵头/配合 in a second header row', make: (rng, t) => textTable(barRowsTwoLevel, { twoLevel: true, extras: rng.int(2) })(rng, t) },
  { id: 'bar-rows-groups', what: '`a | b | c |` rows with group rows', make: (rng, t) => textTable(barRows, { groups: true })(rng, t) },
  { id: 'space-rows', what: 'rows with cells separated by spaces', make: (rng, t) => textTable(spaceRows, {})(rng, t) },
  { id: 'docx-table', what: '.docx table, extra columns, group rows, units one per paragraph', make: (rng, t) => docxTable({ extras: rng.int(3), groups: rng.next() < 0.5 })(rng, t) },
  { id: 'docx-责任单位', what: '.docx table with one 责任单位 column', make: (rng, t) => docxTable({ bareUnits: true, extras: rng.int(2) })(rng, t) },
  { id: 'xlsx-table', what: '.xlsx sheet, title row, extra columns, group rows', make: (rng, t) => xlsxTable({ extras: rng.int(3), groups: rng.next() < 0.5 })(rng, t) },
  { id: 'xlsx-责任单位', what: '.xlsx sheet with one 责任单位 column', make: (rng, t) => xlsxTable({ bareUnits: true })(rng, t) },
];
