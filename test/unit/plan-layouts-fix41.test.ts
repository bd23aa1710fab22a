// Shapes of the held-out shelf's batches heldout36/37 (branch fix41), each written with made-up content in the
// shape the page had.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { splitUnitList } from '../../shared/plan/unit-names.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('a bracket that names a lead official, a 牵头单位 and the 主办单位 under it', () => {
  const text = [
    '2019年全县重点工作推进情况',
    '7、推进城乡供水一体化,完成东部片区管网改造,开展农村饮水水质提升行动。(牵头领导:郑某某;牵头单位:县水务局;主办单位:县发改局、县财政局、各乡(镇)及有关街道政府)',
    '东部片区管网已完成招标,水质提升行动已在三个乡镇铺开。',
    '8、加快农贸市场改造提升,年内完成五个市场改造。(牵头领导:郑某某;牵头单位:县商务局、县市场监管局;主办单位:各乡(镇)及有关街道政府)',
    '五个市场中已有两个完工,其余正在施工。',
  ].join('\n');

  it('reads the 主办单位 as taking part under the named lead, the place group after 及 as one unit', () => {
    expect(read(text)).toEqual([
      ['推进城乡供水一体化,完成东部片区管网改造,开展农村饮水水质提升行动', ['县水务局'], ['县发改局', '县财政局', '各乡(镇)及有关街道政府']],
      ['加快农贸市场改造提升,年内完成五个市场改造', ['县商务局', '县市场监管局'], ['各乡(镇)及有关街道政府']],
    ]);
  });

  it('keeps 主办 the lead where only 协办 is beside it', () => {
    const hosted = ['1、办好全市农民丰收节系列活动。(主办单位:市农业农村局;协办单位:市文旅局、市总工会)', '2、举办农产品产销对接会。(主办单位:市商务局)'].join('\n');
    expect(read(hosted).map((t) => [t[1], t[2]])).toEqual([
      [['市农业农村局'], ['市文旅局', '市总工会']],
      [['市商务局'], []],
    ]);
  });

  it('still parts two units joined by 及 where the second has a body of its own', () => {
    expect(splitUnitList('各镇街及相关部门')).toEqual(['各镇街', '相关部门']);
    expect(splitUnitList('市级各有关部门及各县市区政府')).toEqual(['市级各有关部门', '各县市区政府']);
    expect(splitUnitList('各县(区)及相关市政府')).toEqual(['各县(区)及相关市政府']);
  });
});

describe('one numbered item with a responsibility bracket after each of its sentences', () => {
  const text = [
    '关于落实2015年农村工作要点责任分工的通知',
    '一、夯实农业基础',
    '3、加强耕地保护。严格落实耕地占补平衡,稳定基本农田面积(市国土局负责组织实施)。实施高标准农田建设项目,完善田间配套设施(市农委、市水务局、市林业局负责组织实施,市财政局负',
    '责落实配套资金)。推进农村土地整治,以十个重点乡镇为主(市国土局、市农委负责组织实施,市财政局安排工作经费)。继续开展耕地质量监测(市农技中心负责组织实施)。',
    '4、发展设施农业。扩大蔬菜大棚面积,建设育苗中心(市农委负责组织实施)。',
  ].join('\n');

  it('reads every bracket of the item, the unit that funds it taking part', () => {
    expect(read(text).map((t) => [t[1], t[2]])).toEqual([
      [['市国土局', '市农委', '市农技中心'], ['市水务局', '市林业局', '市财政局']],
      [['市农委'], []],
    ]);
  });

  it('reads a funding clause after a lead and its helpers', () => {
    const one = '1、建设乡村物流站点50个,打通快递进村通道(区商务局牵头,区邮政公司配合,区财政局负责资金保障)。';
    expect(read(one).map((t) => [t[1], t[2]])).toEqual([[['区商务局'], ['区邮政公司', '区财政局']]]);
  });
});

describe('a meeting\'s decided point that names its unit after a circumstance clause', () => {
  const text = [
    '关于城东片区排涝工程有关问题的会议纪要',
    '二、会议议定以下事项:',
    '(一)鉴于城东片区连续两年汛期内涝、群众反映强烈的情况,县住房和城乡建设局负责筹措排涝工程资金50万元。',
    '(二)为加快工程进度,施工单位负责在汛前完成主管道铺设。',
    '(三)针对沿线商户经营受影响的问题,城东街道办事处、县市场监管局负责做好协调解释工作。',
  ].join('\n');

  it('reads the unit before 负责 as the lead, a role named by kind as none', () => {
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => [t.leads, t.participants, t.isLeadInferred])).toEqual([
      [['县住房和城乡建设局'], [], false],
      [[], [], false],
      [['城东街道办事处'], ['县市场监管局'], true],
    ]);
    expect(tasks[0]?.title).toContain('鉴于城东片区连续两年汛期内涝');
  });
});
