// Shapes of the held-out shelf's batches heldout38/39 (branch clauses42), each written with made-up content in the
// shape the page had.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { splitUnitList } from '../../shared/plan/unit-names.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('a bracket whose units 分工负责 (share the work out), with or without a 牵头 clause before them', () => {
  const text = [
    '二、重点任务',
    '11.实施120个县级重点项目,完成年度投资80亿元。(县发展改革局牵头,各镇人民政府、县政府有关工作部门分工负责)',
    '12.加快城区路网和停车场建设。(县住房城乡建设局、县交通运输局牵头,有关镇人民政府分工负责)',
    '13.推进农村电网升级改造,完成10千伏线路改造40公里。(城关镇人民政府、县供电公司、县能源局、县财政局分工负责)',
    '14.加强校园周边食品安全监管。(县市场监管局牵头,县教育局、县公安局、县卫生健康局分工负责)',
  ].join('\n');

  it('reads the 牵头 units as leads and the 分工负责 units as taking part; with no 牵头 word every unit leads', () => {
    expect(read(text).map((t) => [t[1], t[2]])).toEqual([
      [['县发展改革局'], ['各镇人民政府', '县政府有关工作部门']],
      [['县住房城乡建设局', '县交通运输局'], ['有关镇人民政府']],
      [['城关镇人民政府', '县供电公司', '县能源局', '县财政局'], []],
      [['县市场监管局'], ['县教育局', '县公安局', '县卫生健康局']],
    ]);
    expect(parsePlanText(text).tasks[2]?.isLeadInferred).toBe(false);
  });

  it('never keeps 分工 in a unit name', () => {
    const units = parsePlanText(text).tasks.flatMap((t) => [...t.leads, ...t.participants]);
    expect(units.filter((u) => u.includes('分工'))).toEqual([]);
  });

  it('reads a 责任单位 label whose list ends in 分工负责 as every unit leading', () => {
    const labelled = ['1.完成老旧管网改造30公里。', '责任单位:区水务局、区住房城乡建设局分工负责'].join('\n');
    expect(read(labelled).map((t) => [t[1], t[2]])).toEqual([[['区水务局', '区住房城乡建设局'], []]]);
  });

  it('keeps a 相关/有关 group of kinds sharing one 部门 as one unit after the lead', () => {
    const group = '7.督促各地公开举报电话和信箱。(县应急管理局牵头,有关行业、领域主管部门分工负责)';
    expect(read(group).map((t) => [t[1], t[2]])).toEqual([[['县应急管理局'], ['有关行业、领域主管部门']]]);
    expect(splitUnitList('各相关行业、领域监管单位')).toEqual(['各相关行业、领域监管单位']);
    expect(splitUnitList('有关部门、有关直属单位')).toEqual(['有关部门', '有关直属单位']);
    expect(splitUnitList('相关街道、区级相关部门')).toEqual(['相关街道', '区级相关部门']);
    expect(splitUnitList('有关乡镇、县直有关单位')).toEqual(['有关乡镇', '县直有关单位']);
    expect(splitUnitList('公安、交通部门')).toEqual(['公安部门', '交通部门']);
  });
});

describe('numbered prose items whose paragraph shares the work out clause by clause, each clause with a unit for subject', () => {
  const text = [
    '1.完成高标准农田建设5万亩。(县农业农村局牵头,县财政局配合)',
    '2.新建小型水利工程20处。(县水利局负责)',
    '二、做好验收准备',
    '(一)全面梳理近三年各项指标的完成情况。',
    '各有关单位要在6月底前完成指标数据的核对和归档,并报验收办。',
    '(二)认真撰写各专项自评报告。',
    '县农业农村局负责撰写高标准农田建设自评报告;县水利局会同县财政局负责撰写小型水利工程自评报告;城南镇人民政府负责撰写示范片区自评报告。以上报告于7月15日前报验收办。',
    '(三)验收办汇总整理自评材料,9月份县政府向省里提交验收申请。',
  ].join('\n');

  it('reads the item as a task led by every unit a clause opens with, a 会同 unit taking part', () => {
    expect(read(text).slice(3)).toEqual([
      ['认真撰写各专项自评报告', ['县农业农村局', '县水利局', '城南镇人民政府'], ['县财政局']],
      ['验收办汇总整理自评材料,9月份县政府向省里提交验收申请', ['验收办', '县政府'], []],
    ]);
    expect(read(text)[2]?.[0]).toBe('全面梳理近三年各项指标的完成情况');
  });

  it('reads no task from an item whose paragraph names one unit after its title', () => {
    const one = [
      '1.完成高标准农田建设5万亩。(县农业农村局牵头,县财政局配合)',
      '二、有关要求',
      '(一)加强统筹协调。',
      '县农业农村局负责统筹全县验收工作,各乡镇要积极配合。',
      '(二)验收办汇总整理自评材料。',
    ].join('\n');
    expect(read(one).map((t) => t[0])).toEqual(['完成高标准农田建设5万亩']);
  });
});

describe('unnumbered measure paragraphs under one section heading, each closing with its own bracket', () => {
  const text = [
    '某县人民政府关于落实重点工作部门分工的意见',
    '各乡镇人民政府,县政府各部门:',
    '现就今年重点工作提出部门分工意见如下。',
    '一、着力稳定经济增长',
    '切实抓好重大项目建设。加快推进一批交通、水利项目,全年完成投资50亿元。(县发展改革局牵头)',
    '加强政银企合作,引导金融机构加大信贷投放,支持小微企业融资。(县金融办牵头,县农商银行配合)',
    '二、推进城乡统筹发展',
    '加快城镇化建设,完善城区供水、排水等基础设施。(县住房城乡建设局牵头)',
    '深化户籍制度改革,推动农业转移人口在城镇落户,落实居住证制度,保障随迁子女',
  ].join('\n');

  it('reads each paragraph as a task of its own, titled by its first sentence, the page\'s cut last paragraph too', () => {
    expect(read(text)).toEqual([
      ['切实抓好重大项目建设', ['县发展改革局'], []],
      ['加强政银企合作,引导金融机构加大信贷投放,支持小微企业融资', ['县金融办'], ['县农商银行']],
      ['加快城镇化建设,完善城区供水、排水等基础设施', ['县住房城乡建设局'], []],
      ['深化户籍制度改革,推动农业转移人口在城镇落户,落实居住证制度,保障随迁子女', [], []],
    ]);
  });

  it('leaves a section alone when a paragraph under it closes with no bracket', () => {
    const intro = [
      '一、着力稳定经济增长',
      '今年要把稳增长放在更加突出的位置,确保经济运行在合理区间。',
      '切实抓好重大项目建设。加快推进一批交通、水利项目,全年完成投资50亿元。(县发展改革局牵头)',
      '加强政银企合作,引导金融机构加大信贷投放,支持小微企业融资。(县金融办牵头,县农商银行配合)',
    ].join('\n');
    expect(read(intro).map((t) => t[0])).toEqual(['着力稳定经济增长']);
  });
});

