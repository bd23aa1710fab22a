// Indicators written as sentences, in the shapes of the eighth held-out batch (issue 15, documents 381–385):
// a goals paragraph `到2030年,…X达到Y,…`, `A、B、C分别下降到x、y、z`, a news report's comma-joined targets
// (one glued to the next name, one name holding 达到 itself), a yearly plan's `主要预期目标是:…;…` list with
// word targets, and a plan's goals printed as dash bullets with two years' figures. Made-up text in those
// shapes: other places, other names, other figures.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

type Read = [string, string, number | null];
const read = (text: string): Read[] => (parsePlanText(text).indicators ?? []).map((i) => [i.name, i.target.text, i.target.low ?? i.target.high]);
const tasks = (text: string): string[] => parsePlanText(text).tasks.map((t) => t.title);

describe('a goals paragraph: 到20XX年, X达到Y', () => {
  const text = [
    '青溪县人民政府关于推进全民健身行动的实施意见',
    '一、总体目标',
    '到2028年,全县健身设施更加完善,全民健身氛围更加浓厚,城乡居民体质达标率提高到93%,经常参加体育锻炼人数比例达到45%以上,重大赛事承办能力明显增强。',
    '二、主要任务',
    '(一)完善健身设施',
  ].join('\n');

  it('reads each clause that ends in a value, and no clause without one', () => {
    expect(read(text)).toEqual([
      ['城乡居民体质达标率', '93%', 93],
      ['经常参加体育锻炼人数比例', '45%以上', 45],
    ]);
  });

  it('reads nothing from a line that states no goal year', () => {
    expect(read('青溪县去年城乡居民体质达标率达到91%,经常参加体育锻炼人数比例达到40%。')).toEqual([]);
  });

  it('takes no year for a target (规划期至2030年, 展望到2035年)', () => {
    expect(read('到2030年,人均绿地面积达到15平方米,规划期至2030年,展望到2035年。').map((r) => r[0])).toEqual(['人均绿地面积']);
  });
});

describe('分别 lists', () => {
  it('pairs names and values, the bound inside a name (6岁以下) staying in the name', () => {
    const text = '到2029年,人均期望寿命达到80岁,新生儿死亡率、6岁以下儿童死亡率、孕产妇死亡率分别下降到3.5‰、4.0‰、9/10万。';
    expect(read(text)).toEqual([
      ['人均期望寿命', '80岁', 80],
      ['新生儿死亡率', '3.5‰', 3.5],
      ['6岁以下儿童死亡率', '4.0‰', 4],
      ['孕产妇死亡率', '9/10万', 9],
    ]);
  });

  it('takes the later year’s figures when a second 分别 names no one (the horizon’s targets)', () => {
    const text =
      '——普及水平更高。2018年学前教育毛入园率、小学巩固率和高中毛入学率分别达到85%、97%和90%;2022年分别达到95%、99%和96%以上。';
    expect(read(text)).toEqual([
      ['学前教育毛入园率', '95%', 95],
      ['小学巩固率', '99%', 99],
      ['高中毛入学率', '96%以上', 96],
    ]);
  });

  it('carries the verb and the comparison to each value, and drops the list’s 等… tail', () => {
    const text = '到2027年,全区化学需氧量、氨氮和总磷等主要水污染物排放量比2022年分别下降12%、9%和6%。';
    expect(read(text)).toEqual([
      ['全区化学需氧量', '比2022年下降12%', 12],
      ['氨氮', '比2022年下降9%', 9],
      ['总磷', '比2022年下降6%', 6],
    ]);
  });
});

describe('a news report’s comma-joined targets', () => {
  const text = [
    '记者从市文旅局获悉,《梅川市文化旅游发展“十四五”规划》近日印发。',
    '规划提出,“十四五”时期,梅川要实现年接待游客量达到6000万人次,每万人拥有公共文化设施面积1200平方米,城乡居民达到“书香家庭”标准的户数比例超过30%。',
    '规划还提出,“十四五”期间A级景区数量达30家以上旅游总收入超过650亿元,旅游业增加值占全市地区生产总值8%以上。',
  ].join('\n');

  it('reads verbless clauses beside verb ones, a name holding 达到, and a value glued to the next name', () => {
    expect(read(text)).toEqual([
      ['年接待游客量', '6000万人次', 6000],
      ['每万人拥有公共文化设施面积', '1200平方米', 1200],
      ['城乡居民达到“书香家庭”标准的户数比例', '超过30%', 30],
      ['A级景区数量', '30家以上', 30],
      ['旅游总收入', '超过650亿元', 650],
      ['旅游业增加值占全市地区生产总值', '8%以上', 8],
    ]);
  });

  it('takes a count of things learned (掌握2至3项技能) for no value, and reads no verbless clause alone', () => {
    expect(read('到2026年,学生掌握2至3项运动技能,每所学校配备校医1名。')).toEqual([]);
  });
});

describe('a yearly plan’s 主要预期目标 list', () => {
  const text = [
    '关于2026年全县国民经济和社会发展计划的报告',
    '全县经济社会发展主要预期目标是:地区生产总值增长6.5%左右;使用外资增长15%左右;城乡居民人均可支配收入与经济增长同步;新增城镇就业1.5万人,城镇登记失业率控制在4%以内;居民消费价格涨幅控制在上级下达目标以内。',
  ].join('\n');

  it('reads growth targets, counts, word targets, and keeps 使用 in a name', () => {
    expect(read(text)).toEqual([
      ['地区生产总值', '增长6.5%左右', 6.5],
      ['使用外资', '增长15%左右', 15],
      ['城乡居民人均可支配收入', '与经济增长同步', null],
      ['新增城镇就业', '1.5万人', 1.5],
      ['城镇登记失业率', '控制在4%以内', 4],
      ['居民消费价格涨幅', '控制在上级下达目标以内', null],
    ]);
  });

  it('reads a comparison year as part of the target, not as its figure', () => {
    expect(read('到2027年,单位地区生产总值能耗较2022年下降13%。')).toEqual([['单位地区生产总值能耗', '较2022年下降13%', 13]]);
  });
});

describe('the goals as dash bullets', () => {
  const goals = [
    '——办学条件更加完善。2019年全县中小学标准化建设率和信息化覆盖率分别达到80%和70%;2023年分别达到100%和95%以上。',
    '——教师队伍更加优良。教师结构更趋合理,骨干教师比例明显提高。',
    '——教育治理更加高效。现代学校制度基本建立。',
  ];

  it('are goals, not tasks, and their figures are indicators', () => {
    const plan = parsePlanText(goals.join('\n'));
    expect(plan.tasks).toEqual([]);
    expect(read(goals.join('\n')).map((r) => r[0])).toEqual(['全县中小学标准化建设率', '信息化覆盖率']);
    expect(plan.unplaced.filter((u) => u.reason.startsWith('发展目标')).map((u) => u.line)).toEqual([1, 2, 3]);
  });

  it('stay tasks when the bullets name the units that do them', () => {
    const work = ['——改善办学条件。到2023年标准化建设率达到100%。(县教育局牵头,县财政局配合)', '——建设教师队伍。(县教育局负责)'].join('\n');
    expect(tasks(work)).toEqual(['改善办学条件', '建设教师队伍']);
  });
});

it('reads no sentence when the document has an indicator table', () => {
  const text = [
    '到2025年,森林覆盖率达到68%。',
    '表1 主要指标',
    '指标',
    '单位',
    '2020年',
    '2025年',
    '属性',
    '森林覆盖率',
    '%',
    '66',
    '68',
    '约束性',
    '湿地保护率',
    '%',
    '50',
    '55',
    '预期性',
  ].join('\n');
  expect(read(text).map((r) => r[0])).toEqual(['森林覆盖率', '湿地保护率']);
});

it('reads a rate over its base (`38/10万`) in a table cell as the figure, not the next cell', () => {
  const text = ['主要指标', '2020年', '2025年', '属性', '结核病发病率', '45/10万', '38/10万', '预期性', '甲类传染病报告率(%)', '100', '100', '约束性'].join('\n');
  expect(read(text)).toEqual([
    ['结核病发病率', '38/10万', 38],
    ['甲类传染病报告率', '100', 100],
  ]);
});
