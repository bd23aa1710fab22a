// Indicator tables in the shapes of the seventh held-out batch (issue 15, documents 301–305): 绩效目标 forms
// (申报表, 区域绩效目标表, 绩效自评表) as web pages flatten them — one cell per line with bars after the cells,
// a paragraph per cell, `| a | b |` rows that drop merged and empty cells — the upper levels 一级/二级指标 printed
// in a group's first row only, units glued to the values or in their own column, a comparison sign in a column of
// its own. Made-up forms in those shapes: other projects, other units, other figures.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { findPerformanceForms } from '../../shared/plan/indicator-performance.js';
import { noiseReason } from '../../shared/plan/noise.js';

type Read = [string, string, string, string];
const read = (text: string): Read[] => (parsePlanText(text).indicators ?? []).map((i) => [i.category, i.name, i.unit, i.target.text]);
const tasks = (text: string): string[] => parsePlanText(text).tasks.map((t) => t.title);

describe('a 绩效目标 form one cell per line, bars after the cells', () => {
  const form = [
    '青河县2024年路灯维护项目支出绩效目标申报表',
    '|',
    '项目名称 |',
    '城区路灯维护 |',
    '|||',
    '|',
    '年度绩效 指标 |',
    '一级指标 |',
    '二级指标 |',
    '三级指标 |',
    '指标值及单位 |',
    '绩效标准 |',
    '|',
    '|',
    '产出指标 |',
    '数量指标 |',
    '维护路灯盏数 |',
    '1200盏 |',
    '行业标准 |',
    '||',
    '|',
    '巡查频次 |',
    '≥2次/周 |',
    '行业标准 |',
    '|||',
    '|',
    '质量指标 |',
    '亮灯率 |',
    '≥98% |',
    '行业标准 |',
    '|||',
    '|',
    '效益指标 |',
    '经济效益指标 |',
    '|',
    '|',
    '|',
    '||',
    '|',
    '社会效益指标 |',
    '夜间出行便利程度 |',
    '明显改善 |',
    '行业标准 |',
    '|||',
    '|',
    '满意度指标 |',
    '居民满意度 |',
    '≥92% |',
    '行业标准 |',
    '|||',
    '|',
    '财政部门审核意见 |',
    '|',
    '填表人: 某某 填报日期:',
  ].join('\n');

  it('reads every row under its two group levels, the unit from the value, 绩效标准 no value', () => {
    expect(read(form)).toEqual([
      ['产出指标 / 数量指标', '维护路灯盏数', '盏', '1200盏'],
      ['产出指标 / 数量指标', '巡查频次', '次/周', '≥2次/周'],
      ['产出指标 / 质量指标', '亮灯率', '%', '≥98%'],
      ['效益指标 / 社会效益指标', '夜间出行便利程度', '', '明显改善'],
      ['满意度指标', '居民满意度', '%', '≥92%'],
    ]);
  });

  it('makes no task of the form fields', () => {
    expect(tasks(form)).toEqual([]);
  });
});

describe('a 绩效目标 form a paragraph per cell', () => {
  const form = [
    '绩效目标申报表(产业发展类)',
    '',
    '项目名称',
    '',
    '南坡村茶叶加工厂建设',
    '',
    '绩效指标',
    '',
    '一级指标',
    '',
    '二级指标',
    '',
    '三级指标',
    '',
    '指标值',
    '',
    '产出指标',
    '',
    '数量指标',
    '',
    '新建厂房面积',
    '',
    '≥800平方米',
    '',
    '效益指标',
    '',
    '社会效益',
    '',
    '指标',
    '',
    '带动务工人数',
    '',
    '≥60人',
    '',
    '可持续影响',
    '',
    '指标',
    '',
    '设备使用年限',
    '',
    '≥10年',
    '',
    '注:请按实际填报。',
  ].join('\n');

  it('joins a group cell broken over two paragraphs and reads each row', () => {
    expect(read(form)).toEqual([
      ['产出指标 / 数量指标', '新建厂房面积', '平方米', '≥800平方米'],
      ['效益指标 / 社会效益指标', '带动务工人数', '人', '≥60人'],
      ['效益指标 / 可持续影响指标', '设备使用年限', '年', '≥10年'],
    ]);
  });
});

describe('a 绩效自评表 in `| a | b |` rows with a comparison column', () => {
  const form = [
    '2023年度项目支出绩效自评表 | 单位:某县第二小学 |',
    '| 项目名称 | 课后服务补助 | 主管部门 | 某县教育局 |',
    '| 年初预算数 | 全年执行数 | 分值 | 得分 |',
    '| 52.4 | 50.1 | 10 | 9 |',
    '| 年度 总体 目标 | 预期目标 | 实际完成情况 | 开展课后服务 | 已开展 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 参加学生人数 | ≧ | 410 | 人 | 428 | 20 | 20 |',
    '| 时效指标 | 补助发放及时率 | ═ | 100 | % | 100% | 20 | 20 |',
    '| 效益指标 | 社会效益 指标 | 家长接送负担 |',
    '| 减轻 |',
    '| 减轻 | 20 | 20 |',
    '| 满意度指标 | 服务对象满意度指标等 | 学生满意度 | ≧ | 90 | % | 96% | 20 | 18 |',
    '| 家长满意度 | ≧ | 90 | % | 95% | 20 | 19 |',
    '| 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 |',
  ].join('\n');

  it('joins the sign to its value, takes 度量单位 as the unit and leaves 实际完成值 alone', () => {
    expect(read(form)).toEqual([
      ['产出指标 / 数量指标', '参加学生人数', '人', '≧410'],
      ['产出指标 / 时效指标', '补助发放及时率', '%', '═100'],
      ['效益指标 / 社会效益指标', '家长接送负担', '', '减轻'],
      ['满意度指标 / 服务对象满意度指标等', '学生满意度', '%', '≧90'],
      ['满意度指标 / 服务对象满意度指标等', '家长满意度', '%', '≧90'],
    ]);
  });

  it('makes no task of the form fields, the budget figures or the closing row', () => {
    expect(tasks(form)).toEqual([]);
  });
});

describe('a 区域绩效目标表 `cell |`, the block label in the first row and a unit column', () => {
  const form = [
    '某区财政局关于下达2023年耕地地力保护补贴资金的通知',
    '附件',
    '耕地地力保护补贴资金区域绩效目标表 | ||||',
    '资金名称 |',
    '耕地地力保护补贴资金 | |||',
    '一级指标 |',
    '二级指标 |',
    '三级指标 |',
    '单位 |',
    '指标值 | |',
    '绩效指标 |',
    '产出指标 |',
    '数量指标 |',
    '补贴发放面积 |',
    '万亩 |',
    '≥12.5 |',
    '补贴农户数 |',
    '户 |',
    '≥3400 | |||',
    '质',
  ].join('\n');

  it('drops the block label, reads the unit column and stops where the page was cut', () => {
    expect(read(form)).toEqual([
      ['产出指标 / 数量指标', '补贴发放面积', '万亩', '≥12.5'],
      ['产出指标 / 数量指标', '补贴农户数', '户', '≥3400'],
    ]);
  });
});

describe('a page furniture line is no task', () => {
  it('lists the comment and vote widgets under a page as noise', () => {
    for (const line of ['- 全部留言', '- 评论', '- 有用()', '有用(3)', '- /']) expect(noiseReason(line)).not.toBeNull();
    expect(noiseReason('有用的经验做法要及时推广')).toBeNull();
  });
});

describe('a 序号 table one cell per line with an empty baseline left out', () => {
  it('takes a target in words between the unit and the 属性 for the target', () => {
    const text = ['表1 主要指标', '序号', '指标名称', '单位', '2020年', '2025年', '属性', '1', '粮食产量', '万吨', '52', '55', '约束性', '2', '农民人均收入', '元', '比2020年增长50%', '预期性', '3', '森林覆盖率', '%', '61', '63', '约束性'].join('\n');
    const rows = (parsePlanText(text).indicators ?? []).map((i) => [i.name, i.baseline.text, i.target.text]);
    expect(rows).toEqual([
      ['粮食产量', '52', '55'],
      ['农民人均收入', '', '比2020年增长50%'],
      ['森林覆盖率', '61', '63'],
    ]);
  });
});

describe('what the form reader leaves alone or skips', () => {
  it('reads the value under 指标值 of a full row, not the score before it', () => {
    const form = ['一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 评分标准 |', '产出指标 | 数量指标 | 培训人次 | 20 | ≥300人次 | 按比例扣分 |', '| 质量指标 | 培训合格率 | 15 | ≥95% | 按比例扣分 |'].join('\n');
    expect(findPerformanceForms(form.split('\n').map((text, n) => ({ line: n + 1, text }))).tables[0]?.rows.map((r) => r.cells.slice(2))).toEqual([
      ['培训人次', '人次', '≥300人次'],
      ['培训合格率', '%', '≥95%'],
    ]);
  });

  it('leaves a 考核 table with an owner column and no value column to the general readers', () => {
    const table = ['一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 责任单位 |', '党建工作 | 组织建设 | 支部标准化 | 5 | 未达标扣2分 | 区委组织部 |'].join('\n');
    expect(findPerformanceForms(table.split('\n').map((text, n) => ({ line: n + 1, text }))).tables).toEqual([]);
  });
});

describe('a page listing one form per project', () => {
  it('reads every form, each under its own header', () => {
    const form = (project: string, name: string, value: string): string[] => [
      `| 项目名称 | ${project} |`,
      '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
      `| 产出指标 | 数量指标 | ${name} | ${value} |`,
      '| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |',
      '| 财政部门审核意见 | |',
    ];
    const text = ['某镇2024年项目支出绩效目标表', ...form('道路养护', '养护里程', '≥35公里'), ...form('河道保洁', '保洁河道长度', '12公里')].join('\n');
    expect(read(text).map((r) => [r[1], r[3]])).toEqual([
      ['养护里程', '≥35公里'],
      ['群众满意度', '≥90%'],
      ['保洁河道长度', '12公里'],
      ['群众满意度', '≥90%'],
    ]);
    expect(tasks(text)).toEqual([]);
  });
});
