// Responsibility written without brackets or labels (issue 15, layouts 2 and 5): the phrasings the
// issue lists, at the end of a task's line or on a line of their own; a unit that notes its own role in
// a 责任单位 list; a carry-forward note that names no unit of its own task. Made-up documents in the
// shapes real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { isDepartmentLike } from '../../shared/plan/unit-names.js';
import { titleRowsInferred as rows } from '../helpers/plan-rows.js';

describe('role verbs with no bracket and no label', () => {
  it('reads each phrasing after the task, on its line or the next', () => {
    const text = [
      '某县2024年重点工作任务分解方案',
      '1.开展招商引资活动。县商务局牵头,县财政局、县税务局配合。',
      '2.加强人才引进。',
      '由县人社局会同县教育局负责。',
      '3.优化营商环境。县发改局、县市场监管局按职责分工负责。',
      '4.推进乡村振兴,县农业农村局牵头落实。',
      '5.抓好安全生产。',
      '县应急局、县公安局、县交通局分别牵头落实。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['开展招商引资活动', ['县商务局'], ['县财政局', '县税务局'], false],
      ['加强人才引进', ['县人社局', '县教育局'], [], false],
      ['优化营商环境', ['县发改局', '县市场监管局'], [], false],
      ['推进乡村振兴', ['县农业农村局'], [], false],
      ['抓好安全生产', ['县应急局', '县公安局', '县交通局'], [], false],
    ]);
    // Nothing of the sentence stays behind in the task's content, not even its full stop.
    expect(parsePlanText(text).tasks.map((t) => t.content)).toEqual(['', '', '', '', '']);
  });

  it('leaves prose that only mentions a unit alone', () => {
    const text = '1.办好职业技能大赛,由市人社局组织各县区参赛。\n2.建设人才公寓,解决引进人才住房问题,各县区配合做好房源筹集工作。';
    expect(rows(text).map(([, leads, participants]) => [leads, participants])).toEqual([
      [[], []],
      [[], []],
    ]);
  });
});

describe('every place of a level, with a note', () => {
  it('各镇(街道) and 各县(市、区) are units in a role wording, so the clause is read', () => {
    const text = '1.新建照护驿站7家。(卫生健康局牵头,财政局、各镇(街道)配合)\n2.新建公园3个。(住建局牵头,各县(市、区)配合)';
    expect(rows(text)).toEqual([
      ['新建照护驿站7家', ['卫生健康局'], ['财政局', '各镇(街道)'], false],
      ['新建公园3个', ['住建局'], ['各县(市、区)'], false],
    ]);
  });
});

describe('a unit that notes its own role', () => {
  it('责任单位:X(牵头)、Y makes X the written lead and Y a participant', () => {
    const text = '1.推进河湖长制。\n责任单位:市水利局(牵头)、市生态环境局、市农业农村局\n2.建设美丽河湖。责任单位:市水利局、市住建局(牵头)';
    expect(rows(text)).toEqual([
      ['推进河湖长制', ['市水利局'], ['市生态环境局', '市农业农村局'], false],
      ['建设美丽河湖', ['市住建局'], ['市水利局'], false],
    ]);
  });
});

describe('a unit that notes its own role in a table cell', () => {
  it('a 责任单位 column with X(牵头) leads X, written, whatever its place in the cell', () => {
    const text = ['某市民生实事分解表', '序号 | 实事项目 | 责任单位 | 完成时间 |', '1 | 改造老旧小区50个 | 各区政府、市住建局(牵头) | 2021年12月 |', '2 | 新建菜市场20个 | 市商务局、各区政府 | 2021年底 |'].join('\n');
    expect(rows(text)).toEqual([
      ['改造老旧小区50个', ['市住建局'], ['各区政府'], false],
      ['新建菜市场20个', ['市商务局'], ['各区政府'], true],
    ]);
  });
});

describe('a carry-forward note inside the bracket', () => {
  it('adds its unit to this task and later ones, and its words are no unit', () => {
    const text = '1.完成造林1万亩。(责任单位:市林业局、市自然资源局,以下均需各县市区落实,不再逐一列出)\n2.推进林长制。(责任单位:市林业局)';
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => t.participants)).toEqual([
      ['市自然资源局', '各县市区'],
      ['各县市区'],
    ]);
    expect(parsePlanText(text).unplaced.map((u) => u.reason).join('\n')).not.toMatch(/不再逐一列出/);
  });
});

describe('a short task that ends like a unit', () => {
  it('a count with its measure word, or a work verb before a longer name, is no unit; short names stay units', () => {
    expect(['建成投用中小学3所', '完成县应急广播指挥中心', '新建社区卫生服务中心', '改造农贸市场5个'].filter(isDepartmentLike)).toEqual([]);
    expect(['建设局', '推进办', '市110指挥中心', '县建设工程质量监督站', '区创建办'].every(isDepartmentLike)).toBe(true);
  });
});

describe('a table with cells separated by wide gaps', () => {
  it('keeps single spaces inside a cell when the wide gaps give the header its count', () => {
    const text = ['某市2021年重点任务分解表', '序号  重点任务  牵头单位  配合单位  完成时限', '1  推进垃圾分类  市城管局  市生态环境局 各区政府  2021年12月', '2  建设海绵城市  市住建局  市水务局  2021年12月'].join('\n');
    expect(rows(text)).toEqual([
      ['推进垃圾分类', ['市城管局'], ['市生态环境局', '各区政府'], false],
      ['建设海绵城市', ['市住建局'], ['市水务局'], false],
    ]);
  });
});

describe('a person before 牵头', () => {
  it('is read and flagged for the user to confirm, and the units after it are kept', () => {
    const plan = parsePlanText('1.开展招商引资活动(张三牵头,县财政局、县税务局配合)');
    expect(rows('1.开展招商引资活动(张三牵头,县财政局、县税务局配合)')).toEqual([['开展招商引资活动', ['张三'], ['县财政局', '县税务局'], false]]);
    expect(plan.unplaced.map((u) => u.reason).join('\n')).toContain('“张三”像是人名,不是单位,请确认');
  });
});

describe('a bordered | table with a cell over two lines', () => {
  it('joins the row the bar did not close with the line that opens none', () => {
    const text = [
      '某区2024年重点工作任务分解表',
      '| 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |',
      '| 1 | 新建学校3所 | 区教育局 | 区住建局、',
      '区自然资源局 | 2024年9月 |',
      '| 2 | 建设社区食堂 | 区民政局 | 各街道 | 2024年12月 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建学校3所', ['区教育局'], ['区住建局', '区自然资源局'], false],
      ['建设社区食堂', ['区民政局'], ['各街道'], false],
    ]);
  });
});

describe('a deadline inside a role-verb bracket', () => {
  it('does not stop the bracket naming its units', () => {
    expect(rows('1.压减企业开办时间至1个工作日以内。(市市场监管局牵头,市税务局、市人社局配合,2024年底前完成)')).toEqual([
      ['压减企业开办时间至1个工作日以内', ['市市场监管局'], ['市税务局', '市人社局'], false],
    ]);
  });
});

describe('role verbs inside a table cell', () => {
  it('a 责任单位 cell written X牵头,A、B配合 leads X, written', () => {
    const text = ['某县2023年重点任务责任清单', '序号', '重点任务', '责任单位', '完成时限', '1', '加强人才引进', '县人社局牵头,县教育局、县卫健局配合', '2023年12月', '2', '优化营商环境', '县行政审批局', '持续推进'].join('\n');
    expect(rows(text)).toEqual([
      ['加强人才引进', ['县人社局'], ['县教育局', '县卫健局'], false],
      ['优化营商环境', ['县行政审批局'], [], true],
    ]);
  });
});
