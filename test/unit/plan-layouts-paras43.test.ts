// Shapes of the held-out batches heldout40/41 (branch paras43), each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const tasksOf = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('a generic group with 和 inside', () => {
  it('keeps `有关部门和单位` whole, and still splits 和 between two named units', () => {
    const text = [
      '关于做好民生工作的通知',
      '1.提高住房保障水平。改造老旧小区。(责任单位:各县(市、区)、市直相关部门和单位)',
      '2.加强农村供水保障。新建水厂两座。(责任单位:市水务局和市财政局)',
      '3.改善城乡电网。改造线路。(责任单位:县供电公司、各有关单位和部门)',
    ].join('\n');
    expect(tasksOf(text)).toEqual([
      ['提高住房保障水平', ['各县(市、区)'], ['市直相关部门和单位']],
      ['加强农村供水保障', ['市水务局'], ['市财政局']],
      ['改善城乡电网', ['县供电公司'], ['各有关单位和部门']],
    ]);
  });
});

describe('duty sentences run together, each opened by its unit and a comma', () => {
  it('reads each sentence of a paragraph as a task led by its unit', () => {
    const text = [
      '关于美丽乡村建设的实施方案',
      '四、部门职责',
      '[续前页] 住建部门,负责农房改造和村庄规划。 卫生部门,负责村卫生室建设,落实基本公共卫生服务。 林业部门,指导村庄绿化,配合做好古树保护。 民政部门,负责农村养老服务。',
    ].join('\n');
    expect(tasksOf(text)).toEqual([
      ['农房改造和村庄规划', ['住建部门'], []],
      ['村卫生室建设,落实基本公共卫生服务', ['卫生部门'], []],
      ['指导村庄绿化,配合做好古树保护', ['林业部门'], []],
      ['农村养老服务', ['民政部门'], []],
    ]);
    expect(parsePlanText(text).tasks.every((t) => t.isLeadInferred)).toBe(true);
  });

  it('reads one such sentence a line too', () => {
    const text = ['关于美丽乡村建设的实施方案', '三、职责分工', '公安部门,负责农村治安防控。', '司法部门,负责法律援助和人民调解。', '商务部门,负责农村电商网点建设。'].join('\n');
    expect(tasksOf(text).map((t) => [t[0], t[1]])).toEqual([
      ['农村治安防控', ['公安部门']],
      ['法律援助和人民调解', ['司法部门']],
      ['农村电商网点建设', ['商务部门']],
    ]);
  });

  it('leaves two sentences alone, and sentences inside a numbered item', () => {
    const two = ['关于美丽乡村建设的实施方案', '1.完善农村道路。住建部门,负责农房改造。卫生部门,负责村卫生室建设。(责任单位:县交通局)'].join('\n');
    expect(tasksOf(two).map((t) => [t[0], t[1]])).toEqual([['完善农村道路', ['县交通局']]]);
    const inside = ['关于美丽乡村建设的实施方案', '1.明确部门职责', '住建部门,负责农房改造。 卫生部门,负责村卫生室建设。 民政部门,负责农村养老服务。'].join('\n');
    expect(tasksOf(inside).map((t) => t[0])).toEqual(['明确部门职责']);
  });
});

describe('problem records: a problem, the unit it was handed to, what was done', () => {
  it('reads each record as a task led by its unit, the outcome its text, also with the unit glued to the problem', () => {
    const text = [
      '市民热线反映问题办理情况通报',
      '本月热线共受理来电300件,现将部分问题办理情况通报如下。',
      '问题1:东湖路12号路灯损坏多日',
      '处理部门:东湖区照明管理所',
      '处理情况:经现场核实,已更换灯具。',
      '问题2:南山小区门口占道经营处理部门:南山街道办事处',
      '处理情况:已劝离摊贩并加强巡查。',
      '问题3:西河桥下堆放建筑垃圾',
      '承办单位:西河区城管执法大队',
      '处理情况:已清运完毕。',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(tasksOf(text)).toEqual([
      ['东湖路12号路灯损坏多日', ['东湖区照明管理所'], []],
      ['南山小区门口占道经营', ['南山街道办事处'], []],
      ['西河桥下堆放建筑垃圾', ['西河区城管执法大队'], []],
    ]);
    expect(plan.tasks[0]?.content).toContain('已更换灯具');
    expect(plan.tasks.every((t) => t.isLeadInferred)).toBe(true);
  });

  it('leaves a single record alone', () => {
    const text = ['关于整改工作的通知', '一、整改任务', '问题一:道路破损', '处置部门:区市政所', '二、工作要求', '各单位要按时报送。'].join('\n');
    expect(tasksOf(text).some((t) => t[1].includes('区市政所') && t[0] === '道路破损')).toBe(false);
  });
});
