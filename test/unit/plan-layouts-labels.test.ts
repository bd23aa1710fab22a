// Role words and headings in prose that the held-out shelf showed misread (branch labels26), each written with
// made-up content in the shape the page had.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('a 承办 label beside other role labels', () => {
  it('reads 承办:X as the lead and the 责任单位 list after it as taking part', () => {
    const text = ['三、会场布置', '会场按统一方案布置,展板、灯光和音响提前调试。', '承办:组委会会务组', '责任单位:县住建局、县供电公司、县城管局'].join('\n');
    expect(read(text)).toEqual([['会场布置', ['组委会会务组'], ['县住建局', '县供电公司', '县城管局']]]);
  });

  it('reads the label typed with a space inside (`承 办:`)', () => {
    const text = ['1.做好嘉宾接待。', '承 办:大会接待处', '责任单位:区文旅局、区交通局'].join('\n');
    expect(read(text)).toEqual([['做好嘉宾接待', ['大会接待处'], ['区文旅局', '区交通局']]]);
  });

  it('puts 协办 units before the 责任单位 list, both taking part', () => {
    const text = ['1.做好嘉宾接待。', '承办单位:大会接待处', '协办单位:大会秘书处、后勤处', '责任单位:区文旅局、区交通局'].join('\n');
    expect(read(text)).toEqual([['做好嘉宾接待', ['大会接待处'], ['大会秘书处', '后勤处', '区文旅局', '区交通局']]]);
  });

  it('keeps a 承办单位 list alone a bare list (its first unit leads by inference)', () => {
    const plan = parsePlanText(['1.做好嘉宾接待。', '承办单位:区文旅局、区交通局'].join('\n'));
    expect(plan.tasks.map((t) => [t.leads, t.participants, t.isLeadInferred])).toEqual([[['区文旅局'], ['区交通局'], true]]);
  });
});

describe('a heading over one unnumbered paragraph and its label lines', () => {
  const text = [
    '三、环境整治',
    '活动期间,主要道路和场馆周边做到整洁有序,重点路段增设临时保洁岗。',
    '牵头单位:县城管局',
    '配合单位:县住建局、各乡镇政府',
    '四、医疗保障',
    '在主会场和分会场设立医疗点,安排救护车辆现场待命。',
    '牵头单位:县卫健局',
    '配合单位:县红十字会',
    '五、后勤服务',
    '统一安排食宿和车辆。',
    '牵头单位:县机关事务中心',
  ].join('\n');

  it('titles each task by its heading, the paragraph being its content', () => {
    expect(read(text)).toEqual([
      ['环境整治', ['县城管局'], ['县住建局', '各乡镇政府']],
      ['医疗保障', ['县卫健局'], ['县红十字会']],
      ['后勤服务', ['县机关事务中心'], []],
    ]);
    expect(parsePlanText(text).tasks[0]?.content).toContain('重点路段增设临时保洁岗');
  });

  it('does so when the heading has two paragraphs before its labels', () => {
    const two = text.replace('统一安排食宿和车辆。', '统一安排食宿和车辆。\n食宿标准按有关规定执行。');
    expect(read(two).map((t) => t[0])).toEqual(['环境整治', '医疗保障', '后勤服务']);
  });

  it('still numbers unnumbered items when a heading has several of them', () => {
    const digest = [
      '一、重点项目',
      '城东污水处理厂扩建工程',
      '责任单位:县水务局',
      '城西停车场建设工程',
      '责任单位:县住建局',
      '二、民生实事',
      '老旧小区加装电梯',
      '责任单位:县住建局',
      '社区食堂建设',
      '责任单位:县民政局',
    ].join('\n');
    expect(read(digest).map((t) => t[0])).toEqual(['城东污水处理厂扩建工程', '城西停车场建设工程', '老旧小区加装电梯', '社区食堂建设']);
  });
});

describe('an item opened by kinds of department that each answer for their part', () => {
  it('reads `A、B、C等部门,要各负其责,…` as co-leads, titled by the words after them', () => {
    const text = ['(一)校园安全专项整治,由教育部门负责,有关部门配合。排查隐患。', '(二)交通、住建、城管等部门,要各负其责,切实加强施工路段的安全管理,及时消除隐患。'].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks[1]?.leads).toEqual(['交通部门', '住建部门', '城管部门']);
    expect(tasks[1]?.participants).toEqual([]);
    expect(tasks[1]?.isLeadInferred).toBe(false);
    expect(tasks[1]?.title.startsWith('要各负其责')).toBe(true);
  });

  it('reads named units that each answer for their part as co-leads (`A、B要各负其责`)', () => {
    const text = ['1.加强汛期巡查。', '2.县水务局、县自然资源局要各负其责,做好河道和地质灾害点巡查。'].join('\n');
    expect(read(text)[1]?.slice(1)).toEqual([['县水务局', '县自然资源局'], []]);
  });

  it('reads 各负其责 after a list in a bracket, a closing sentence or a 责任单位 label as co-leads', () => {
    const text = [
      '1.整治河道垃圾。(区水务局、区城管局各负其责)',
      '2.规范夜市经营。区商务局、区市场监管局各司其职。',
      '3.排查燃气隐患。(责任单位:区住建局、区应急局各负其责,各街道配合)',
    ].join('\n');
    expect(read(text).map((t) => t.slice(1))).toEqual([
      [['区水务局', '区城管局'], []],
      [['区商务局', '区市场监管局'], []],
      [['区住建局', '区应急局'], ['各街道']],
    ]);
  });

  it('keeps the last kind of a `…、教育等部门` list a 部门 as the others', () => {
    expect(read('1.加强校园周边食品安全监管。(市场监管、卫生、教育等部门负责)')[0]?.slice(1)).toEqual([['市场监管部门'], ['卫生部门', '教育部门']]);
  });
});

describe('a unit column named two ways, one of them the lead', () => {
  it('reads every unit under `责任单位或牵头单位` as a lead', () => {
    const text = [
      '序号 | 工作任务 | 牵头单位或责任单位 | 协助单位 | 完成时限 |',
      '1 | 完成老旧小区雨污分流改造12个。 | 区住建局、区城管局 | 各街道办事处 | 2025年10月底前 |',
      '2 | 新建社区养老服务站3处。 | 区民政局 | 区卫健局 | 2025年12月底前 |',
    ].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.leads, t.participants, t.isLeadInferred])).toEqual([
      [['区住建局', '区城管局'], ['各街道办事处'], false],
      [['区民政局'], ['区卫健局'], false],
    ]);
  });

  it('keeps a 承办 label beside a 牵头 label a bare list that takes part', () => {
    expect(read(['1.办好开幕式。', '牵头单位:县文旅局', '承办单位:县文化馆、县体育中心'].join('\n'))).toEqual([['办好开幕式', ['县文旅局'], ['县文化馆', '县体育中心']]]);
  });
});

describe('a digest of unnumbered items cut off inside its next item', () => {
  it('reads the last line after a block of fields, stopped at a comma, as the cut item', () => {
    const text = [
      '城区新增公共停车位3000个。',
      '分管领导:王明',
      '责任单位:县交通运输局',
      '完成时限:10月底前',
      '改造提升农贸市场5个。',
      '分管领导:李华',
      '责任单位:县商务局',
      '完成时限:12月底前',
      '新建城市书房8处,',
    ].join('\n');
    expect(read(text).map((t) => t[0])).toEqual(['城区新增公共停车位3000个', '改造提升农贸市场5个', '新建城市书房8处']);
  });
});
