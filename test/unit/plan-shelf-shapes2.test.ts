// More shapes the held-out shelf showed (541–564), each written with made-up content.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('verbs in an assignment bracket', () => {
  it('reads (由A、B负责实施) as a bare list, as (A、B负责) is', () => {
    expect(read('1.推进分级诊疗制度建设。(由市卫健委、市医保局负责实施)')).toEqual([['推进分级诊疗制度建设', ['市卫健委'], ['市医保局']]]);
  });

  it('reads (A、B主办) with no 协办 part as co-hosts, as (A、B主办,C协办) is', () => {
    expect(read('1.办好全民阅读节。(市委宣传部、市文广旅局主办)')).toEqual([['办好全民阅读节', ['市委宣传部', '市文广旅局'], []]]);
  });
});

describe('an item whose number lost its dot', () => {
  const text = ['1. 稳定蔬菜生产。', '(市农业农村局)', '2. 加强市场保供。', '(市商务局)', '3 完善价格监测。', '(市发展改革委)', '4. 强化质量安全。', '(市市场监管局)'].join('\n');

  it('reads `3 完善…` between 2. and 4. as item 3', () => {
    expect(read(text).map((t) => [t[0], t[1]])).toEqual([
      ['稳定蔬菜生产', ['市农业农村局']],
      ['加强市场保供', ['市商务局']],
      ['完善价格监测', ['市发展改革委']],
      ['强化质量安全', ['市市场监管局']],
    ]);
  });

  it('leaves a line that opens with a figure as text', () => {
    const figures = ['1. 推进厕所革命。', '5 个乡镇完成改厕任务。', '(区农业农村局)', '2. 整治村容村貌。', '(区住建局)'].join('\n');
    expect(read(figures).map((t) => t[0])).toEqual(['推进厕所革命', '整治村容村貌']);
  });
});

describe('a point of a 督查通报 with no number under a new subheading', () => {
  it('is a point of its own, not part of the numbered point above', () => {
    const text = [
      '已整改的点位',
      '1、东湖菜市场(责任单位:县市场监管局):前期通报的占道经营问题已整改到位。',
      '2、城南公园(责任单位:县住建局、县城管局):前期通报的垃圾乱堆问题已整改到位。',
      '未整改的点位',
      '汽车南站(责任单位:县交通运输局):候车厅卫生死角仍未清理。',
    ].join('\n');
    expect(read(text).map((t) => [t[0].slice(0, 5), t[1], t[2]])).toEqual([
      ['东湖菜市场', ['县市场监管局'], []],
      ['城南公园', ['县住建局'], ['县城管局']],
      ['汽车南站', ['县交通运输局'], []],
    ]);
  });
});

describe('unit lists that share a word', () => {
  it('gives one government to cities named once before it, and keeps 相关市、县政府 one group', () => {
    const text = ['1.推进通用机场建设。(省交通运输厅、省民航办、牡丹江、佳木斯、鸡西市政府负责)', '2.加快农村公路提档升级。(省交通运输厅、相关市、县政府负责)'].join('\n');
    expect(read(text)).toEqual([
      ['推进通用机场建设', ['省交通运输厅'], ['省民航办', '牡丹江市政府', '佳木斯市政府', '鸡西市政府']],
      ['加快农村公路提档升级', ['省交通运输厅'], ['相关市、县政府']],
    ]);
  });
});

describe('an event plan: its facts, and a heading that says whose duties follow', () => {
  const text = [
    '一、活动时间、地点',
    '时间:2026年6月1日至6月10日',
    '二、活动主题:书香润城 阅读悦心',
    '三、主办、承办单位',
    '主办单位:某县委宣传部',
    '承办单位:某县图书馆',
    '四、工作职责',
    '(一)县级各部门工作职责',
    '1.县委宣传部负责活动的统筹协调;',
    '2.县图书馆负责书目征集和场地布置。',
    '(二)乡镇工作职责',
    '1.组织本乡镇群众参加阅读活动;',
    '2.做好场地安全保障工作。',
  ].join('\n');

  it('reads the duties under a 乡镇工作职责 heading as the towns’ own', () => {
    expect(read(text).slice(2)).toEqual([
      ['组织本乡镇群众参加阅读活动', ['乡镇'], []],
      ['做好场地安全保障工作', ['乡镇'], []],
    ]);
  });

  it('does not read the time, the theme or the hosts as tasks', () => {
    expect(read(text).map((t) => t[0].slice(0, 5))).toEqual(['县委宣传部', '县图书馆负', '组织本乡镇', '做好场地安']);
  });
});

describe('verbs in a table’s responsibility cell', () => {
  it('reads `A、B等按职责分工落实` as co-leads and `X会同Y` as a lead and a helper', () => {
    const text = [
      '序号 | 工作任务 | 责任处室 | 完成时限 |',
      '1 | 做好汛期卫生防疫信息发布 | 疾控处、应急处、基层处等按职责分工落实 | 长期 |',
      '2 | 规范新闻发布会组织流程 | 宣传处会同办公室 | 2026年9月前 |',
    ].join('\n');
    expect(read(text)).toEqual([
      ['做好汛期卫生防疫信息发布', ['疾控处', '应急处', '基层处'], []],
      ['规范新闻发布会组织流程', ['宣传处'], ['办公室']],
    ]);
  });
});

describe('an activity whose points only share out its roles', () => {
  it('reads the activity as the task, the unit said to lead as its lead and the others as helpers', () => {
    const text = [
      '二、开展系列惠民促销活动',
      '(一)举办“夏季美食节”',
      '7月起在中心广场举办美食展销。',
      '1、此项活动由区商务局、东城街道办、万象购物中心共同组织实施。',
      '2、由区商务局牵头,负责活动方案制定;东城街道办负责场地周边秩序。',
      '3、区市场监管局负责食品安全检查。',
      '(二)开展家电以旧换新',
      '1、区商务局负责组织家电企业参与。',
      '2、区财政局负责补贴资金拨付。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['举办“夏季美食节”', ['区商务局'], ['东城街道办', '万象购物中心', '区市场监管局']],
      ['区商务局负责组织家电企业参与', ['区商务局'], []],
      ['区财政局负责补贴资金拨付', ['区财政局'], []],
    ]);
  });
});

describe('a report printed as numbered records of fields', () => {
  it('reads each record’s number and name as the item and its 责任单位 field as its units', () => {
    const text = [
      '全区为民办实事项目推进情况',
      '01 项目名称:改造老旧小区',
      '项目内容:完成12个小区的管网和电梯改造。',
      '责任单位:区住建局、各街道',
      '02 项目名称:新增公办托位',
      '项目内容:新建托育园2所。',
      '责任单位:区卫健委',
      '03',
      '项目名称:',
      '建设社区食堂',
      '责任单位:区民政局',
    ].join('\n');
    expect(read(text)).toEqual([
      ['改造老旧小区', ['区住建局'], ['各街道']],
      ['新增公办托位', ['区卫健委'], []],
      ['建设社区食堂', ['区民政局'], []],
    ]);
  });
});

describe('more label and subject wordings', () => {
  it('reads 相关责任单位 as the helpers and 此项工作由X主办,A、B协办 as the item’s assignment', () => {
    const text = ['1.推进农产品加工园建设。', '牵头责任单位:市农业局', '相关责任单位:市发改委、市商务局', '2.建设人才公寓1000套。', '此项工作由市住建局主办,市人社局、市财政局协办。'].join('\n');
    expect(read(text)).toEqual([
      ['推进农产品加工园建设', ['市农业局'], ['市发改委', '市商务局']],
      ['建设人才公寓1000套', ['市住建局'], ['市人社局', '市财政局']],
    ]);
  });
});

describe('a flattened table with starred row numbers and a unit cell merged down', () => {
  it('opens a row at 9* and gives the rows under a merged unit cell its units', () => {
    const text = [
      '序号', '项目', '年度目标', '牵头单位',
      '1', '新增城镇就业(人)', '5000', '市人社局',
      '2', '失业人员再就业(人)', '1200',
      '3', '就业困难人员就业(人)', '300',
      '4*', '新建城乡公交站亭(个)', '80', '市交通运输局',
      '5*', '改造农村危房(户)', '600', '市住建局',
    ].join('\n');
    expect(read(text)).toEqual([
      ['新增城镇就业(人)', ['市人社局'], []],
      ['失业人员再就业(人)', ['市人社局'], []],
      ['就业困难人员就业(人)', ['市人社局'], []],
      ['新建城乡公交站亭(个)', ['市交通运输局'], []],
      ['改造农村危房(户)', ['市住建局'], []],
    ]);
  });
});

describe('an item’s topic, then its assignment in the same sentence', () => {
  it('reads `(二)X整治,由A、B部门负责,有关部门配合。` with kinds of department named once', () => {
    const text = ['(一)校园周边安全整治,由教育、公安部门负责,有关部门配合。重点检查校车和周边摊点。', '(二)燃气安全专项整治,由住建部门牵头,市场监管、应急部门配合。'].join('\n');
    expect(read(text)).toEqual([
      ['校园周边安全整治', ['教育部门', '公安部门'], ['有关部门']],
      ['燃气安全专项整治', ['住建部门'], ['市场监管部门', '应急部门']],
    ]);
  });

  it('ends a unit list where a field is glued to it', () => {
    expect(read('1.整改公共服务短板。责任单位:县发改局,各乡镇党委和政府责任人:王某整改时限:2026年底').map((t) => t[2])).toEqual([['各乡镇党委和政府']]);
  });
});

describe('a unit written with an alternative to its name’s end', () => {
  it('reads 人口委[局] in a list as one unit', () => {
    expect(read('1.完善计划生育奖励政策。(由市财政局、市卫健委、人口委[局]负责实施)')).toEqual([['完善计划生育奖励政策', ['市财政局'], ['市卫健委', '人口委[局]']]]);
  });
});

describe('copies that mangled a page’s furniture', () => {
  it('reads items whose full-width indent became question marks', () => {
    const text = ['??一、优化政务服务', '??1.推行“一网通办”。(责任单位:区政务服务办)', '??2.压缩开办时间。(责任单位:区市场监管局)', '??3.完善帮办代办。(责任单位:区政务服务办、各街道)'].join('\n');
    expect(read(text).map((t) => [t[0], t[1]])).toEqual([
      ['推行“一网通办”', ['区政务服务办']],
      ['压缩开办时间', ['区市场监管局']],
      ['完善帮办代办', ['区政务服务办']],
    ]);
  });

  it('sets a document site’s numbered terms aside as noise', () => {
    const text = ['- 1、本文档共8页,可阅读全部内容。', '- 2、某某网站文档一经付费,不意味着购买了该文档的版权。', '- 3、该文档为VIP文档,成为VIP会员后,下载免费。', '1.建立农贸市场巡查制度。(责任单位:镇市场监管所)'].join('\n');
    expect(read(text).map((t) => t[0])).toEqual(['建立农贸市场巡查制度']);
  });

  it('reads numbers glued to their titles when they run 1, 2, 3', () => {
    const text = ['一、就业增收工程', '1优化就业服务', '牵头单位:市人社局', '2加快市场主体培育', '牵头单位:市市场监管局', '3加强技能培训', '牵头单位:市人社局'].join('\n');
    expect(read(text).map((t) => [t[0], t[1]])).toEqual([
      ['优化就业服务', ['市人社局']],
      ['加快市场主体培育', ['市市场监管局']],
      ['加强技能培训', ['市人社局']],
    ]);
  });

  it('takes 按职责分别负责 off the last unit', () => {
    expect(read('1.规范行政执法。责任部门:区司法局、各街道按职责分别负责')).toEqual([['规范行政执法', ['区司法局', '各街道'], []]]);
  });
});

describe('a 台账 with two group columns before 序号 and one merged unit cell', () => {
  it('reads every row under 一级指标 / 二级指标, each taking the merged cell’s units', () => {
    const text = [
      '一级指标', '', '二级指标', '', '序号', '', '主要任务', '', '牵头、责任部门', '',
      '一、深化“放管服”改革', '', '1.推进审批服务便民化', '', '1', '', '公布区级政务服务事项清单并动态调整。', '', '牵头单位:区政务服务办;责任部门:各街道', '',
      '2', '', '推行告知承诺制,扩大适用事项范围。', '',
      '3', '', '开展“一件事一次办”集成改革。', '',
      '4', '', '完善12345热线工单办理回访机制。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['公布区级政务服务事项清单并动态调整', ['区政务服务办'], ['各街道']],
      ['推行告知承诺制,扩大适用事项范围', ['区政务服务办'], ['各街道']],
      ['开展“一件事一次办”集成改革', ['区政务服务办'], ['各街道']],
      ['完善12345热线工单办理回访机制', ['区政务服务办'], ['各街道']],
    ]);
  });
});
