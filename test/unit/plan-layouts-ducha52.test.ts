// Shapes of issue 15 (brief H-fix7-ducha52, 督查/通报/交办 pages of heldout41/47/51): each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。;;]/);

describe('a problem list grouped under places, each group closed by its `问题整改责任单位:X 整改时限:N天` line', () => {
  it('gives every item of a group the unit of the line after its last item, not the heading’s name', () => {
    const text = [
      '城区文明创建第二轮暗访问题清单',
      '9月12日,区创建办组织暗访组对城区重点点位进行了暗访,现将发现的问题通报如下:',
      '1. 区体育中心',
      '(1)场馆入口处垃圾桶满溢;',
      '(2)消防通道被杂物堵塞。',
      '问题整改责任单位:区文化体育局 整改时限:7天',
      '2. 区人民医院',
      '(1)门诊楼吸烟现象较多;',
      '(2)停车场车辆乱停乱放;',
      '(3)志愿服务站无人值守。',
      '问题整改责任单位:区卫生健康局 整改时限:3天',
      '3. 东门农贸市场',
      '(1)活禽区卫生较差;',
      '(2)公益广告破损未更换。',
      '整改责任单位:区市场监督管理局、东门街道 整改时限:5天',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['场馆入口处垃圾桶满溢', ['区文化体育局'], []],
      ['消防通道被杂物堵塞', ['区文化体育局'], []],
      ['门诊楼吸烟现象较多', ['区卫生健康局'], []],
      ['停车场车辆乱停乱放', ['区卫生健康局'], []],
      ['志愿服务站无人值守', ['区卫生健康局'], []],
      ['活禽区卫生较差', ['区市场监督管理局'], ['东门街道']],
      ['公益广告破损未更换', ['区市场监督管理局'], ['东门街道']],
    ]);
  });
});

describe('a 督查通报 printed as prose, each problem a paragraph closing with `(责任单位:X,责任人:姓名)`', () => {
  it('reads each paragraph as a task led by the bracket’s unit, the person taken for no unit', () => {
    const text = [
      '晨报 第03版:要闻',
      '下载客户端 阅读更方便',
      '城市管理工作督导通报',
      '根据市城市管理委员会工作安排,督导组对城区市容环境开展了暗查,现将9月3日发现的问题通报如下:',
      '长江路与滨湖路交叉口东北角建筑垃圾堆放未清运,周边绿化带内白色垃圾较多;人行道多处地砖松动。(责任单位:东湖区城管局,责任人:李建国)',
      '光明小区北门外占道经营现象突出,流动摊贩聚集,油烟污染严重,垃圾桶满溢未及时清理。(责任单位:光明街道办事处,责任人:赵晓红)',
      '火车站广场公厕卫生差,无洗手液,地面积水,周边有乱张贴小广告现象。(责任单位:市交通运输局,责任人:孙志强)',
      '对以上问题的责任单位东湖区城管局、光明街道办事处、市交通运输局予以通报,望各单位立即整改,督导组将跟踪复查。',
      '市城市管理委员会办公室',
      '2021年9月4日',
      '您的浏览器版本过低,请升级后浏览。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['长江路与滨湖路交叉口东北角建筑垃圾堆放未清运', ['东湖区城管局'], []],
      ['光明小区北门外占道经营现象突出', ['光明街道办事处'], []],
      ['火车站广场公厕卫生差', ['市交通运输局'], []],
    ]);
  });

  it('takes a bracket on a line of its own for no paragraph: the line above it stays the item', () => {
    const text = [
      '城市管理工作督导通报',
      '现将问题通报如下:',
      '光明路段占道经营突出,垃圾满溢。',
      '(责任单位:光明街道,责任人:赵红)',
      '火车站广场公厕卫生差,无洗手液。',
      '(责任单位:市交通运输局,责任人:孙强)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['光明路段占道经营突出', ['光明街道'], []],
      ['火车站广场公厕卫生差', ['市交通运输局'], []],
    ]);
  });
});

describe('a 督查通报 of three-line points: place / `存在问题:…` / `责任单位:…`', () => {
  it('reads the first point too when its place’s name is short and follows the intro paragraph', () => {
    const text = [
      '某县创建文明城市第8次实地督查问题通报',
      '6月12日,县创建工作领导小组对城区点位开展了实地督查,现将发现的问题通报如下。',
      '翠竹苑',
      '存在问题:楼道内杂物堆放,电动车飞线充电。',
      '责任单位:城西街道',
      '人民路农贸市场周边',
      '存在问题:占道经营,垃圾未及时清运。',
      '责任单位:县市场监管局、县综合执法局',
      '县汽车客运站候车大厅',
      '存在问题:禁烟标识缺失,有人吸烟。',
      '责任单位:县交通运输局、城东街道',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['翠竹苑', ['城西街道'], []],
      ['人民路农贸市场周边', ['县市场监管局'], ['县综合执法局']],
      ['县汽车客运站候车大厅', ['县交通运输局'], ['城东街道']],
    ]);
  });
});

describe('a unit’s problems listed by point, each point’s problems run on in its paragraph: `3.某花园二期:(1)…;(2)…`', () => {
  it('reads each point as one task under the unit’s heading, its `(n)` problems its text', () => {
    const text = [
      '关于城区创建工作督查情况的通报',
      '一、督查情况',
      '本次督查共检查点位60个,发现问题22个。',
      '二、存在问题',
      '(一)城关镇(5个)',
      '1.解放路东段公益广告褪色破损。',
      '2.金桂苑二期:(1)小区内车辆乱停乱放;(2)楼道内杂物堆放;(3)无垃圾分类宣传栏。',
      '3.新华书店宿舍区:(1)绿化带黄土裸露;(2)有飞线充电现象。',
      '(二)河西街道(3个)',
      '1.河西菜市场:(1)活禽区卫生差;(2)占道经营。',
      '2.滨河公园南门垃圾桶满溢。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['解放路东段公益广告褪色破损', ['城关镇'], []],
      ['金桂苑二期', ['城关镇'], []],
      ['新华书店宿舍区', ['城关镇'], []],
      ['河西菜市场', ['河西街道'], []],
      ['滨河公园南门垃圾桶满溢', ['河西街道'], []],
    ]);
  });
});

describe('a digest of complaints and replies: `市民X反映:…` then `某局:…已通知责任单位Y,…`', () => {
  it('reads each complaint as a task led by the unit the reply hands it to', () => {
    const text = [
      '来源:晚报 2015-04-02',
      '读者李先生反映:建设路与和平街交叉口的路灯坏了两个多星期,晚上出行很不方便。',
      '市城市管理局:接到反映后,我局已通知责任单位市路灯管理处,尽快维修。',
      '市民周女士反映:幸福小区门口的下水道井盖缺失,存在安全隐患。',
      '市城市管理局:经核实,该路段已移交属地管理,我局已通知责任单位东城区政府进行处理。',
      '(记者 王小明 整理)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建设路与和平街交叉口的路灯坏了两个多星期', ['市路灯管理处'], []],
      ['幸福小区门口的下水道井盖缺失', ['东城区政府'], []],
    ]);
  });
});

describe('a group’s `整改责任单位` line printed with a space for its colon', () => {
  it('reads `问题整改责任单位 X 整改时限:N天` as the labelled line', () => {
    const text = [
      '文明城市创建督查问题通报',
      '现将发现的问题通报如下:',
      '1. 区图书馆',
      '(1)阅览室禁烟标识缺失;',
      '(2)消防器材过期。',
      '问题整改责任单位 区文化旅游局 整改时限:3天',
      '2. 区中医院',
      '(1)候诊区地面脏污;',
      '(2)无障碍通道被占用。',
      '问题整改责任单位 区卫生健康局 整改时限:5天',
    ].join('\n');
    expect(rows(text).map((r) => r[1][0])).toEqual(['区文化旅游局', '区文化旅游局', '区卫生健康局', '区卫生健康局']);
  });
});
