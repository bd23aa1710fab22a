// Header words of indicator tables (指标表) and the column roles they name. Real tables spell their
// headers many ways: spaces inside words (指  标), traditional script (指標屬性), explanations in
// brackets (2020年基期值(起始日期用作比较的数据)), a header cell broken over two lines (2015 / 基期值).
import { OWNER_WITH_UNIT } from './role-words.js';
import { foldPunctuation, joinSplitWords } from './text.js';

export type IndicatorRole = 'seq' | 'category' | 'name' | 'unit' | 'baseline' | 'target' | 'achieved' | 'attribute' | 'owner' | 'note';

// Traditional forms of the characters header words and attribute cells use; names keep their spelling.
const TRADITIONAL: Record<string, string> = {
  標: '标', 屬: '属', 類: '类', 別: '别', 約: '约', 預: '预', 單: '单', 計: '计', 現: '现', 狀: '状', 礎: '础',
  實: '实', 際: '际', 責: '责', 負: '负', 門: '门', 項: '项', 稱: '称', 質: '质', 務: '务', 數: '数', 長: '长', 帶: '带',
};

/** Folds the traditional characters of header words and attribute cells (指標屬性 → 指标属性). */
export const foldHeaderScript = (text: string): string => text.replace(/[標屬類別約預單計現狀礎實際責負門項稱質務數長帶]/g, (c) => TRADITIONAL[c] ?? c);

// A five-year period named in a header (“十三五”末, 十四五期末) stands for the year it ends.
const PERIOD_END: Record<string, number> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025, 五: 2030 };
const PERIOD = /^[“"']?十([一二三四五])五[”"']?/;

/**
 * The header word without spaces and in simplified script. A period before it (`“十三五”年均增长`) only
 * dates the column; a period's end (`“十三五”末`) is that period's last year, read as a year column.
 */
const word = (text: string): string => {
  // A form's mark on the cells it requires (`*指标值`, `指标解释*`) is no part of the word.
  const w = foldHeaderScript(foldPunctuation(text).replace(/\s+/g, '').replace(/^[*＊★※]+|[*＊★※]+$/g, ''));
  const period = PERIOD.exec(w);
  if (!period) return w;
  const rest = w.slice(period[0].length);
  const end = /^(时期|期)?末(值|水平)?$/.exec(rest);
  if (end) return `${PERIOD_END[period[1] ?? ''] ?? ''}年`;
  return rest.replace(/^(时期|期间)/, '') || w;
};

const QUALIFIED_YEAR = /^(?:19|20)\d{2}年?(实际|预计|实绩|完成|预计完成|实际完成)(值|数|情况)?$/;

const roleOf = (t: string): IndicatorRole | 'year' | null => {
  // `表2 主要指标完成情况` is the table's caption, not a header cell.
  if (t.length === 0 || t.length > 12 || /^表\d/.test(t)) return null;
  if (/^(序号|编号)$/.test(t)) return 'seq';
  // 任务 beside 领域 groups the indicators of a 建设指标 table; a task table has no 指标 column, so it never
  // reads as an indicator header.
  // 区域 heads the area column of a planning table (镇域 / 镇区) whose rows list that area's indicators.
  // 维度 / 方面 / 板块 group an 指标体系's rows as 领域 does; its 目标层 and 准则层 are the upper levels over 指标层.
  if (/^(类别|类型|分类|领域|指标类别|一级指标|任务|分项|区域|维度|方面|板块|大类|门类|(重点|发展)领域|目标层|准则层)$/.test(t)) return 'category';
  // 项目 heads the name column of a 目标任务分解表 (项目 / 分值 / 目标任务 / 监考单位); a task table has a
  // 项目 column too, but no column of values, so it still never reads as an indicator header.
  if (/^(指标|指标名称|名称|指标名|主要指标|目标名称|具体指标|二级指标|三级指标|指标内容|指标项|指标层|项目|考核项目|(监测|评价|评估|考核|统计|发展|建设)指标)$/.test(t)) return 'name';
  if (/^(单位|计量单位)$/.test(t)) return 'unit';
  // 指标值类型 says whether the value is a figure or a sentence (定量 / 定性): neither a value nor a 属性.
  if (/^(指标值类型|指标值性质|值类型)$/.test(t)) return 'note';
  if (/^(属性|指标属性|性质|指标性质|指标类型|约束\/预期|约束性\/预期性|预期性\/约束性|预期\/约束)$/.test(t)) return 'attribute';
  // A year with what it records (2020年预计, 2010年实绩, 2015年 完成): a year column, placed by indicatorRoles.
  if (QUALIFIED_YEAR.test(t)) return 'year';
  if (/完成情况|实际完成|完成值|实现值/.test(t)) return 'achieved';
  // A deadline column (完成时限) is kept as a note: it is not a value.
  if (/^(完成)?(时限|时间)$/.test(t)) return 'note';
  // What a row is measured against: 基期值, 现状, and the level now (目前水平(截至2011年底), 2005年现值).
  // 基线值, 起始值, 现有基础, 基年: the same column under other words.
  if (/基期|基准|现状|基数|基础值|目前|当前|现有水平|现值|基线|起始值|初始值|^(现有|工作)?基础(水平|数据)?$|^基础?年$/.test(t)) return 'baseline';
  // A definition column (指标定义: `知道…的人数/调查人口总数×100%`) explains the name; it is no value.
  if (/^(指标)?(定义|解释|含义|计算公式|说明)$/.test(t)) return 'note';
  // The units that help (协作部门, 配合单位) are not the one answering for the indicator (牵头部门).
  if (/^(协作|配合|协办|参与|协同)(部门|单位)$/.test(t)) return 'note';
  // 近期 / 远期 (a town plan's two horizons) and 工作进度 over year columns are targets; the nearer one is
  // interim and kept as a note by indicatorRoles.
  if (/^(近期|中期|远期)(目标|值)?$|^(工作|年度)?进度(安排)?$/.test(t)) return 'target';
  if (/^(数据来源|资料来源|统计口径|计算方法|说明|数据提供(部门|单位)|数据来源(部门|单位))$/.test(t)) return 'note';
  // A weight or score column of an evaluation table (权重 4.0, 赋分 2) is not a value of the indicator.
  // `评(扣)分标准` of a 绩效目标表 is how the indicator is scored, no value of it either.
  if (/^(权重|权数|分值|赋分|标准分|评分标准|考核分值|计分)$/.test(t) || /^评?\(?扣?\)?分(标准|办法|细则|依据)$/.test(t)) return 'note';
  if (/^(?:19|20)\d{2}年?$/.test(t)) return 'year';
  // A dated column of what is planned (2025年预期, 2025年规划, 2035年远景) is a year column like 2025年: the
  // earliest year is the baseline, the plan period's end the target, a year past it the outlook.
  if (/^(?:19|20)\d{2}年?(预期|规划|计划|期末|远景|展望)(值|数)?$/.test(t)) return 'year';
  // 期末值, 数值 (the one figure a table gives for each indicator).
  if (/^(期末|终期)(值|数|水平)?$|^(指标)?数值$/.test(t)) return 'target';
  // 2021—2025年累计, 五年累计: a cumulative column beside the year columns, kept as a note.
  if (/累计$/.test(t) && t.length <= 12) return 'note';
  if (/目标|预期值|指标值|预期效果|规划值|指标要求|标准值/.test(t)) return 'target';
  // The unit that checks an indicator (监考单位, 考核单位) is the one answering for it, as a 责任单位 (落实单位,
  // 主管部门: role-words.ts) is.
  if (/牵头|负责司局|监考单位|考核单位|考评单位|监测单位/.test(t) || OWNER_WITH_UNIT.test(t)) return 'owner';
  if (/^备注$/.test(t)) return 'note';
  // A growth-rate or cumulative column beside the year columns: kept, not a target.
  if (/^(年均增长?|年均增速|年均增幅|增速|年均|〔?累计〕?)(\(%\)|%)?\d?$/.test(t) || /^年均增/.test(t)) return 'note';
  return null;
};

/** The role a header cell names; an explanation in brackets after the word does not hide it. */
export const roleOfWord = (text: string): IndicatorRole | 'year' | null => {
  const t = word(text);
  const direct = roleOf(t);
  if (direct !== null) return direct;
  const bare = t.replace(/\([^()]{2,}\)?$/, '').replace(/\([^()]{4,}\)/g, '');
  return bare !== t ? roleOf(bare) : null;
};

/**
 * `指  标  单位  2020年  属  性`: a header split by wide spaces whose words are spaced out as well. Single
 * characters that are no header word alone and make one together (`指` `标` → 指标) are joined again.
 */
export const joinSpacedWords = (tokens: string[]): string[] => {
  const single = (x: string): boolean => /^[\u4e00-\u9fff]$/.test(x) && roleOfWord(x) === null;
  return joinSplitWords(tokens, (t, next) => single(t) && single(next) && roleOfWord(`${t}${next}`) !== null);
};

/**
 * `苏南` / `目标值`, `全省` / `目标值`: a header cell broken over two lines, a short word saying whose value the
 * column holds above the value word itself.
 */
export const isQualifierOver = (cell: string, next: string): boolean => {
  const role = roleOfWord(next);
  return roleOfWord(cell) === null && /^[\u4e00-\u9fff]{1,4}$/.test(word(cell)) && (role === 'target' || role === 'baseline') && !/\d/.test(next);
};

/**
 * A header cell broken over two lines (`2015` / `基期值`, `年均增速` / `〔累计〕`) is one column:
 * a bare year followed by a value word, or a growth column followed by its 〔累计〕 note.
 */
export const mergeHeaderCells = (cells: string[]): string[] => {
  const out: string[] = [];
  for (const cell of cells) {
    const prev = out[out.length - 1];
    const role = roleOfWord(cell);
    const prevRole = prev === undefined ? null : roleOfWord(prev);
    const isValueWord = (role === 'baseline' || role === 'target') && !/\d/.test(cell);
    if (prev !== undefined && (prevRole === 'year' || isQualifierOver(prev, cell)) && isValueWord) out[out.length - 1] = `${prev}${cell}`;
    else if (prev !== undefined && prevRole === 'note' && /^[〔\[(]?累计/.test(word(cell)) && /年均|增/.test(word(prev))) out[out.length - 1] = `${prev}${cell}`;
    else out.push(cell);
  }
  return out;
};

const isBareYear = (cell: string): boolean => /^(?:19|20)\d{2}年?$/.test(word(cell));
const isSpanningWord = (cell: string): boolean => {
  const role = roleOfWord(cell);
  return (role === 'target' || role === 'baseline') && !/\d/.test(cell);
};

/**
 * A two-level header flattened row by row (`指标 | 目标值 | 属性` then `2020年 | 2025年`): the year cells
 * of the lower row stand where the spanning `目标值` stood. Returns the header unchanged otherwise.
 */
export const spreadSpanningHeader = (cells: string[]): string[] => {
  let run = 0;
  while (run < cells.length && isBareYear(cells[cells.length - 1 - run] ?? '')) run += 1;
  if (run < 2) return cells;
  const upper = cells.slice(0, cells.length - run);
  const years = cells.slice(cells.length - run);
  const spanning = upper.flatMap((c, k) => (isSpanningWord(c) ? [k] : []));
  if (spanning.length === 0) return cells;
  // As many spanning words as years (基期值 | 目标值 over 2020年 | 2025年): each stands over one year.
  if (spanning.length === run) return upper.flatMap((c, k) => (spanning.includes(k) ? [years[spanning.indexOf(k)] ?? c] : [c]));
  // Otherwise the target word spans the years (目前水平 | 工作进度 over 2012年 | 2013年 | 2014年).
  const at = spanning.find((k) => roleOfWord(upper[k] ?? '') === 'target') ?? spanning[0] ?? 0;
  return [...upper.slice(0, at), ...years, ...upper.slice(at + 1)];
};

/**
 * Three year columns or more (2020年 | 2022年 | 2025年, 2020年 | 2025年 | 2035年): the target is the plan
 * period's end, the first year five or more after the baseline; with none that far, the last year. The
 * years between are interim figures, and a year past the period (2035年) is the long-range outlook.
 */
const targetYear = (years: number[]): number => {
  const base = Math.min(...years);
  // Every year of a span (2009年 … 2015年, a yearly plan to the span's end): the last year is the target.
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length >= 3 && sorted.every((y, k) => k === 0 || y === (sorted[k - 1] ?? 0) + 1)) return Math.max(...years);
  const periodEnd = years.filter((y) => y >= base + 5).sort((a, b) => a - b)[0];
  return periodEnd ?? Math.max(...years);
};

/** Maps header cells to roles; null unless it is an indicator header (a name column and a value column). */
export const indicatorRoles = (cells: string[]): IndicatorRole[] | null => {
  const raw = cells.map(roleOfWord);
  if (raw.some((r) => r === null)) return null;
  const yearOf = (i: number): number => Number(/(19|20)\d{2}/.exec(word(cells[i] ?? ''))?.[0] ?? 0);
  const years = raw.flatMap((r, i) => (r === 'year' ? [yearOf(i)] : []));
  const qualified = (i: number): boolean => QUALIFIED_YEAR.test(word(cells[i] ?? ''));
  const namedTarget = raw.includes('target');
  // A named baseline column (目前水平, 现状) beside year columns: the years are all targets (2012年 | 2013年 |
  // 2014年 of a three-year plan), the period's end the one kept.
  const namedBaseline = raw.includes('baseline');
  const roles = raw.map((r, i): IndicatorRole => {
    if (r !== 'year') return r ?? 'note';
    // A year with what it records (2020年预计, 2010年实绩) is the baseline beside a target column or a later
    // year; alone, or the last of such columns (2015年完成 | 2020年完成), it is what the table measures against.
    if (qualified(i)) return namedTarget || years.some((y) => y > yearOf(i)) ? 'baseline' : 'target';
    // Two year columns, in either order: the earlier year is the baseline, the later the target.
    if (years.length > 1 && !namedBaseline && yearOf(i) === Math.min(...years)) return 'baseline';
    if (namedBaseline) return years.length > 1 && yearOf(i) !== targetYear(years) ? 'note' : 'target';
    return years.length > 2 && yearOf(i) !== targetYear(years) ? 'note' : 'target';
  });
  // Named value columns (基期值 | 中期目标 | 规划目标): the interim one is kept as a note.
  const named = roles.flatMap((r, i) => (r === 'target' && raw[i] === 'target' ? [i] : []));
  if (named.length > 1) {
    // Targets for parts and for the whole (苏南目标值 | 全省目标值): the whole area's is the plan's own.
    // A yearly target (年度完成目标: `年递增9.3%`) beside the period's target is interim too.
    const interim = named.filter((i) => /中期|阶段|近期|年度|每年/.test(word(cells[i] ?? '')));
    const whole = named.find((i) => /^全[省市县区国州]/.test(word(cells[i] ?? '')));
    // Target columns that carry their years (2022年目标值 | 2030年目标值): the plan period's end, as with
    // bare year columns; a dated baseline (2020年基期值) counts as the start. Undated ones keep the order.
    const namedYears = named.map(yearOf);
    const baseYears = raw.flatMap((r, i) => (r === 'baseline' && yearOf(i) > 0 ? [yearOf(i)] : []));
    const dated = namedYears.every((y) => y > 0) ? named[namedYears.indexOf(targetYear([...baseYears, ...namedYears].filter((y) => y > 0)))] : undefined;
    const byYear = dated !== undefined && baseYears.every((y) => y < Math.min(...namedYears)) ? dated : undefined;
    const keep = whole ?? byYear ?? named.find((i) => !interim.includes(i)) ?? named[named.length - 1];
    for (const i of named) if (i !== keep) roles[i] = 'note';
  }
  // Two name columns (项目 | 指标名称, 二级指标 | 三级指标): the earlier names the group the later one's rows fall in.
  const names = roles.flatMap((r, i) => (r === 'name' ? [i] : []));
  for (const i of names.slice(0, -1)) roles[i] = 'category';
  if (!roles.includes('name')) return null;
  if (!roles.some((r) => r === 'target' || r === 'baseline' || r === 'achieved')) return null;
  return roles;
};
