// Shapes pages nobody had read showed the importer misreading (heldout160–163): a 责任分解表 flattened one cell per
// line with a bar after every cell and no header, its group cell merged down; a plan's `(二)日常办事机构` heading
// taken for a unit and a `2.X职责` heading's duties lost; a meeting's `请X…` requests whose verb is none the reader
// knew, or whose unit ran on into the work; an item's own prose clause handed to the items before it; a starred lead
// in a table's unit cell. Made-up pages in those shapes; none is one of the pages.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

const rows = clauseRows(/[,,。;;]/);
/** Each cell, then a line that is only a bar, as a web table copied cell by cell prints it. */
const barred = (cells: string[]): string[] => cells.flatMap((c) => [c, '|']);

describe('a decomposition table printed one cell per line, a bar after each cell, with no header', () => {
  const page = (last: string[]): string =>
    [
      '2024年政府工作报告目标任务责任分工',
      ...barred(['1', '一、主要预期目标', '农村居民人均可支配收入增长7%。', '法规科', '张三', '2024年底前', '5550001']),
      ...barred(['2', '粮食产量稳定在100亿斤以上。', '市农技中心', '李四', '2024年底前', '5550002']),
      ...barred(['3', '二、产业发展', '农产品加工业产值增长15%。', '产业科', '', '2024年底前', '5550003']),
      // A cell listing its units one a line before its bar; this row has no telephone.
      ...['4', '|', '发展预制菜产业。', '|', '产业科', '市畜牧中心', '市农技中心', '|', '王五', '|', '2024年底前', '|'],
      ...last,
    ].join('\n');

  it('puts each row back together by its 序号, the merged group cell a section, the units read from their column', () => {
    const plan = parsePlanText(page([]));
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants, t.section])).toEqual([
      ['农村居民人均可支配收入增长7%', ['法规科'], [], '主要预期目标'],
      ['粮食产量稳定在100亿斤以上', ['市农技中心'], [], '主要预期目标'],
      ['农产品加工业产值增长15%', ['产业科'], [], '产业发展'],
      ['发展预制菜产业', ['产业科'], ['市畜牧中心', '市农技中心'], '产业发展'],
    ]);
    // No person, deadline or telephone cell is read as a task or a unit.
    expect(plan.unplaced.filter((u) => u.kind === 'unplaced')).toEqual([]);
  });

  it('keeps a last row cut off by the page inside its task cell as a task with no unit', () => {
    const plan = parsePlanText(page(['5', '|', '加强种子种苗研究与推广,提高规模化种植']));
    expect(plan.tasks.map((t) => t.title)).toContain('加强种子种苗研究与推广,提高规模化种植');
    expect(plan.tasks.find((t) => t.title.startsWith('加强种子'))?.leads).toEqual([]);
  });

  it('leaves a table with a header above its rows, numbered from 6, to the header reader', () => {
    const text = [
      '重大项目进度表',
      '序号 |',
      '项目内容 |',
      '牵头科室 |',
      '推进情况 |',
      '6 |',
      '加快城镇污水处理提质增效 |',
      '城建科 |',
      '已完成招标。 |',
      '7 |',
      '再生水回用工程 |',
      '节水中心 |',
      '正在施工。 |',
      '8 |',
      '飞灰填埋场项目 |',
      '环卫处 |',
      '正在评审。 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['加快城镇污水处理提质增效', ['城建科'], []],
      ['再生水回用工程', ['节水中心'], []],
      ['飞灰填埋场项目', ['环卫处'], []],
    ]);
  });
});

describe('a plan that sets up its bodies under headings', () => {
  it('does not take `(二)日常办事机构` for a unit, and gives a `2.X职责` heading\'s duties to X', () => {
    const text = [
      '某市森林火灾应急预案',
      '(一)指挥机构',
      '(1)市林业局:负责全市森林火灾预防工作。',
      '(2)市气象局:负责提供火场天气预报。',
      '(二)日常办事机构',
      '1.市指挥部办公室',
      '市指挥部下设办公室,设在市林业局。',
      '2.市指挥部办公室职责',
      '(1)负责本预案的制订、修订和实施。',
      '(2)汇总全市森林防火工作信息。',
    ].join('\n');
    const plan = parsePlanText(text);
    const led = plan.tasks.map((t) => [t.title, t.leads]);
    expect(led).toContainEqual(['负责本预案的制订、修订和实施', ['市指挥部办公室']]);
    expect(led).toContainEqual(['汇总全市森林防火工作信息', ['市指挥部办公室']]);
    expect(plan.tasks.flatMap((t) => t.leads)).not.toContain('日常办事机构');
  });
});

describe('a meeting\'s requests, `请X…`', () => {
  it('reads the unit after 请 whatever verb follows, stops it at its name, and lets no item hand its clause to others', () => {
    const text = [
      '县政府常务会议纪要',
      '一、关于城区停车场建设问题。请县住建局抓紧完成选址。',
      '二、关于农村公路养护问题。请县交通运输局督促各乡镇落实养护责任。',
      '三、关于病床储备问题。请县卫生健康局检讨本县专责病床数,宫庙活动若有违规,请依法办理。',
      '四、关于学校食堂问题。县教育局牵头,县市场监管局配合,开展专项检查。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['关于城区停车场建设问题', ['县住建局'], []],
      ['关于农村公路养护问题', ['县交通运输局'], []],
      ['关于病床储备问题', ['县卫生健康局'], []],
      ['关于学校食堂问题', ['县教育局'], ['县市场监管局']],
    ]);
  });

  it('still shares a responsibility line printed under the last of several measures with all of them', () => {
    const text = ['某区工作方案', '(一)加强河道保洁', '1.清理河面漂浮物。', '2.拆除违章码头。', '3.整治排污口。', '责任单位:区水务局、各街道'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['区水务局'], ['区水务局'], ['区水务局']]);
  });
});

describe('a lead starred in a flattened table\'s unit cell', () => {
  it('reads `区政府办公室*、区财政局` as a unit cell even when a figure column beside it is empty in some rows', () => {
    const cells = (n: number, task: string, figure: string, units: string): string[] => [String(n), '', task, '', figure, '', units, ''];
    const text = [
      '2023年政府工作报告重点工作责任分解',
      '序号',
      '',
      '重点工作',
      '',
      '任务数',
      '',
      '责任单位',
      '',
      ...cells(1, '地区生产总值增长6.5%。', '', '区发改局'),
      ...cells(2, '固定资产投资增长10%左右。', '5%', '区发改局'),
      ...cells(3, '迭代更新稳增长政策,兑现政策资金9亿元。', '9亿元', '区政府办公室*、区财政局'),
      ...cells(4, '争取省市财政专项资金13亿元以上。', '', '区财政局*、区发改局'),
      ...cells(5, '设立重点领域专项子基金。', '10亿元', '区财政局*、区科技局、区投促中心'),
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['区发改局'], []],
      [['区发改局'], []],
      [['区政府办公室'], ['区财政局']],
      [['区财政局'], ['区发改局']],
      [['区财政局'], ['区科技局', '区投促中心']],
    ]);
  });
});

describe('an inspection plan\'s table (双随机抽查计划)', () => {
  it('reads the 检查主体 column as who does the work, and a task said in two columns once', () => {
    const text = [
      '2023年“双随机、一公开”抽查工作计划',
      '序号 | 检查主体 | 年度计划名称 | 检查内容 | 计划开展时间 | 股室 | 抽查比例 |',
      '1 | 某县市场监督管理局 | 对特种设备作业人员的行政检查 | 对特种设备作业人员的行政检查 | 1月—12月 | 特种设备股 | 5% |',
      '2 | 某县市场监督管理局 | 对经营者价格活动的行政检查 | 对经营者价格活动的行政检查 | 1月—12月 | 价监股 | 5% |',
      '3 | 某县应急管理局 | 对危险化学品经营单位的行政检查 | 对危险化学品经营单位的行政检查 | 3月—11月 | 危化股 | 10% |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['对特种设备作业人员的行政检查', ['某县市场监督管理局'], []],
      ['对经营者价格活动的行政检查', ['某县市场监督管理局'], []],
      ['对危险化学品经营单位的行政检查', ['某县应急管理局'], []],
    ]);
  });
});

describe('a division written `事项:单位`', () => {
  it('reads the units after the colon as who does the work, not a heading that names the page\'s own body', () => {
    const text = [
      '某县灾害应变中心作业要点',
      '一、开设机关',
      '(一)本中心开设机关或单位如下:',
      '(1)风灾、震灾、重大火灾:消防局。',
      '(2)水灾、旱灾:建设处。',
      '(3)宣传报道:县委宣传部、县融媒体中心',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['风灾、震灾、重大火灾', ['消防局'], []],
      ['水灾、旱灾', ['建设处'], []],
      ['宣传报道', ['县委宣传部'], ['县融媒体中心']],
    ]);
  });

  it('reads no doer from a field whose value names places or things (`督办对象:`, `范围:`, `各类…`)', () => {
    const text = [
      '某市重点工作督查安排',
      '一、闲置土地清理情况',
      '1.督办对象:各镇区',
      '2.范围:新城区、龙门镇、西庄镇',
      '3.卫星业务:各类地球站',
    ].join('\n');
    expect(parsePlanText(text).tasks.flatMap((t) => t.leads)).toEqual([]);
  });
});

describe('a request to several units that do the work together', () => {
  it('makes every unit of `请A、B及C共同…` a lead, and stops a name where the request\'s verbs begin', () => {
    const text = [
      '市政会议纪录',
      '一、请消防局、警察局及环保局共同合作,做好调查。',
      '二、请财政局依地政处所提意见办理补偿。',
      '三、请民政处汇整各局处意见后报府。',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['消防局', '警察局', '环保局'], []],
      [['财政局'], []],
      [['民政处'], []],
    ]);
  });
});
