// Rectification lists, orders and meeting reports in shapes the pages of heldout84–91 showed the importer misreading:
// a duty heading written `X职责、任务`, a list of each unit's part where some parts only help, a 整改措施 line that
// orders a unit to act, a notice that hands its parts to one unit after another, parts counted 一是/二是 run together,
// an item beside an item split into its units' sentences, and an office named with where it sits. Made-up pages in
// those shapes; none is one of the pages.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, with its leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('duty headings and duty lists', () => {
  it('gives a `X职责、任务` heading its unit for every item under it', () => {
    const text = [
      '(一)市卫生局职责、任务',
      '1.加强学校食堂卫生监督。',
      '2.组织从业人员定期体检。',
      '(二)市场监管局职责和任务',
      '1.查处校园周边无照摊点。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['加强学校食堂卫生监督', ['市卫生局'], []],
      ['组织从业人员定期体检', ['市卫生局'], []],
      ['查处校园周边无照摊点', ['市场监管局'], []],
    ]);
  });

  it('lets a unit whose whole part is to help answer for that part', () => {
    const text = ['(一)统计部门负责制定调查方案;', '(二)民政部门配合做好调查区域划分;', '(三)教育部门配合提供在校人员名单。'].join('\n');
    expect(rows(text)).toEqual([
      ['统计部门负责制定调查方案', ['统计部门'], []],
      ['民政部门配合做好调查区域划分', ['民政部门'], []],
      ['教育部门配合提供在校人员名单', ['教育部门'], []],
    ]);
  });

  it('reads an office named with where it sits, and a group of places before one government', () => {
    const text = [
      '为做好抽样调查工作,县政府成立领导小组。领导小组办公室设在县统计局,负责调查的组织实施。',
      '县财政局负责落实调查经费。各乡、镇人民政府要建立相应机构,加强组织领导。',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['领导小组办公室'], ['县财政局'], ['各乡、镇人民政府']]);
  });
});

describe('rectification lists', () => {
  it('takes the unit a 整改措施 line orders to act, or the unit that orders', () => {
    const text = [
      '1.路面坑槽破损。',
      '存在问题:某线大桥东侧路面坑槽破损,影响行车安全。',
      '整改措施:责令县公路养护中心立即对路面进行修复。',
      '2.施工现场无警示标识。',
      '存在问题:某镇危桥改造现场无警示标识。',
      '整改措施:县交通质量监督站责令施工单位立即整改。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['路面坑槽破损', ['县公路养护中心'], []],
      ['施工现场无警示标识', ['县交通质量监督站'], []],
    ]);
  });

  it('keeps an item as a task beside an item that was split into its units’ sentences', () => {
    const text = [
      '一、加强渔船修造管理',
      '(一)强化修造监管。各级渔业主管部门要加强指标审批管理。',
      '二、严格作业安全监管',
      '(一)加强日常监管。沿海县政府要建立包联责任制。县渔业局要督促渔船编队生产。市海事局要开展隐患排查。',
    ].join('\n');
    const titles = rows(text).map((r) => r[0]);
    expect(titles[0]).toBe('强化修造监管');
    expect(rows(text)[0]?.[1]).toEqual(['各级渔业主管部门']);
    expect(titles.length).toBeGreaterThan(1);
  });
});

describe('notices and meeting reports with no numbered items', () => {
  it('gives each unit its part when a sentence hands parts to one unit after another', () => {
    const text = [
      '某市气象局关于启动应急响应的命令',
      '请市局各科室立即进入应急响应状态。请市局人影办做好作业指挥协调工作,市局办公室做好车辆保障,市气象台密切关注天气条件。',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['市局各科室'], ['市局人影办'], ['市局办公室'], ['市气象台']]);
  });

  it('reads parts counted 一是, 二是 run together without a stop, and leaves out who held the meeting', () => {
    const text = [
      '某县召开通信基站建设协调会',
      '3月2日下午,县工信局组织召开基站建设协调会,各运营商负责人参加。会议提出以下工作安排:一是县工信局牵头,与县供电公司协商解决引电问题二是各乡镇要做好基站选址协调三是县自然资源局负责办理用地手续。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['县工信局牵头', ['县工信局'], []],
      ['各乡镇要做好基站选址协调', ['各乡镇'], []],
      ['县自然资源局负责办理用地手续', ['县自然资源局'], []],
    ]);
  });

  it('titles a counted part by its short heading when the next sentence names its unit', () => {
    const text = [
      '某区水务局调研问题整改',
      '调研组要求:',
      '一是全面梳理,协同攻坚。区建管中心督促施工单位梳理问题,确保整改落地。',
      '二是强化运维,保障运行。区排水公司加强泵站日常养护。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['全面梳理', ['区建管中心'], []],
      ['强化运维', ['区排水公司'], []],
    ]);
  });

  it('reads matters assigned with the matter first: `涉及…方面的事项,由X负责和协调`', () => {
    const text = ['关于开展普查的通知', '成员单位各负其责。其中,涉及普查经费方面的事项,由财政部负责和协调;涉及宣传动员方面的事项,由统计局负责和协调。'].join('\n');
    expect(rows(text)).toEqual([
      ['涉及普查经费方面的事项', ['财政部'], []],
      ['涉及宣传动员方面的事项', ['统计局'], []],
    ]);
  });
});

describe('a unit-first duty table under a `序号 涉及部门 职责分工` header', () => {
  const expected: [string, string[], string[]][] = [
    ['负责运输通行证发放', ['市公安局'], []],
    ['负责生产经营单位的安全监管', ['市应急管理局'], []],
    ['负责产品质量监督', ['市市场监督管理局'], []],
  ];

  it('reads rows printed on one line, their cells parted by spaces, and leaves the documents it rests on out', () => {
    const text = [
      '烟花爆竹安全监管',
      '序号 涉及部门 职责分工',
      '1 市公安局 负责运输通行证发放。',
      '2 市应急管理局 负责生产经营单位的安全监管。',
      '3 市市场监督管理局 负责产品质量监督。',
      '4 其他 企业主要负责人对本单位安全工作负责。',
      '相关依据:',
      '1.《烟花爆竹安全管理条例》(国务院令第455号)',
      '2.市公安局“三定”规定',
    ].join('\n');
    expect(rows(text)).toEqual(expected);
  });

  it('reads the same table printed one cell per line', () => {
    const text = ['序号 涉及部门 职责分工', '1', '市公安局', '负责运输通行证发放。', '2', '市应急管理局', '负责生产经营单位的安全监管。', '3', '市市场监督管理局', '负责产品质量监督。'].join('\n');
    expect(rows(text)).toEqual(expected);
  });
});

describe('a 目标责任清单: indicators handed to a lead and the units that share them', () => {
  it('makes every indicator row a task of its 牵头单位 with its 责任单位 taking part, and an indicator with its target', () => {
    const cells = [
      '主要目标责任清单',
      '序号 |', '指标名称 |', '单位 |', '2022年 |', '2025年 |', '2027年 |', '牵头单位 |', '责任单位 |',
      '1 |', '人均预期寿命 |', '岁 |', '78.2 |', '≥79.2 |', '≥80 |', '县卫健局 |',
      '县文旅广体局、县烟草局、市生态环境局某分局、县农业农村局、县住建局、县城管局、县市场监管局、县发改局、县医保局等单位,各乡镇人民政府 |',
      '2 |', '居民健康素养水平 |', '% |', '21.6 |', '≥31.5 |', '≥33 |', '县卫健局 |', '县疾控中心,各乡镇人民政府 |',
      '3 |', '婴儿死亡率 |', '‰ |', '3.1 |', '≤4.5 |', '≤4.2 |', '县卫健局 |', '县妇计中心,各乡镇人民政府 |',
    ];
    const plan = parsePlanText(cells.join('\n'));
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants.length])).toEqual([
      ['人均预期寿命', ['县卫健局'], 10],
      ['居民健康素养水平', ['县卫健局'], 2],
      ['婴儿死亡率', ['县卫健局'], 2],
    ]);
    expect((plan.indicators ?? []).map((i) => [i.name, i.unit, i.target.text])).toEqual([
      ['人均预期寿命', '岁', '≥80'],
      ['居民健康素养水平', '%', '≥33'],
      ['婴儿死亡率', '‰', '≤4.2'],
    ]);
  });
});

describe('news pages: what the page shows is not work', () => {
  it('leaves out photo captions and the related-news list, and reads the units the report names', () => {
    const text = [
      '某市召开秋冬季森林防灭火会商会议',
      '▲市应急管理局汇报近期森林防灭火工作情况',
      '▲市气象局汇报近期天气预测情况',
      '会议要求,应急管理部门要加强森林消防队伍建设;林业部门要加强宣传教育;气象部门要加强天气的预警预测。',
      '相关新闻',
      '- 2020年04月21日某县开展春季植树活动',
      '- 2020年04月10日某省加快推进土壤污染防治',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['应急管理部门'], ['林业部门'], ['气象部门']]);
  });

  it('reads a unit duty line whose duty opens with an adverb (`X:主要负责…`)', () => {
    const text = ['长江海事局:主要负责船舶的防护引导,并组织搜救。', '武汉铁路局:主要负责抢修受灾铁路线路。', '省电力公司:主要负责电网运行监测。'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['长江海事局'], ['武汉铁路局'], ['省电力公司']]);
  });
});
