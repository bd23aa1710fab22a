// Shapes of issue 15 (brief H-fix6-49, held-out batch heldout49): each in a small made-up document of the shape.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a `a | b |` progress table with a second header row, total rows and a merged 类别 column', () => {
  it('reads the 项目名称 cell as the title, and neither the second header row nor a 合计/小计 row as a task', () => {
    const text = [
      '某县2023年民生实事项目1-9月推进情况表',
      '单位:万元 |',
      '分类 | 序号 | 项目名称 | 2023年实施内容 | 年度计划投资 | 1-9月推进情况 | 责任单位 |',
      '已完成投(筹)资 | 投资完成比例 | 进展描述 |',
      '合 计:6大类20个项目 | 32000 | 21000 | 65.6% |',
      '|',
      '一、教育提升 | 教育提升3个项目小计 | 9000 | 6100 | 67.8% |',
      '|',
      '1 | 城区学校扩容工程 | 新建教学楼两栋,新增学位一千个。 | 6000 | 4200 | 70% | 主体完工,正在装修。 | 县教育局 县财政局 各乡镇政府 |',
      '2 | 乡村教师周转房建设项目 | 建设周转房一百二十套,年底前交付使用。 | 3000 | 1900 | 63.3% | 已建成八十套。 | 县住建局 县教育局 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['城区学校扩容工程', ['县教育局'], ['县财政局', '各乡镇政府']],
      ['乡村教师周转房建设项目', ['县住建局'], ['县教育局']],
    ]);
  });

  it('keeps the page’s last row cut after its name, its name as the title', () => {
    const text = [
      '某区2022年为民办实事项目上半年进展表',
      '类别 | 序号 | 项目名称 | 年度建设内容 | 计划投资 | 上半年进展情况 | 责任单位 |',
      '完成投资 | 完成率 | 推进情况 |',
      '1 | 老旧小区改造工程 | 改造老旧小区十二个,惠及居民三千户。 | 8000 | 5200 | 65% | 九个小区已开工。 | 区住建局 区财政局 |',
      '2 | 背街小巷提升项目 | 整治背街小巷二十条,年底前全部完工。 | 2000 | 900 | 45% | 已完成八条。 | 区城管局 各街道办事处 |',
      '3 | 社区养老服务站建设',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['老旧小区改造工程', '背街小巷提升项目', '社区养老服务站建设']);
  });
});

describe('a category’s subtotal row between the rows of a progress table', () => {
  it('is no task and takes no unit from the row above (the next row keeps its own title)', () => {
    const text = [
      '某市2021年民生工程三季度进展表',
      '类别 | 序号 | 项目名称 | 建设内容 | 计划投资 | 三季度进展情况 | 责任单位 |',
      '完成投资 | 完成率 | 实施情况 |',
      '一、就业服务 | 就业服务2个项目小计 | 3000 | 2100 | 70% |',
      '1 | 公益性岗位开发项目 | 开发公益性岗位五百个。 | 2000 | 1500 | 75% | 已开发四百个。 | 市人社局 |',
      '2 | 职业技能提升培训 | 培训城乡劳动者三千人次。 | 1000 | 600 | 60% | 已培训两千人次。 | 市人社局 市财政局 |',
      '二、住房保障 | 住房保障1个项目小计 | 5000 | 2500 | 50% |',
      '3 | 公租房配租项目 | 配租公租房三百套。 | 5000 | 2500 | 50% | 已配租一百五十套。 | 市住建局 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['公益性岗位开发项目', ['市人社局'], []],
      ['职业技能提升培训', ['市人社局'], ['市财政局']],
      ['公租房配租项目', ['市住建局'], []],
    ]);
  });
});

describe('a task table’s total rows', () => {
  it('reads no task from a `合计` row nor from a category’s `…小计` row of figures', () => {
    const text = [
      '某市2024年重点水利项目进度表',
      '序号 | 项目名称 | 年度计划投资 | 完成投资 | 责任单位 |',
      '合计 | 15000 | 9000 | |',
      '1 | 建设城北水厂二期工程 | 10000 | 6000 | 市水务集团 |',
      '2 | 实施城区雨污分流改造 | 5000 | 3000 | 市住建局 |',
      '农村供水类小计 | 5000 | 3000 | |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建设城北水厂二期工程', ['市水务集团'], []],
      ['实施城区雨污分流改造', ['市住建局'], []],
    ]);
  });
});

describe('items named by the unit that handles them and their words in quotes', () => {
  it('reads `1.X承办的“…”(第N号)` lines, each followed by its 办理情况, as tasks led by X', () => {
    const text = [
      '关于2022年区人大代表建议办理情况的督查通报',
      '近期,区政府督查室对各承办单位的建议办理情况进行了督查,现将有关情况通报如下:',
      '(一)区人大二届三次会议代表建议办理情况',
      '1.区交通运输局承办的“关于修缮东环路破损路面的建议”(第5号)',
      '办理情况:已办结。修缮工程已于9月完工,区城管局配合完成了沿线绿化。',
      '2.区卫生健康委员会承办的“关于在城南新区增设社区卫生服务站的建议”(第12号)',
      '办理情况:正在办理。选址已确定。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['关于修缮东环路破损路面的建议', ['区交通运输局'], []],
      ['关于在城南新区增设社区卫生服务站的建议', ['区卫生健康委员会'], []],
    ]);
  });

  it('reads `X负责的“…”` items run in one paragraph, a bare `A、B、C` list led by its first unit', () => {
    const text = [
      '关于县政府第三次常务会议议定事项落实情况的通报',
      '一、总体情况',
      '第三次常务会议议定事项20件,已完成12件,正在办理8件。',
      '二、存在问题',
      '需要加快推进的事项2件,如县商务局负责的“完成县城商业综合体招商工作。”截至目前,已签约商户40家;县交通局、县财政局、各镇人民政府负责的“加快推进农村公路安防工程建设,确保年底前完工。”截至目前,已完成工程量的六成。',
      '按照县政府负责的“十项民生工程”要求,各单位要加强协作。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['完成县城商业综合体招商工作', ['县商务局'], []],
      ['加快推进农村公路安防工程建设', ['县交通局'], ['县财政局', '各镇人民政府']],
    ]);
  });
});

describe('a quoted item whose own words quote a name', () => {
  it('reads `X承办的“完成“…”工程”` whole, and a unit named for an economic zone', () => {
    const text = [
      '关于2023年政协提案办理情况的督查通报',
      '1.高新技术产业开发区管委会承办的“关于推进“智慧园区”平台建设的提案”(第7号)',
      '办理情况:正在办理。',
      '2.区对外贸易经济合作局承办的“关于扩大跨境电商出口的提案”(第9号)',
      '办理情况:已办结。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['关于推进“智慧园区”平台建设的提案', ['高新技术产业开发区管委会'], []],
      ['关于扩大跨境电商出口的提案', ['区对外贸易经济合作局'], []],
    ]);
  });
});

describe('a report’s first unit group head printed with its brackets lost (`区住建局6` for `(一)区住建局(6项)`)', () => {
  it('reads it as the head of the items under it, when the next head is `(二)X(N项)`', () => {
    const text = [
      '关于区政府工作报告重点任务二季度推进情况的通报',
      '现将进度滞后的任务通报如下:',
      '区住建局3',
      '1.城西片区棚户区改造项目征收进度滞后。',
      '2.老旧小区加装电梯推进较慢。',
      '3.海绵城市示范项目未开工。',
      '(二)区农业农村局(2项)',
      '1.高标准农田建设项目招标滞后。',
      '2.农村集体经济薄弱村清零工作推进较慢。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['城西片区棚户区改造项目征收进度滞后', ['区住建局'], []],
      ['老旧小区加装电梯推进较慢', ['区住建局'], []],
      ['海绵城市示范项目未开工', ['区住建局'], []],
      ['高标准农田建设项目招标滞后', ['区农业农村局'], []],
      ['农村集体经济薄弱村清零工作推进较慢', ['区农业农村局'], []],
    ]);
  });
});
