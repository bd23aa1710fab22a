// A 绩效目标表 (performance-target form: 申报表, 区域绩效目标表, 绩效自评表) flattened by a web page, read as
// one run of cells whatever the page made of its rows: one cell per line (`产出指标 |`, a paragraph each), or
// `| a | b |` rows that drop the merged and empty cells. Its indicator block is headed 一级指标 | 二级指标 |
// 三级指标 (或 指标内容) | 指标值…; the two upper levels are the form's fixed group words (产出指标 / 数量指标,
// 效益指标 / 社会效益指标, 满意度指标 / 服务对象满意度指标…), printed in a group's first row only, and they are
// what puts the run of cells back into rows: a group word starts a row, a name opens one, and the cells after the
// name, up to the header's count, are its values. The form's fields above the block (项目名称, 资金情况, 年度目标)
// and its closing rows (审核意见, 填表人, 总分) are the form's, never tasks.
import type { SourceLine } from './body.js';
import { roleOfWord, type IndicatorRole } from './indicator-roles.js';
import type { IndicatorTable } from './indicators.js';
import { looksLikeUnit } from './target.js';

type Cell = { line: number; text: string };

// Spaces from a wrapped cell and a form's required-field star (`*指标值`) are no part of a word.
const squeeze = (s: string): string => s.replace(/[\s\u3000]+/g, '').replace(/^[*＊★]+|[*＊★]+$/g, '');

// The second and first levels of the national 绩效指标 frame; `服务对象满意度指标等` is the same word.
const GROUP = /^(产出|效益|满意度|成本|投入|过程|管理|数量|质量|时效|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|社会公众满意度|社会公众或服务对象满意度|经济成本|社会成本|生态环境成本)指标等?$/;
const UPPER = /^(产出|效益|满意度|投入|过程|管理)指标$/;
// The label of the whole block, a cell merged down its left side (本年度 绩效指标, 专项年度绩效指标).
const BLOCK_LABEL = /^((本|本年|本年度|年度|专项年度|项目年度|部门年度|实施期)?绩效指标|绩效目标)$/;
const LEVEL1 = /^一级(指标|目标)$/;
const LEVEL2 = /^二级指标$/;
const NAME = /^(三级指标|三级指标内容|三级指标名称|指标内容|指标名称)$/;
// Header words of the value block, this form's and the general ones.
const VALUE_HEADER = /^(指标值|指标值及单位|年度指标值|年初目标值|当年预期实现值|预期目标值|目标值|指标性质|度量单位|计量单位|单位|指标值类型|绩效标准|实际完成值|全年实际值|实际完成情况|分值|得分|权重|指标解释|指标值内容|评\(扣\)分标准|评分标准|备注|偏差原因分析及改进措施|未达到指标值原因|未完成原因分析)$/;
// The columns a target stands in.
const TARGET_WORD = /^(指标值|指标值及单位|年度指标值|年初目标值|当年预期实现值|预期目标值|目标值)$/;
// Columns that hold no value of the indicator: how it is scored, what was done, how it is judged.
const NOT_VALUE = /^(分值|得分|权重|实际完成值|全年实际值|实际完成情况|绩效标准|指标解释|指标值内容|评\(扣\)分标准|评分标准|备注|偏差原因分析及改进措施|未达到指标值原因|未完成原因分析|指标值类型)$/;
const END = /^(其他需要说明事项|财政部门审核意见|主管部门审核意见|审核意见|填表人|填报人|总分|合计|注[::]|说明[::])/;
const COMPARATOR = /^(≥|≤|≧|≦|>|<|>=|<=|=|＝|═|＞|＜|≈)$/;
const VALUE_KIND = /^(定量|定性|正向|反向)(指标)?$/;

// A figure, not a name that starts with one (`3G/LTE 用户`, `50亩以上农业规模化种养面积`: six characters or more
// of words after the figure and its unit).
const FIGURE = /^[≥≤≧≦><=＝═＞＜≈]*\s*-?\d+(?:\.\d+)?(?![A-Za-z\d.])/;
const isFigure = (t: string): boolean => FIGURE.test(t) && !/[\u4e00-\u9fff]{6,}/.test(t.replace(FIGURE, '').replace(/以上|以下|左右|以内/g, ''));
const isValue = (t: string): boolean => isFigure(t) || COMPARATOR.test(t) || VALUE_KIND.test(t);
const isGroup = (t: string, next: string): boolean => GROUP.test(squeeze(t)) && !isValue(next);
const isNameLike = (t: string): boolean => /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(t) && !isValue(t) && !looksLikeUnit(t);

/** The cells of the lines in order, empty ones (lone bars, padding) dropped. */
const cellsOf = (lines: SourceLine[]): Cell[] =>
  lines.flatMap((l) => (l.text.includes('|') ? l.text.split('|') : [l.text]).map((t) => ({ line: l.line, text: t.trim() })).filter((c) => c.text.length > 0));

/**
 * Where the block's header starts (一级指标 | 二级指标 | 三级指标) and the words of the columns after the name. A
 * header that names no value column, or goes on with columns of its own kind (责任单位), is left to the general
 * table readers.
 */
type Head = { at: number; columns: string[] };

const headerAt = (cells: Cell[], from: number): Head | null => {
  for (let k = from; k + 2 < cells.length; k += 1) {
    if (!LEVEL1.test(squeeze(cells[k]?.text ?? '')) || !LEVEL2.test(squeeze(cells[k + 1]?.text ?? '')) || !NAME.test(squeeze(cells[k + 2]?.text ?? ''))) continue;
    const columns: string[] = [];
    while (VALUE_HEADER.test(squeeze(cells[k + 3 + columns.length]?.text ?? ''))) columns.push(squeeze(cells[k + 3 + columns.length]?.text ?? ''));
    if (roleOfWord(cells[k + 3 + columns.length]?.text ?? '') !== null) return null;
    // A two-level header run into one line (`绩效指标 | 年度指标值 | 实际完成值 | 分值` before `一级指标 | … |
    // 指标性质 | 指标值 | 度量单位`): the lower value words stand under the upper value word, the upper words
    // after it follow them.
    let j = k - 1;
    while (j >= 0 && VALUE_HEADER.test(squeeze(cells[j]?.text ?? ''))) j -= 1;
    const upper = cells.slice(j + 1, k).map((c) => squeeze(c.text));
    const spanned = upper.findIndex((w) => TARGET_WORD.test(w));
    if (spanned >= 0) columns.push(...upper.slice(spanned + 1));
    return columns.some((w) => TARGET_WORD.test(w)) || spanned >= 0 ? { at: k, columns } : null;
  }
  return null;
};

/** A row's values: comparator, value, unit in whichever order the columns put them; the rest are notes. */
const rowValues = (values: string[]): { unit: string; target: string } => {
  let unit = '';
  let sign = '';
  let target = '';
  for (const v of values) {
    if (target === '' && COMPARATOR.test(v)) sign = v;
    else if (VALUE_KIND.test(v)) continue;
    else if (looksLikeUnit(v) && !/\d/.test(v)) {
      if (unit === '') unit = v;
      if (target !== '') break;
    } else if (target === '') target = `${sign}${v}`;
    else break;
  }
  // A unit glued to the value (10辆, ≥80M, 1600元/亩) when the form has no unit column.
  if (unit === '') unit = /\d(?:\.\d+)?\s*([^\d\s.]+)$/.exec(target)?.[1] ?? '';
  return { unit, target };
};

const ROLES: IndicatorRole[] = ['category', 'category', 'name', 'unit', 'target'];

/** The form's first line: back over its field rows (lines with bars, or short field cells) to the prose above. */
const formStart = (lines: SourceLine[], headerLine: number): number => {
  let k = lines.findIndex((l) => l.line === headerLine);
  const barred = (lines[k]?.text ?? '').includes('|');
  while (k > 0) {
    const t = (lines[k - 1]?.text ?? '').trim();
    if (barred ? !t.includes('|') : t.length > 40 || /^[(（]?[一二三四五六七八九十\d]+[、.．)）]/.test(t)) break;
    k -= 1;
  }
  return lines[k]?.line ?? headerLine;
};

export type PerformanceForms = { tables: IndicatorTable[]; lines: number[] };

/** One form's block from its header: its table (null when no row has a value) and the cell after it. */
const readForm = (lines: SourceLine[], cells: Cell[], head: Head): { table: IndicatorTable | null; next: number } => {
  const rows: { line: number; cells: string[] }[] = [];
  // Whether the page kept a row's cells on one line (`| a | b |` rows) or gave each cell its own.
  const multi = cells.some((c, n) => n > head.at && cells[n + 1]?.line === c.line);
  const barred = (lines.find((l) => l.line === cells[head.at]?.line)?.text ?? '').includes('|');
  let upper = '';
  let lower = '';
  // The lower header's own value words, then the rows.
  let k = head.at + 3;
  while (VALUE_HEADER.test(squeeze(cells[k]?.text ?? ''))) k += 1;
  let last = cells[k - 1]?.line ?? 0;
  while (k < cells.length) {
    const cell = cells[k];
    if (!cell) break;
    const text = squeeze(cell.text);
    const next = cells[k + 1]?.text.trim() ?? '';
    if (END.test(text)) {
      last = cell.line;
      break;
    }
    // The text after the form: a line without bars under a barred block, a sentence, the imprint.
    const source = lines.find((l) => l.line === cell.line)?.text ?? '';
    if ((barred && !source.includes('|')) || text.length > 40 || /印发$|^\d{4}年\d{1,2}月\d{1,2}日$/.test(text)) break;
    if (BLOCK_LABEL.test(text)) {
      k += 1;
      continue;
    }
    // A group cell wrapped into two (`经济效益` / `指标`).
    const joined = squeeze(next) === '指标' && GROUP.test(`${text}指标`) ? `${text}指标` : '';
    if (joined || isGroup(text, next)) {
      const group = joined || text;
      const step = joined ? 2 : 1;
      const after = cells[k + step]?.text.trim() ?? '';
      // 成本指标 is the upper level over 经济成本指标…, a lower one under 产出指标 otherwise.
      if (UPPER.test(group) || (group === '成本指标' && isGroup(after, cells[k + step + 1]?.text.trim() ?? ''))) {
        upper = group;
        lower = '';
      } else lower = group;
      last = cells[k + step - 1]?.line ?? last;
      k += step;
      continue;
    }
    // A name, then its values up to the header's width (fewer where the next group word starts).
    const values: string[] = [];
    let j = k + 1;
    const width = head.columns.length;
    while (j < cells.length && values.length < width) {
      const v = squeeze(cells[j]?.text ?? '');
      if (END.test(v) || isGroup(v, cells[j + 1]?.text.trim() ?? '') || (squeeze(cells[j + 1]?.text ?? '') === '指标' && GROUP.test(`${v}指标`))) break;
      // Rows written a line each (`| 名称 | ≧ | 95 | % | 100% | 10 |`) whose empty last cells were dropped: a
      // line opening with a name starts the next row once this one has its value.
      const held = rowValues(values).target;
      if (multi && held !== '' && cells[j]?.line !== cells[j - 1]?.line && isNameLike(v) && v !== squeeze(held)) break;
      values.push(cells[j]?.text.trim() ?? '');
      j += 1;
    }
    // A row as wide as its header: the cells under scoring and result columns are no values of it.
    const { unit, target } = rowValues(values.length === width ? values.filter((_, n) => !NOT_VALUE.test(head.columns[n] ?? '')) : values);
    if (text.length >= 2 && target !== '') rows.push({ line: cell.line, cells: [upper, lower, cell.text.trim().replace(/\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+/g, ''), unit, target] });
    last = cells[j - 1]?.line ?? cell.line;
    k = j;
  }
  if (rows.length === 0) return { table: null, next: k };
  // The closing rows (审核意见, 总分 | 100) and the bar lines after them belong to the form.
  const end = lines.findIndex((l) => l.line === last);
  let stop = end;
  while (stop + 1 < lines.length && (/^[|\s]*$/.test(lines[stop + 1]?.text ?? '') || (END.test(squeeze((lines[stop + 1]?.text ?? '').replace(/^\|/, ''))) && (lines[stop + 1]?.text ?? '').includes('|')))) stop += 1;
  const from = formStart(lines, cells[head.at]?.line ?? 0);
  const to = lines[stop]?.line ?? last;
  const taken = lines.filter((l) => l.line >= from && l.line <= to).map((l) => l.line);
  return { table: { title: '', roles: ROLES, rows, lines: taken }, next: k };
};

/** The 绩效目标 forms of the text (a page may list one per project): their tables and every line they take. */
export const findPerformanceForms = (lines: SourceLine[]): PerformanceForms => {
  const cells = cellsOf(lines);
  const tables: IndicatorTable[] = [];
  for (let head = headerAt(cells, 0); head; ) {
    const form = readForm(lines, cells, head);
    if (form.table) tables.push(form.table);
    head = headerAt(cells, Math.max(form.next, head.at + 3));
  }
  return { tables, lines: [...new Set(tables.flatMap((t) => t.lines))] };
};
