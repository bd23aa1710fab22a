// Layouts the third round of the real-document corpus (issue 15, test/corpus docs 30-60) taught the
// importer, each in a small made-up document of the shape real ones have. General rules, one by one.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { parseLeadVerbForm } from '../../shared/plan/lead-verbs.js';
import { splitDepartmentNames } from '../../shared/plan/department-names.js';
import { titleRowsInferred as rows } from '../helpers/plan-rows.js';

describe('tables flattened one cell per line, blank lines between cells', () => {
  it('reads 项目内容 / 当前进度 / 牵头单位 / 备注 as a table', () => {
    const text = '序号\n\n项目内容\n\n当前进度\n\n牵头单位\n\n备注\n\n1\n\n建设四好农村路55公里。\n\n95%\n\n县交通局\n\n县民生实事\n\n2\n\n完成农村公路大中修70公里。\n\n90%\n\n县交通局\n\n县民生实事';
    expect(rows(text)).toEqual([
      ['建设四好农村路55公里', ['县交通局'], [], false],
      ['完成农村公路大中修70公里', ['县交通局'], [], false],
    ]);
  });

  it('a 一、 group row with numbered rows after it stays inside the table', () => {
    const text = '序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n一、主要预期目标\n\n3\n\n固定资产投资增长7.5%左右。\n\n区发改委\n\n区工信局、区住建局。\n\n二、扩投资\n\n三、惠民生\n\n68\n\n推进学前教育普及普惠。\n\n区教育局\n\n区投资促进中心。';
    expect(rows(text)).toEqual([
      ['固定资产投资增长7.5%左右', ['区发改委'], ['区工信局', '区住建局'], false],
      ['推进学前教育普及普惠', ['区教育局'], ['区投资促进中心'], false],
    ]);
  });

  it('the next table (附件2 and its header) ends the first one', () => {
    const text = '附件1\n序号\n2022年预期目标\n责任单位\n1\n地区生产总值增长5.5%左右\n区发展改革委\n2\n节能减排降碳完成年度目标任务\n区发展改革委\n附件2\n序号\n工作任务\n牵头单位\n配合单位\n1\n建设科学城。\n区科技局\n区财政局';
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['地区生产总值增长5.5%左右', ['区发展改革委'], []],
      ['节能减排降碳完成年度目标任务', ['区发展改革委'], []],
      ['建设科学城', ['区科技局'], ['区财政局']],
    ]);
  });
});

describe('a 责任清单 with vertically merged cells, one cell per line', () => {
  it('a row under a merged 指标 cell takes the units above; units on consecutive lines are one cell', () => {
    const text = '序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n(单位)\n备注\n1\n公共文化服务\n免费开放服务人次增长15%。\n12月底前\n夏俊贵\n文化宣传股\n文化馆\n图书馆\n2\n开展好“三下乡”活动。\n3\n文化市场管理\n开展专项整治行动4次以上。\n执法大队\n4\n净化文化市场环境。';
    expect(rows(text).map(([title, leads, participants]) => [title, leads, participants])).toEqual([
      ['免费开放服务人次增长15%', ['文化宣传股'], ['文化馆', '图书馆']],
      ['开展好“三下乡”活动', ['文化宣传股'], ['文化馆', '图书馆']],
      ['开展专项整治行动4次以上', ['执法大队'], []],
      ['净化文化市场环境', ['执法大队'], []],
    ]);
  });
});

describe("tables one row per line ('a | b |')", () => {
  it('an unnumbered row under a merged 序号 cell is a task of its own, with the merged unit', () => {
    const text = '序号 | 项目内容 | 进展情况 | 责任单位 |\n2 | 新建成成长驿站7家。 | 新建13家。 | 卫生健康局 |\n新增托位500个。 | 新增600个。 | ||\n3 | 实施农村公路大中修100公里。 | 完成50公里。 | 交通运输局 |\n打通城市断头路6条。 | 新建6处路桥。';
    expect(rows(text).map(([title, leads]) => [title, leads])).toEqual([
      ['新建成成长驿站7家', ['卫生健康局']],
      ['新增托位500个', ['卫生健康局']],
      ['实施农村公路大中修100公里', ['交通运输局']],
      ['打通城市断头路6条', ['交通运输局']],
    ]);
  });

  it('a repost that turned wide spaces into ? still reads (牵头单位? |)', () => {
    const text = '序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |\n1? | 建设创新策源地。? | 祝振伟? 陈夏林? | 未来科技城(海创园)? |\n2? | 对标国家级高新区。? | 沈 ?昱? | 经济技术开发区? |';
    expect(rows(text).map(([title, leads]) => [title, leads])).toEqual([
      ['建设创新策源地', ['未来科技城(海创园)']],
      ['对标国家级高新区', ['经济技术开发区']],
    ]);
  });
});

describe('responsibility clauses', () => {
  it('黄埔区、南沙区政府: a bare place takes its sibling\'s 政府', () => {
    expect(splitDepartmentNames('市卫生健康委,荔湾区、黄埔区政府')).toEqual(['市卫生健康委', '荔湾区政府', '黄埔区政府']);
    expect(splitDepartmentNames('各区、市发展改革委')).toEqual(['各区', '市发展改革委']);
  });

  it('排名第一位为牵头单位 riding in a plain list: the first unit leads, not a guess', () => {
    expect(rows('(一)健全管理体制。建立完善市统筹的管理体制。(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)')).toEqual([
      ['健全管理体制', ['市教育局'], ['市委农办', '各县<市、区>人民政府'], false],
    ]);
  });

  it('officials in charge before the units are left out; a bracket cut off keeps its lead', () => {
    expect(parseLeadVerbForm('分管副省长、协管副秘书长负责,省发展改革委牵头,省统计局配合')).toMatchObject({ leads: ['省发展改革委'], participants: ['省统计局'] });
    const plan = parsePlanText('(一)总体要求:稳中求进。\n主要预期目标:经济增长7.5%。(分管副省长负责,省发展改革委牵头,省工业和信息化厅、省');
    expect(plan.tasks.map((t) => t.leads)).toEqual([['省发展改革委']]);
  });
});

describe('indicator tables', () => {
  it("reads a 'cell |' indicator table with a 年均增长(%) column beside the years", () => {
    const text = '专栏2 主要指标简表 |\n||||\n具体指标 |\n2010年 |\n2015年 |\n年均增长(%) |\n属性 |\n中医医院床位数(万张) |\n47.1 |\n69.2 |\n8 |\n预期性 |\n中医医院病床使用率(%) |\n84 |\n94 |\n— |\n预期性 |';
    const plan = parsePlanText(text);
    expect(plan.indicators?.map((i) => [i.name, i.unit, i.baseline.text, i.target.text, i.attribute])).toEqual([
      ['中医医院床位数', '万张', '47.1', '69.2', 'expected'],
      ['中医医院病床使用率', '%', '84', '94', 'expected'],
    ]);
  });
});

describe('other shapes of a task on a page', () => {
  it("one task printed as a form of '标签: | 值 |' lines", () => {
    const text = '重点工作: | 135.统筹违法建设治理与城市更新。 |\n牵头单位: | 市城市管理综合执法局 |\n年度阶段性工作目标: | 第一季度:印发工作方案。 |\n进展情况: |\n已完成。 |';
    expect(rows(text).map(([title, leads]) => [title, leads])).toEqual([['统筹违法建设治理与城市更新', ['市城市管理综合执法局']]]);
  });

  it('a table whose header and cells are separated by spaces only, with no unit column', () => {
    const plan = parsePlanText('序号  目标任务 三季度 推进情况\n2 加强控辍保学动态管理。 开展查缺补漏。 开展了大排查。\n1.8月19日集中排查。\n131 加大普惠性幼儿园扶持力度。 督促加快进度。 完成新建幼儿园。');
    expect(plan.tasks.map((t) => [t.code, t.title, t.leads])).toEqual([
      ['2', '加强控辍保学动态管理', []],
      ['131', '加大普惠性幼儿园扶持力度', []],
    ]);
  });

  it('group headings across a table before its numbered rows are sections; a bulleted page panel is noise', () => {
    const plan = parsePlanText('• 索引号:MB0X06621Y/2021-1800955\n• 公开日期:2021-03-22\n序号\n重点工作\n牵头单位\n配合单位\n强化科技创新支撑能力。\n(一)\n加强战略科技力量建设。\n1\n加快建设科技创新轴。\n市科技局\n黄埔区、南沙区政府');
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([['加快建设科技创新轴', ['市科技局'], ['黄埔区政府', '南沙区政府']]]);
    expect(plan.unplaced.filter((u) => u.kind === 'noise')).toHaveLength(2);
  });
});
