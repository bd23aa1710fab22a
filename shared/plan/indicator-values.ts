// Table rows → indicators: the name without its number and unit, the unit (its own column or the
// name's brackets), baseline, target, attribute and owner. Rows whose values cannot be read are listed.
import type { IndicatorTable } from './indicators.js';
import type { IndicatorRole } from './indicator-roles.js';
import { foldHeaderScript } from './indicator-roles.js';
import { readHeading } from './numbering.js';
import { isAttributeCell, looksLikeUnit, parseAttribute, parseTarget } from './target.js';
import type { ParsedIndicator, ParsedTarget, UnplacedLine } from './types.js';

/** `〔18〕` / `[4]` in a 累计 column: a five-year cumulative figure; a fall may carry its sign (`〔-13.5〕`). */
const CUMULATIVE = /^[〔\[(]\s*([-−－]?\d+(?:\.\d+)?)\s*[〕\])]$/;

/**
 * The target of a row whose year columns are empty or `—`: a cumulative 〔18〕 in the 累计 column is
 * the five-year target (生态环境 tables print reductions that way).
 */
const cumulativeTarget = (target: ParsedTarget, notes: string[]): ParsedTarget => {
  if (!target.isNone && target.text !== '') return target;
  const cell = notes.find((n) => CUMULATIVE.test(n.trim()));
  const m = cell ? CUMULATIVE.exec(cell.trim()) : null;
  return m ? { ...parseTarget(m[1] ?? ''), text: `${cell?.trim() ?? ''}(累计)` } : target;
};

/** A target cell that is itself a five-year figure (`[21]` under 2020年, the table's note says so). */
const cumulativeCell = (cell: string): ParsedTarget | null => {
  const m = CUMULATIVE.exec(cell.trim());
  return m ? { ...parseTarget(m[1] ?? ''), text: `${cell.trim()}(累计)` } : null;
};

/**
 * `其中:城区/农村` with `97/95` and `98/96`: a sub-row pairing two indicators, each with its own values.
 * Split only when the name and the target (and a baseline, if any) have the same number of parts.
 */
const pairedParts = (name: string, baseline: string, target: string): { name: string; baseline: string; target: string }[] => {
  const names = name.split('/').map((n) => n.trim());
  const targets = target.split('/').map((t) => t.trim());
  const baselines = baseline.split('/').map((b) => b.trim());
  const isPaired =
    names.length >= 2 && names.length <= 4 && names.every((n) => n.length > 0) && targets.length === names.length && (baseline === '' || baselines.length === names.length);
  if (!isPaired) return [{ name, baseline, target }];
  return names.map((n, k) => ({ name: n, baseline: baseline === '' ? '' : (baselines[k] ?? ''), target: targets[k] ?? '' }));
};

/**
 * A column headed 类型 or 类别 that holds only 约束性/预期性 is the table's 属性 column: the word is the
 * same for a group and for an attribute, and the cells tell which.
 */
const withAttributeColumn = (table: IndicatorTable): IndicatorTable => {
  if (table.roles.includes('attribute')) return table;
  const at = table.roles.findIndex((role, k) => {
    if (role !== 'category') return false;
    const cells = table.rows.filter((r) => r.category === undefined).map((r) => (r.cells[k] ?? '').trim()).filter(Boolean);
    return cells.length > 0 && cells.every((c) => isAttributeCell(foldHeaderScript(c)));
  });
  return at < 0 ? table : { ...table, roles: table.roles.map((r, k) => (k === at ? 'attribute' : r)) };
};

/** `总体发展 指标`, `市经济和 信息化委`: a space between two Chinese characters is where the cell wrapped. */
const unwrapped = (text: string): string => text.replace(/(?<=[\u4e00-\u9fff、,])\s+(?=[\u4e00-\u9fff])/g, '');

/** `苏南16700`: a figure led by the area it is for (苏南, 城镇, 农村), glued as a law database prints it. */
const AREA_FIGURE = /^([\u4e00-\u9fff]{1,3}[南北中东西区县市镇乡城村省])\s*(\d[\d.]*%?)$/;

/**
 * One indicator given per area in sub-rows (`苏南16700` / `苏中12200` under one 劳均…增加值): the area goes
 * into the name, so the rows tell apart, and the figure stays a figure.
 */
const withAreaLabel = (part: { name: string; baseline: string; target: string }): { name: string; baseline: string; target: string } => {
  const base = AREA_FIGURE.exec(part.baseline.trim());
  const target = AREA_FIGURE.exec(part.target.trim());
  const area = base?.[1] ?? target?.[1];
  if (!area || (base && target && base[1] !== target[1])) return part;
  return { name: `${part.name}(${area})`, baseline: base ? (base[2] ?? '') : part.baseline, target: target ? (target[2] ?? '') : part.target };
};

/** A name that only says what is measured of something (总量, 比重): the sub-row of a merged name cell. */
const MEASURE_ONLY = /^(总量|总额|比重|占比|比例|增速|增幅|增长率|增量|规模|数量|个数)$/;

export const indicatorsFromTable = (read: IndicatorTable, startSeq: number): { indicators: ParsedIndicator[]; unplaced: UnplacedLine[] } => {
  const table = withAttributeColumn(read);
  const indicators: ParsedIndicator[] = [];
  const unplaced: UnplacedLine[] = [];
  let category = '';
  // `服务业税收` / `总量` / `亿元` … then `比重` / `%` … under a 类别 column: the cell over rows named only 总量 and
  // 比重 is the indicator they measure, not a new 类别. The rows are 服务业税收总量 and 服务业税收比重, under the
  // 类别 above, and so is the whole name after them. Each such cell maps to the 类别 it sits under.
  const parents = new Map<string, string>();
  let shownBefore = '';
  for (const row of table.rows) {
    if (row.category !== undefined) {
      category = row.category;
      continue;
    }
    const get = (role: IndicatorRole): string => {
      const at = table.roles.indexOf(role);
      return at < 0 ? '' : (row.cells[at] ?? '').trim();
    };
    const notes = table.roles.flatMap((r, k) => (r === 'note' ? [row.cells[k] ?? ''] : []));
    // `1.学前教育毛入园率(%)`: the number restarts in each category; the unit may sit in the name;
    // `其中:研究生` is a sub-row whose name is what follows 其中.
    const printed = get('name')
      .replace(/^\d{1,3}\s*[.、。](?!\d)\s*/, '')
      .replace(/^其中\s*[::]\s*/, '');
    const unitInName = /^(.+?)[((]([^()()]{1,10})[))]?$/.exec(printed);
    // `新增造林面积(万亩)(5年新增量)`: the unit, then a note on what is counted, which stays in the name.
    const unitThenNote = /^(.+?)[((]([^()()]{1,10})[))]([((][^()()]+[))])$/.exec(printed);
    const ownUnit = get('unit');
    const lastUnit = unitInName && looksLikeUnit(unitInName[2] ?? '') ? (unitInName[2] ?? '') : '';
    const noteUnit = !lastUnit && unitThenNote && looksLikeUnit(unitThenNote[2] ?? '') ? (unitThenNote[2] ?? '') : '';
    const bracketUnit = lastUnit || noteUnit;
    const name = !bracketUnit || ownUnit ? printed : lastUnit ? (unitInName?.[1] ?? '') : `${unitThenNote?.[1] ?? ''}${unitThenNote?.[3] ?? ''}`;
    if (!name) continue;
    // Two columns before 序号 (领域, 任务) or a group split over two cells (`(一)` / `制度完善`): one group name.
    const groups = table.roles.flatMap((r, k) => (r === 'category' ? [(row.cells[k] ?? '').trim()] : [])).filter(Boolean);
    // Two levels of groups (一级指标 | 二级指标: 产出指标 / 数量指标) read apart; a group number in a cell of its
    // own (`(一)` / `制度完善`) is part of the one name.
    const levels = [...new Set(groups)];
    const group = levels.length > 1 && levels.every((g) => g.length >= 2 && readHeading(g) === null) ? levels.join(' / ') : levels.join('');
    category = (group && (readHeading(group)?.rest || group)) || category;
    if (MEASURE_ONLY.test(name) && category !== shownBefore && shownBefore !== '' && !parents.has(category)) parents.set(category, shownBefore);
    const parent = parents.get(category);
    const shownCategory = parent ?? category;
    const measured = parent !== undefined && MEASURE_ONLY.test(name) ? `${category}${name}` : name;
    shownBefore = shownCategory;
    const achievedText = get('achieved');
    // Only a 其中 sub-row pairs indicators; elsewhere `A/B` with `<4/<5.5` is one indicator's two forms.
    const parts = /^其中/.test(get('name')) ? pairedParts(measured, get('baseline'), get('target')) : [{ name: measured, baseline: get('baseline'), target: get('target') }];
    for (const part0 of parts) {
      const part = withAreaLabel(part0);
      const target = cumulativeTarget(cumulativeCell(part.target) ?? parseTarget(part.target), notes);
      const baseline = parseTarget(part.baseline);
      indicators.push({
        seq: startSeq + indicators.length,
        table: table.title,
        category: unwrapped(shownCategory),
        name: unwrapped(part.name.replace(/\s+/g, ' ')),
        unit: ownUnit || bracketUnit,
        baseline,
        target,
        achieved: table.roles.includes('achieved') ? parseTarget(achievedText) : null,
        attribute: parseAttribute(foldHeaderScript(get('attribute'))),
        owner: unwrapped(get('owner')),
        line: row.line,
      });
      const labelled: [string, ParsedTarget][] = [
        ['目标值', target],
        ['基期值', baseline],
      ];
      for (const [label, v] of labelled) {
        if (v.isNone || v.comparator !== null || v.text === '' || /完成/.test(v.text)) continue;
        unplaced.push({ line: row.line, text: `${part.name}:${v.text}`, reason: `${label}“${v.text}”无法识别为数值,已保留原文`, kind: 'unplaced' });
      }
      if (table.roles.includes('target') && target.text === '') {
        unplaced.push({ line: row.line, text: part.name, reason: '这一行没有目标值', kind: 'unplaced' });
      }
    }
  }
  return { indicators, unplaced };
};
