// Shapes of issue 15 (brief H-fix10-mixed57): explicit lead wording the reader missed, each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。;]/);

describe('a requirement line that opens with the rule it follows, a place before the role label', () => {
  it('reads the units after the label as the item’s leads', () => {
    const text = [
      '1、东湖路北段沿街商铺门前杂物堆放。',
      '整改要求:由包保单位区城管局负责督促商户清理杂物。',
      '2、南门桥下河道漂浮垃圾较多。',
      '整改要求:按照先清理、后巡查的要求,由南门片区包保单位区水务局、区环卫所、区园林站负责对各自河段开展经常性清理,每周报区创卫办备案。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['东湖路北段沿街商铺门前杂物堆放', ['区城管局'], []],
      ['南门桥下河道漂浮垃圾较多', ['区水务局', '区环卫所', '区园林站'], []],
    ]);
  });
});

describe('an item whose second sentence says who hosts the work (由X主办/承办) and who helps', () => {
  it('reads the host as lead and the helper clauses’ units as participants', () => {
    const text = [
      '一、每月组织一次读书分享会,该项工作由市图书馆工会负责组织。',
      '二、根据全年安排,十月在市体育中心举办职工拔河比赛。比赛由市总工会承办,市体育局负责比赛器材,其他单位按照报名情况做好后勤保障。',
      '三、年底评选先进集体,评选结果在全市通报。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['每月组织一次读书分享会', ['市图书馆工会'], []],
      ['根据全年安排', ['市总工会'], ['市体育局', '其他单位']],
      ['年底评选先进集体', [], []],
    ]);
  });

  it('leaves an event hosted by another body (由X主办的…) alone', () => {
    const text = ['一、组织干部职工参加培训。', '积极参加由省总工会主办的职工技能竞赛,各单位做好报名工作。', '二、做好年度总结,该项工作由市工会办公室负责。'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([[], ['市工会办公室']]);
  });
});

describe('a section whose one bracket of units closes a chain mid-section, after sections read bracket by bracket', () => {
  it('gives the bracket to the chain it closes and reads the rest as a task of its own', () => {
    const text = [
      '某县2019年为民办实事项目',
      '一、道路畅通工程。新建农村公路80公里(县交通局、县财政局)。改造城区背街小巷12条(县住建局)。新增公交站台30个(县交通局)。',
      '二、饮水安全工程。新建集中供水站5处;改造老旧供水管网20公里(县水务局)。',
      '三、文化惠民工程。新建村级文化广场15个;送戏下乡100场;建设乡镇综合文化站3个(县文旅局)。更新县图书馆借阅设备;为全县中小学配送图书两万册,年底前完成',
    ].join('\n');
    const got = rows(text);
    expect(got.find((r) => r[0].startsWith('新建村级文化广场'))?.[1]).toEqual(['县文旅局']);
    expect(got.find((r) => r[0].startsWith('更新县图书馆借阅设备'))?.[1]).toEqual([]);
    expect(got.find((r) => r[0].startsWith('新增公交站台'))?.[1]).toEqual(['县交通局']);
  });
});

describe('a unit’s duty whose second sentence has other units as its subject (在…领导下 / 配合)', () => {
  it('reads the later subject’s units as participants, a bare kind sharing the first’s place', () => {
    const text = [
      '某市市容整治工作职责分工',
      '1.市市场监管局:负责查处无照经营行为。',
      '2.市交通运输局:负责规范出租车停靠秩序,组织开展专项检查。各区交通执法大队、中队在属地政府统一领导下,积极开展日常巡查。',
      '3.市水务局:负责河道保洁工作。',
      '4.市生态环境局:负责噪声扰民投诉的查处。各区生态环境分局要配合做好夜间巡查。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责查处无照经营行为', ['市市场监管局'], []],
      ['负责规范出租车停靠秩序', ['市交通运输局'], ['各区交通执法大队', '各区交通执法中队']],
      ['负责河道保洁工作', ['市水务局'], []],
      ['负责噪声扰民投诉的查处', ['市生态环境局'], ['各区生态环境分局']],
    ]);
  });

  it('adds no participant for a later subject that names no unit (各有关单位要积极配合)', () => {
    const text = ['1.市住建局:负责老旧小区改造。各有关单位要积极配合。', '2.市水务局:负责河道保洁工作。'].join('\n');
    expect(rows(text).map((r) => r[2])).toEqual([[], []]);
  });
});

describe('a bare 责任单位 list whose first unit stands apart before a comma, a group 按职责分工负责 after it', () => {
  it('reads the unit set apart as the (inferred) lead and the group as participants', () => {
    const text = [
      '1.优化不动产登记流程。推行一窗受理、集成服务,压缩办理时限。(责任单位:市不动产登记中心,各区人民政府、市直有关部门按职责分工负责)',
      '2.推进电子证照应用。实现常用证照电子化。(责任单位:市数据资源局、市公安局)',
    ].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(rows(text)).toEqual([
      ['优化不动产登记流程', ['市不动产登记中心'], ['各区人民政府', '市直有关部门']],
      ['推进电子证照应用', ['市数据资源局'], ['市公安局']],
    ]);
    expect(tasks[0]?.isLeadInferred).toBe(true);
  });
});

describe('a group heading naming its lead over items whose bare lists do not name it', () => {
  it('leads an item’s list of several units by the heading’s lead; one unit of its own still leads its item', () => {
    const text = [
      '(五)打响“山水名城”旅游品牌(牵头单位:市文旅局)',
      '21.发展乡村民宿。培育精品民宿集群。[责任单位:市文旅局、市农业农村局]',
      '22.提升景区服务。推进智慧景区建设,完善游客中心功能。[责任单位:市交通运输局、市商务局、各县(市)区人民政府]',
      '23.加强旅游市场监管。开展联合执法检查。[责任单位:市市场监管局]',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['发展乡村民宿', ['市文旅局'], ['市农业农村局']],
      ['提升景区服务', ['市文旅局'], ['市交通运输局', '市商务局', '各县(市)区人民政府']],
      ['加强旅游市场监管', ['市市场监管局'], []],
    ]);
  });
});
