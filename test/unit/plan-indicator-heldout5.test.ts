// Indicator tables in the shapes of the fifth held-out batch (issue 15 §7, documents 221+ and 184): a
// `cell |` table whose empty cells are lone bars, a yearly plan with a column for every year, an action
// plan's 目前水平 beside 工作进度 over three year columns, and a town plan's 名称 / 现状 / 近期 / 远期 header.
// Made-up examples in those shapes.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

type Read = [string, string, string, string, string];
const read = (text: string): Read[] => (parsePlanText(text).indicators ?? []).map((i) => [i.category, i.name, i.unit, i.baseline.text, i.target.text]);

describe('a `cell |` table whose empty cells are lone bars', () => {
  // Rows are not closed by a bar: a lone `|` inside a row is its empty cell (no 2018 figure, no 2025 target).
  const TEXT = [
    '某省信息化发展时间表 |',
    '指标 |',
    '单位 |',
    '2018 年 |',
    '2020 年 |',
    '2025 年 |',
    '1. 网络规模 |',
    '光纤用户 |',
    '万户 |',
    '12 |',
    '20 |',
    '35 |',
    '其中:农村光纤用户 |',
    '万户 |',
    '|',
    '5 |',
    '9 |',
    '基站数量 |',
    '万个 |',
    '3.1 |',
    '4.0 |',
    '|',
    '网站数量 |',
    '个 |',
    '800 |',
    '900 |',
    '1200 |',
    '|',
    '|',
    '资料来源:某省通信管理局网站。',
  ].join('\n');
  it('keeps each empty cell in its column', () => {
    expect(read(TEXT)).toEqual([
      ['网络规模', '光纤用户', '万户', '12', '35'],
      ['网络规模', '农村光纤用户', '万户', '', '9'],
      ['网络规模', '基站数量', '万个', '3.1', ''],
      ['网络规模', '网站数量', '个', '800', '1200'],
    ]);
  });
  it('reads a table whose rows end in a lone bar as before', () => {
    const closed = ['指 标 |', '2015年 |', '2020年 |', '属性 |', '|', '地区生产总值(亿元) |', '300 |', '470 |', '预期性 |', '|', '财政收入(亿元) |', '27 |', '43 |', '预期性 |', '|'].join('\n');
    expect(read(closed).map((r) => [r[1], r[3], r[4]])).toEqual([
      ['地区生产总值', '300', '470'],
      ['财政收入', '27', '43'],
    ]);
  });
});

describe('header words of the fifth batch', () => {
  it('takes the last of a run of yearly columns as the target', () => {
    // 2015 is the base year, 2016–2021 each year's figure: 2021 is the plan's end, not 2020 (five years on).
    const text = ['指标', '单位', '2015年', '2016年', '2017年', '2018年', '2019年', '2020年', '2021年', '年均增速(%)', '服务业增加值', '亿元', '100', '110', '121', '133', '146', '160', '176', '10', '金融业增加值', '亿元', '20', '22', '24', '27', '30', '33', '36', '11'].join('\n');
    expect(read(text).map((r) => [r[1], r[3], r[4]])).toEqual([
      ['服务业增加值', '100', '176'],
      ['金融业增加值', '20', '36'],
    ]);
  });
  it('reads 目前水平 as the baseline and the last of the year columns under 工作进度 as the target', () => {
    const text = ['序号', '指标名称', '指标定义', '目前水平', '2021年', '2022年', '2023年', '牵头部门', '协作部门', '1', '垃圾分类知晓率(%)', '知晓人数/调查人数×100%', '70', '75', '80', '85', '市城管局', '各区政府', '2', '健康素养水平(%)', '具备健康素养的人数/调查人数×100%', '20', '22', '24', '26', '市卫健委', '市教育局'].join('\n');
    expect(read(text).map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['垃圾分类知晓率', '%', '70', '85'],
      ['健康素养水平', '%', '20', '26'],
    ]);
  });
  it('reads 名称 as the name column, 区域 as a group column and 远期 as the target over 近期', () => {
    const text = ['区域', '类别', '序号', '名称', '单位', '现状', '近期', '远期', '镇域', '人口规模', '1', '镇域总人口', '万人', '3.2', '3.5', '4.0', '2', '城镇化水平', '%', '41', '50', '60'].join('\n');
    expect(read(text).map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['镇域总人口', '万人', '3.2', '4.0'],
      ['城镇化水平', '%', '41', '60'],
    ]);
  });
});

describe('an action plan table with leading bars and a two-level header', () => {
  // `目前水平` dated by `(截至2020年底)` in the lower row, `工作进度` over three years; groups numbered 一/二 in the
  // 序号 column; a row whose three years were merged into one cell (`>90` for each).
  const TEXT = [
    '附件:某市健康促进行动工作指标',
    '序号',
    '| 指标名称',
    '| 指标定义',
    '| 目前水平',
    '| 工作进度',
    '| 牵头部门',
    '| 协作部门',
    '|',
    '(截至2020年底)',
    '| 2021年',
    '| 2022年',
    '| 2023年',
    '|',
    '|',
    '|',
    '一',
    '| 合理膳食行动',
    '|',
    '|',
    '1',
    '| 减盐知识知晓率(%)',
    '| 知晓人数/调查人数×100%',
    '| 60',
    '| 65',
    '| 70',
    '| 75',
    '| 市卫健委',
    '| 市教育局、市市场监管局',
    '|',
    '2',
    '| 学校营养午餐覆盖率(%)',
    '| 提供营养午餐的学校数/学校总数×100%',
    '| --',
    '| >90',
    '| 市教育局',
    '| 各区政府',
    '|',
    '二',
    '| 控烟行动',
    '|',
    '|',
    '3',
    '| 成人吸烟率(%)',
    '| 吸烟人数/调查人数×100%',
    '| 22.1',
    '| ≤20',
    '| 市卫健委',
    '| 相关部门',
    '|',
  ].join('\n');
  it('reads the baseline, the last year as the target, the group rows and the merged years', () => {
    expect(read(TEXT)).toEqual([
      ['合理膳食行动', '减盐知识知晓率', '%', '60', '75'],
      ['合理膳食行动', '学校营养午餐覆盖率', '%', '--', '>90'],
      ['控烟行动', '成人吸烟率', '%', '22.1', '≤20'],
    ]);
  });
  it('keeps the lead department as the owner, not the helping ones', () => {
    expect((parsePlanText(TEXT).indicators ?? []).map((i) => i.owner)).toEqual(['市卫健委', '市教育局', '市卫健委']);
  });
});

describe('a `cell |` table whose rows are opened by a lone bar and closed by padding bars', () => {
  // Every row opens with a lone `|` (an empty first column) and closes with the bars that pad it
  // (`市发改委 | ||`); the 类别 cell is printed only in a group's first row; a lone `|` inside a row is its
  // empty 年均增速 cell; 服务业投资 lists 总量 and 比重 under one name.
  const TEXT = [
    '|',
    '某市服务业发展目标考核表 | |||||||',
    '|',
    '类别 |',
    '指标 |',
    '单位 |',
    '2020年 |',
    '2021年 |',
    '2022年 |',
    '年均增速(%) |',
    '考核责任单位 | |',
    '|',
    '总体 指标 |',
    '服务业增加值 |',
    '亿元 |',
    '500 |',
    '550 |',
    '605 |',
    '10 |',
    '市发改委 | |',
    '|',
    '服务业增加值比重 |',
    '% |',
    '50 |',
    '51 |',
    '52 |',
    '|',
    '市发改委 | ||',
    '|',
    '服务业投资 |',
    '总量 |',
    '亿元 |',
    '300 |',
    '330 |',
    '363 |',
    '10 |',
    '市发改委 | |',
    '|',
    '比重 |',
    '% |',
    '60 |',
    '61 |',
    '62 |',
    '| |||',
  ].join('\n');
  it('reads each row under its columns, the merged 类别 carried down, the wrapped 类别 joined again', () => {
    expect(read(TEXT)).toEqual([
      ['总体指标', '服务业增加值', '亿元', '500', '605'],
      ['总体指标', '服务业增加值比重', '%', '50', '52'],
      // `服务业投资` over rows named only 总量 and 比重 is the indicator they measure, not a 类别 (ind6).
      ['总体指标', '服务业投资总量', '亿元', '300', '363'],
      ['总体指标', '服务业投资比重', '%', '60', '62'],
    ]);
  });
});

describe('a box-drawn indicator table with a 项目 spanning its indicators and one indicator per area', () => {
  // 项目 and 序号 span the 项目's rows; the first indicator has a sub-row per area (`苏南16700`, the area glued
  // to the figure) under one name; 年度完成目标 is a yearly rate beside the 2010年目标值.
  const TEXT = [
    '某省新农村建设评价指标',
    '┌──┬────┬──────────┬──┬──┬──────┬────────┬────┐',
    '│序号│ 项目 │ 指标名称 │单 │权 │ 2005年 │ 年度完成目标 │2010年 │',
    '│ │ │ │位 │数 │ 现 值 │ │目标值 │',
    '├──┼────┼──────────┼──┼──┼──────┼────────┼────┤',
    '│ │农村道 │1.通客车村比例 │% │ │ 苏南90 │年提高2个百分点 │100 │',
    '│ │ │ │ │ ├──────┼────────┼────┤',
    '│ 一 │ │ │ │ 5 │苏北60 │年提高6个百分点 │≥90 │',
    '│ │路工程 ├──────────┼──┼──┼──────┼────────┼────┤',
    '│ │ │2.硬化路面比例 │% │5 │ 70 │年提高4个百分点 │≥90 │',
    '└──┴────┴──────────┴──┴──┴──────┴────────┴────┘',
  ].join('\n');
  it('reads a row per area and per indicator, the 项目 as the group, the period target', () => {
    expect(read(TEXT)).toEqual([
      ['农村道路工程', '通客车村比例(苏南)', '%', '90', '100'],
      ['农村道路工程', '通客车村比例(苏北)', '%', '60', '≥90'],
      ['农村道路工程', '硬化路面比例', '%', '70', '≥90'],
    ]);
  });
});

describe('a figure with a note on whom it covers', () => {
  // `20(80%用户)` is the row's baseline, not the start of the next row: the rows stay in their columns.
  it('keeps the noted figure in its row', () => {
    const text = ['指标', '2013年', '2020年', '属性', '1.城市接入能力(Mbps)', '20(80%用户)', '50', '预期性', '2.农村接入能力(Mbps)', '4', '12', '预期性'].join('\n');
    expect(read(text).map((r) => [r[1], r[3], r[4]])).toEqual([
      ['城市接入能力', '20(80%用户)', '50'],
      ['农村接入能力', '4', '12'],
    ]);
  });
});

describe('a table\'s numbered notes under a 说明 line', () => {
  // The notes say how to fill the table above; numbered like items, they are no tasks.
  it('sets them aside, not as tasks', () => {
    const text = ['附表一 镇域人口表', '说明', '1.总人口应等于各类人口之和;', '2.暂住人口只统计暂住一年以上的人口', '附表二 指标表', '名称', '单位', '现状', '远期', '镇域总人口', '万人', '3.2', '4.0'].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks).toEqual([]);
    expect(plan.unplaced.filter((u) => u.reason === '表格下的说明,不是任务').map((u) => u.text)).toEqual(['1.总人口应等于各类人口之和;', '2.暂住人口只统计暂住一年以上的人口']);
  });
});
