// Indicator-table shapes met in the second held-out batch (corpus 121-126), each in a small made-up
// table of that shape. One rule per test; the names and figures are invented.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

type Got = [string, string, string, string, string, string | null];
const read = (text: string): Got[] =>
  (parsePlanText(text).indicators ?? []).map((i) => [i.category, i.name, i.unit, i.baseline.text, i.target.text, i.attribute]);
const skipped = (text: string): string[] => parsePlanText(text).unplaced.map((u) => u.text);

describe('year columns that say what they record', () => {
  it('2015年实绩 beside 2020年目标 is the baseline; 一、 rows in the 类别 column group the rows, not end the table', () => {
    const text = ['苗木产业主要指标表', '类别', '指标', '2015年实绩', '2020年目标', '一、规模', '苗圃面积(万亩)', '3.2', '4', '二、效益', '苗木产值(亿元)', '5.5', '8'].join('\n\n');
    expect(read(text)).toEqual([
      ['规模', '苗圃面积', '万亩', '3.2', '4', null],
      ['效益', '苗木产值', '亿元', '5.5', '8', null],
    ]);
  });

  it('2016年 完成 / 2020年 完成 with no target column: the later year is what the row is measured on', () => {
    const text = ['表2 主要指标完成情况', '指 标 |', '2016年 完成 |', '2020年 完成 |', '“十三五”年均增长(%) |', '指标属性 |', '|', '一、经济 |', '|||||', '园区产值(亿元) |', '12.5 |', '20.1 |', '9.9 |', '预期性 |', '|'].join('\n');
    expect(read(text)).toEqual([['经济', '园区产值', '亿元', '12.5', '20.1', 'expected']]);
  });

  it('“十三五”末 and “十四五”末 are the two ends of the plan: baseline and target', () => {
    const text = ['指标', '单位', '“十三五”末', '“十四五”末', '属性', '公园数量', '个', '12', '20', '预期性'].join('\n');
    expect(read(text)).toEqual([['', '公园数量', '个', '12', '20', 'expected']]);
  });
});

describe('rows one cell per line, bars kept', () => {
  it('the last row, its empty 属性 cell lost, keeps the cells it has; lines of bars inside the table are not left over', () => {
    const text = ['指 标 |', '2016年 完成 |', '2020年 完成 |', '指标属性 |', '绿地率(%) |', '30 |', '33 |', '约束性 |', '|', '古树数量(株) |', '/ |', '120 |', '|', '全区绿化工作取得明显成效,古树名木得到有效保护,城乡面貌明显改善,群众满意度持续提升。'].join('\n');
    expect(read(text)).toEqual([
      ['', '绿地率', '%', '30', '33', 'binding'],
      ['', '古树数量', '株', '/', '120', null],
    ]);
    expect(skipped(text).filter((t) => /^\|+$/.test(t))).toEqual([]);
  });

  it('a chapter heading after a table with a 类别 column ends the table: it is followed by text, not by a row', () => {
    const text = ['类别', '指标', '2015年实绩', '2020年目标', '一、规模', '苗圃面积(万亩)', '3.2', '4', '三、重点任务', '(一)扩大苗圃规模', '1.新建苗圃基地两处。'].join('\n');
    expect(read(text).map((r) => r[1])).toEqual(['苗圃面积']);
    expect(parsePlanText(text).tasks.map((t) => t.title)).toContain('新建苗圃基地两处');
  });

  it('under numbered groups, an unnumbered cell in front of one row is that row\'s merged group cell, not a new group', () => {
    const text = ['指 标 |', '2016年 完成 |', '2020年 完成 |', '指标属性 |', '一、生态 |', '水质 |', '断面达标率(%) |', '80 |', '90 |', '约束性 |', '绿地率(%) |', '30 |', '33 |', '预期性 |'].join('\n');
    expect(read(text).map((r) => [r[0], r[1]])).toEqual([
      ['生态', '水质:断面达标率'],
      ['生态', '绿地率'],
    ]);
  });

  it('page furniture after the table (`相关文章`) is not read as a row', () => {
    const text = ['类别', '指标', '2015年实绩', '2020年目标', '一、规模', '苗圃面积(万亩)', '3.2', '4', '【发表评论】', '相关文章'].join('\n\n');
    expect(read(text).map((r) => r[1])).toEqual(['苗圃面积']);
  });

  it('a unit in brackets followed by a note on what is counted: the unit is read, the note stays in the name', () => {
    const text = ['指标', '2015年实绩', '2020年目标', '新增造林面积(万亩)(5年累计)', '10', '12'].join('\n');
    expect(read(text)).toEqual([['', '新增造林面积(5年累计)', '万亩', '10', '12', null]]);
  });
});

describe('a table run into one line', () => {
  it('caption, header and numbered rows on one line; a 权重 column; numbering that restarts; a group name printed down the rows; a page number', () => {
    const text = '附表 某县养老服务考核指标 考核指标 单位 权重 目标值 1.护理床位占比 % 5 ≥55 服 2.助餐点覆盖率 % 4 ≥90 务 1.老年人满意度 % 6 ≥85 - 3 -';
    expect(read(text)).toEqual([
      ['', '护理床位占比', '%', '', '≥55', null],
      ['', '助餐点覆盖率', '%', '', '≥90', null],
      ['', '老年人满意度', '%', '', '≥85', null],
    ]);
    expect(parsePlanText(text).tasks).toEqual([]);
  });
});

describe('a 建设指标 table with 序号 and sub-items, one cell per line', () => {
  const text = [
    '(一)某市生态文明建设指标', '领域', '任务', '序号', '指标名称', '单位', '指标值', '指标属性',
    '(一)', '制度完善', '1', '生态建设规划', '-', '制定实施', '约束性', '2', '信息公开率', '%', '100', '参考性',
    '(二)', '生态保护', '3', '林木覆盖率', '山地', '平地', '%', '≥50', '≥20', '参考性',
    '4', '水环境质量', '断面达标比例', '黑臭水体比例', '-', '总体改善', '约束性',
    '5', '物种保护', '珍稀物种', '外来物种', '-', '-', '保护', '不扩散', '参考性',
    '6', '保护地面积比例', '山地', '平',
  ].join('\n');

  it('groups in two columns before 序号 (`(一)` / `制度完善`), a 参考性 row, values written in words', () => {
    expect(read(text).slice(0, 2)).toEqual([
      ['制度完善', '生态建设规划', '-', '', '制定实施', 'binding'],
      ['制度完善', '信息公开率', '%', '', '100', 'reference'],
    ]);
  });

  it('sub-items listed before their values: one per sub-item, one shared by all, a unit per sub-item', () => {
    expect(read(text).slice(2, 7).map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['生态保护', '林木覆盖率:山地', '%', '≥50'],
      ['生态保护', '林木覆盖率:平地', '%', '≥20'],
      ['生态保护', '水环境质量:断面达标比例、黑臭水体比例', '-', '总体改善'],
      ['生态保护', '物种保护:珍稀物种', '-', '保护'],
      ['生态保护', '物种保护:外来物种', '-', '不扩散'],
    ]);
  });

  it('a numbered heading that only names the table right under it is its caption, not a task', () => {
    const plan = parsePlanText(text);
    expect(plan.tasks).toEqual([]);
    expect(plan.indicators?.[0]?.table).toBe('(一)某市生态文明建设指标');
  });

  it('a last row cut off with the page keeps its name, not values guessed from its sub-items', () => {
    expect(read(text)[7]).toEqual(['生态保护', '保护地面积比例', '', '', '', null]);
  });
});

describe('a table with every separator lost', () => {
  it('header words spelt together, rows found by their numbers (glued to the figure before), a 权重 column, groups between rows', () => {
    const glued = '附表 某县文明城市测评标准 评价指标单位权重目标值一、环境1.公园绿地服务半径覆盖率%3.0≥902.人均道路面积平方米2.5≥18二、服务3.办事满意率%4.0≥954.人均培训经费万元/人1.5≥0.2';
    expect(read(glued)).toEqual([
      ['环境', '公园绿地服务半径覆盖率', '%', '', '≥90', null],
      ['环境', '人均道路面积', '平方米', '', '≥18', null],
      ['服务', '办事满意率', '%', '', '≥95', null],
      ['服务', '人均培训经费', '万元/人', '', '≥0.2', null],
    ]);
    expect(parsePlanText(glued).tasks).toEqual([]);
  });

  it('numbers without a point after a 资料来源 cell, sub-items each with its source, a figure in words', () => {
    const text =
      '某市现代化指标 指标名称计量单位2025 年目标值资料来源一、经济1 人均产值(2020 年价)元翻一番(全市≥12万元) 市统计局2 开放水平外贸依存度% ≥ 40市商务局外资占比% ≥ 8市发改委3 创业密度户/千人≥ 25市场监管局';
    expect(read(text).map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['经济', '人均产值(2020年价)', '元', '翻一番(全市≥12万元)'],
      ['经济', '开放水平外贸依存度', '%', '≥40'],
      ['经济', '外资占比', '%', '≥8'],
      ['经济', '创业密度', '户/千人', '≥25'],
    ]);
  });
});
