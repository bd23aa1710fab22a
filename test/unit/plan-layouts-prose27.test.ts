// Prose shapes of the held-out shelf's wave 2 (branch prose27), each written with made-up content in the shape
// the page had.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('a unit heading with its other signs in a bracket, over circled items run onto one line', () => {
  const text = [
    '(一)财务中心(审计室、资产管理科、档案室)',
    '(1)本年度重点工作:',
    '①编制年度预算并按季度通报执行情况;②完成固定资产清查,做到账实相符;③做好档案数字化整理。',
    '(二)项目服务局(企业服务站、代办中心)',
    '(1)本年度重点工作:',
    '①走访服务企业40家以上;②为新落户企业全程代办证照手续。',
  ].join('\n');

  it('makes each circled number an item, led by the heading with its bracket', () => {
    expect(read(text)).toEqual([
      ['编制年度预算并按季度通报执行情况', ['财务中心(审计室、资产管理科、档案室)'], []],
      ['完成固定资产清查,做到账实相符', ['财务中心(审计室、资产管理科、档案室)'], []],
      ['做好档案数字化整理', ['财务中心(审计室、资产管理科、档案室)'], []],
      ['走访服务企业40家以上', ['项目服务局(企业服务站、代办中心)'], []],
      ['为新落户企业全程代办证照手续', ['项目服务局(企业服务站、代办中心)'], []],
    ]);
    expect(parsePlanText(text).tasks.every((t) => !t.isLeadInferred)).toBe(true);
  });

  it('keeps a ①② list inside an item sentence that item\'s content', () => {
    const one = ['1.加强队伍建设:①开展业务培训;②完善考核办法。(责任单位:区人社局)', '2.做好宣传报道。(责任单位:区融媒体中心)'].join('\n');
    expect(read(one).map((t) => t[1])).toEqual([['区人社局'], ['区融媒体中心']]);
    expect(parsePlanText(one).tasks[0]?.content).toContain('完善考核办法');
  });
});

describe('a repost that starts at its addressees, its body the plan\'s division of work', () => {
  const text = [
    '各乡镇人民政府,县直各有关单位:',
    '为加快文旅融合发展,县政府决定建立分工负责、协调配合的推进机制。现将有关事项通知如下:',
    '一、建立推进机制',
    '由县长负总责,定期召开推进会议,研究解决重大问题。',
    '二、明确部门分工',
    '县文旅局:负责拟订年度推进方案,组织开展景区提升行动。',
    '县交通运输局:负责指导推进旅游公路建设,完善景区交通标识。',
    '县市场监管局:负责景区周边市场秩序整治',
  ].join('\n');

  it('reads each unit line as an item led by its unit, not the notice\'s own requests', () => {
    expect(read(text).filter((t) => t[1].length > 0)).toEqual([
      ['负责拟订年度推进方案,组织开展景区提升行动', ['县文旅局'], []],
      ['负责指导推进旅游公路建设,完善景区交通标识', ['县交通运输局'], []],
      ['负责景区周边市场秩序整治', ['县市场监管局'], []],
    ]);
  });

  it('leaves a unit line alone under a numbered item that item\'s content', () => {
    const one = ['1.完善景区服务设施。', '县文旅局:负责游客中心改造。', '县住建局:负责停车场建设。', '2.做好宣传推介。(责任单位:县融媒体中心)'].join('\n');
    expect(read(one).map((t) => t[0])).toEqual(['完善景区服务设施', '做好宣传推介']);
  });
});

describe('a unit line of its own after an item, `A、B、C负责落实。`', () => {
  it('is a bare list: the first unit leads by inference, the rest take part', () => {
    const text = ['(一)提升服务质量', '', '1.完善窗口服务标准,推行一次告知和限时办结,提升群众满意度。', '', '县行政审批局、县司法局、县数据资源局负责落实。', '', '2.建立投诉快速处理机制。', '', '县信访局、县12345热线中心负责落实。'].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.leads, t.participants, t.isLeadInferred])).toEqual([
      [['县行政审批局'], ['县司法局', '县数据资源局'], true],
      [['县信访局'], ['县12345热线中心'], true],
    ]);
  });

  it('keeps a long item cut by the page that mentions an agency (`中介代理机构`) as an item, not an advert', () => {
    const text = ['1.规范招投标活动。(责任单位:县发改局)', '2.加强对评估、咨询等中介代理机构的监管,建立信用档案,推行公开承诺和失信惩戒,逐步规范执业行为和收费标准'].join('\n');
    expect(read(text).map((t) => t[0])).toEqual(['规范招投标活动', '加强对评估、咨询等中介代理机构的监管,建立信用档案,推行公开承诺和失信惩戒,逐步规范执业行为和收费标准']);
  });
});

describe('a site panel of bullets under the title, and units as a topic\'s subject', () => {
  const text = [
    '2024年全镇森林防火工作方案',
    '  • 时间:2024-03-02 09:10',
    '  • 来源:应急办',
    '  • 字体: [ ] [ ] [ ]',
    '  • 分享:',
    '为做好今年森林防火工作,制定本方案。',
    '一、工作重点',
    '(一)火源管控。各村、镇林业站、镇派出所要加强进山路口检查,严防火种上山。',
    '(二)物资储备。储备扑火工具和防护装备。(责任单位:镇应急办)',
  ].join('\n');

  it('sets the panel aside and reads the subject list as a bare list (first leads, inferred)', () => {
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants, t.isLeadInferred])).toEqual([
      ['火源管控', ['各村'], ['镇林业站', '镇派出所'], true],
      ['物资储备', ['镇应急办'], [], true],
    ]);
  });

  it('lists the panel as the site\'s, never as tasks, when no item names units', () => {
    const plain = text.replace('各村、镇林业站、镇派出所要', '要').replace('(责任单位:镇应急办)', '');
    const plan = parsePlanText(plain);
    expect(plan.tasks.map((t) => t.title)).toEqual(['火源管控', '物资储备']);
    expect(plan.unplaced.filter((u) => u.kind === 'noise').map((u) => u.text.trim())).toEqual(['• 时间:2024-03-02 09:10', '• 来源:应急办', '• 字体: [ ] [ ] [ ]', '• 分享:']);
  });

  it('takes no subject when one of its names is not a unit', () => {
    const other = text.replace('各村、镇林业站、镇派出所要', '护林员、镇林业站要');
    expect(read(other)[0]?.[1]).toEqual([]);
  });
});

describe('a page that is one unnumbered paragraph and its 责任单位 line', () => {
  it('reads the paragraph as the task', () => {
    const text = ['通过新建污水管网、改造雨污合流管道等方式,推进老旧小区排水设施改造,年内完成改造小区30个。', '责任单位:区住建局'].join('\n');
    expect(read(text)).toEqual([['通过新建污水管网、改造雨污合流管道等方式,推进老旧小区排水设施改造,年内完成改造小区30个', ['区住建局'], []]]);
  });
});
