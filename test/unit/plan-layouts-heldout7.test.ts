// Layouts the seventh held-out batch of task documents (281-288 of the real-document corpus, issue 15,
// brief H-heldout7) showed when scored before any change, and the shapes its keys drew into the layout
// matrix: general rules, each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { looksLikeUnit } from '../../shared/plan/target.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma (the reader keeps a title's clause), leads and participants. */
const rows = clauseRows(/[,,]/);

describe("a site's information panel printed as a numbered list of bracketed fields", () => {
  it('takes `1. [索引号] …` / `2. [发文机关] …` for the page panel, not for tasks', () => {
    const text = [
      '政策文件',
      '  1. [索引号] 000014349/2019-00012',
      '  2. [发文机关] 某某县人民政府办公室',
      '  3. [成文日期] 2019-03-02',
      '  4. [有效性] 有效',
      '  5. [文件来源] 县政府公报',
      '某某县2019年民生工作任务分工',
      '  1.完善城乡医疗救助制度,提高救助标准。',
      '  牵头单位:县医保局',
      '  责任单位:县民政局、县财政局',
      '  2.推进农村饮水安全巩固提升工程。',
      '  牵头单位:县水务局',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['完善城乡医疗救助制度', ['县医保局'], ['县民政局', '县财政局']],
      ['推进农村饮水安全巩固提升工程', ['县水务局'], []],
    ]);
  });

  it('keeps a task whose text opens with a bracketed tag that is no panel field (`【民生实事】`)', () => {
    const text = ['1.【民生实事】新建城区公办幼儿园两所。(县教育局牵头,县住建局配合)', '2.【民生实事】改造农贸市场三个。(县商务局牵头)'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['县教育局'], ['县商务局']]);
  });
});

describe('a table one cell per paragraph whose 序号 column the page printed empty', () => {
  const table = (last: string): string =>
    [
      '附件',
      '2021年度县政府重点工作任务分解表',
      '序号',
      '',
      '目标与任务',
      '',
      '牵头责任单位',
      '',
      '责任单位',
      '',
      '加快推进城乡供水一体化,新建改造供水管网二百公里。',
      '',
      '县水务局',
      '',
      '各乡镇人民政府、县自来水公司',
      '',
      '深入开展农村人居环境整治,完成改厕五千户。',
      '',
      '县农业农村局',
      '',
      '各乡镇人民政府',
      '',
      last,
    ].join('\n');

  it('reads three cells a row: task, lead, the other units', () => {
    expect(rows(table('推进全域旅游示范区创建。\n\n县文旅局\n\n各乡镇人民政府'))).toEqual([
      ['加快推进城乡供水一体化', ['县水务局'], ['各乡镇人民政府', '县自来水公司']],
      ['深入开展农村人居环境整治', ['县农业农村局'], ['各乡镇人民政府']],
      ['推进全域旅游示范区创建', ['县文旅局'], ['各乡镇人民政府']],
    ]);
  });

  it('keeps the last row the page cut inside its task cell as a task with no unit', () => {
    const got = rows(table('推进全域旅游、智慧旅游、乡村旅游、研学旅'));
    expect(got).toHaveLength(3);
    expect(got[2]?.[0].startsWith('推进全域旅游')).toBe(true);
    expect(got[2]?.[1]).toEqual([]);
  });

  it('still sets a note under the table aside (`注:…。`), whole and labelled', () => {
    const got = rows(table('注:各单位每季度末报送进展情况。'));
    expect(got).toHaveLength(2);
  });
});

describe('(probed) the same table with a row short of its 责任单位 cell, and with group rows', () => {
  const header = ['附件', '重点工作任务分解表', '序号', '目标与任务', '牵头责任单位', '责任单位'];

  it('opens a row at each task cell, so an empty 责任单位 cell costs no later row', () => {
    const text = [...header, '实施老旧小区改造四十个。', '区住建局', '各街道办事处', '新建社区食堂十个。', '区民政局', '开展全民健身赛事二十场。', '区体育局', '区教育局、各街道办事处'].join('\n');
    expect(rows(text)).toEqual([
      ['实施老旧小区改造四十个', ['区住建局'], ['各街道办事处']],
      ['新建社区食堂十个', ['区民政局'], []],
      ['开展全民健身赛事二十场', ['区体育局'], ['区教育局', '各街道办事处']],
    ]);
  });

  it('reads `一、…` between the rows as a group row, not as the end of the table', () => {
    const text = [...header, '一、城市更新', '实施老旧小区改造四十个。', '区住建局', '各街道办事处', '二、民生保障', '新建社区食堂十个。', '区民政局', '区财政局'].join('\n');
    expect(rows(text)).toEqual([
      ['实施老旧小区改造四十个', ['区住建局'], ['各街道办事处']],
      ['新建社区食堂十个', ['区民政局'], ['区财政局']],
    ]);
  });
});

describe('a group heading naming two lead units: `一、A、B牵头的重点工作(3项)`', () => {
  it('gives each item both units as co-leads, not one name joined by 、', () => {
    const text = [
      '2024年区政府重点工作分工',
      '一、区卫健委、区医保局牵头的重点工作(2项)',
      '1.推进紧密型医共体建设。',
      '2.扩大家庭医生签约服务覆盖面。',
      '二、区教育局牵头工作(1项)',
      '3.新建中小学校两所。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['推进紧密型医共体建设', ['区卫健委', '区医保局'], []],
      ['扩大家庭医生签约服务覆盖面', ['区卫健委', '区医保局'], []],
      ['新建中小学校两所', ['区教育局'], []],
    ]);
  });
});

describe('items run into one line where an item opens with a year: `…(A)3.2023年…(B)`', () => {
  it('cuts at `3.2023年` as at any other item number', () => {
    const text = '某镇2023年重点工作\n1.实施集镇污水管网改造(镇建设办、镇财政所)2.推进高标准农田建设(镇农业服务中心)3.2023年完成危房改造四十户(镇建设办)4.新建村级养老服务站三个(镇民政办)';
    expect(rows(text)).toEqual([
      ['实施集镇污水管网改造', ['镇建设办'], ['镇财政所']],
      ['推进高标准农田建设', ['镇农业服务中心'], []],
      ['2023年完成危房改造四十户', ['镇建设办'], []],
      ['新建村级养老服务站三个', ['镇民政办'], []],
    ]);
  });

  it('leaves a decimal alone: `增长3.5%` is no item 3', () => {
    const text = '1.工业增加值增长3.5%以上(区工信局)2.新增市场主体两千户(区市场监管局)';
    expect(rows(text).map((r) => r[0])).toEqual(['工业增加值增长3.5%以上', '新增市场主体两千户']);
  });
});

describe('a sub-list whose first item follows its parent title on the same line, the rest on lines of their own', () => {
  it('reads (1), (2), (3) as the tasks under the title, each with its own units', () => {
    const text = [
      '某市优化营商环境实施意见',
      '一、提升政务服务效能',
      '1.深化工程建设项目审批改革。(1)推行联合审图和联合验收,压减审批时限。(市住建局牵头负责)',
      '(2)推进施工许可告知承诺制,扩大适用范围。(市行政审批局牵头负责)',
      '(3)建设项目全流程在线审批平台。(市数据局负责)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['推行联合审图和联合验收', ['市住建局'], []],
      ['推进施工许可告知承诺制', ['市行政审批局'], []],
      ['建设项目全流程在线审批平台', ['市数据局'], []],
    ]);
  });
});

describe('an energy or yield unit: 吨标准煤/万元, 万吨标煤, 公斤/亩', () => {
  it('is a unit', () => {
    expect(['吨标准煤/万元', '万吨标煤', '公斤/亩', '吨标准煤'].map(looksLikeUnit)).toEqual([true, true, true, true]);
    expect(['标准煤', '煤炭消费量'].map(looksLikeUnit)).toEqual([false, false]);
  });

  it('anchors a row whose baseline the page left out, so its one figure is the target', () => {
    const text = [
      '某县“十四五”节能规划',
      '表1 主要指标',
      '序号',
      '指标',
      '单位',
      '2020年',
      '2025年',
      '属性',
      '1',
      '规上工业企业数',
      '家',
      '120',
      '150',
      '预期性',
      '2',
      '单位地区生产总值能耗',
      '吨标准煤/万元',
      '≤0.52',
      '约束性',
      '3',
      '粮食单产',
      '公斤/亩',
      '≥420',
      '预期性',
    ].join('\n');
    const got = (parsePlanText(text).indicators ?? []).map((i) => [i.name, i.unit, i.baseline.text, i.target.text]);
    expect(got).toEqual([
      ['规上工业企业数', '家', '120', '150'],
      ['单位地区生产总值能耗', '吨标准煤/万元', '', '≤0.52'],
      ['粮食单产', '公斤/亩', '', '≥420'],
    ]);
  });
});
