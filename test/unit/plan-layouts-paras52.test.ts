// Shapes of issue 15 (brief H-fix7-paras52, older shelf pages): each in a small made-up document of the shape.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('item numbers glued to their text in a run of numbered items', () => {
  it('reads `2推进…` between `1.` and `3.` items, and indented glued items after `2.`, as items', () => {
    const text = [
      '关于某县2024年重点工作上半年进展情况的通报',
      '经督查,下列事项进展滞后:',
      '(一)县住建局(4项)',
      '1.城区雨污分流改造滞后于计划。',
      '2推进老旧管网更新无实质性进展。',
      '3.背街小巷亮化工程尚未开工。',
      '4.公共停车场建设推进较慢。',
      '(二)县文旅局(4项)',
      '1.景区提质工程尚未完成招标。',
      '2.乡村旅游示范点创建进展缓慢。',
      '    3文化馆免费开放服务质量不高,推进较慢。',
      '    4“非遗进校园”活动未开展。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['城区雨污分流改造滞后于计划', ['县住建局'], []],
      ['推进老旧管网更新无实质性进展', ['县住建局'], []],
      ['背街小巷亮化工程尚未开工', ['县住建局'], []],
      ['公共停车场建设推进较慢', ['县住建局'], []],
      ['景区提质工程尚未完成招标', ['县文旅局'], []],
      ['乡村旅游示范点创建进展缓慢', ['县文旅局'], []],
      ['文化馆免费开放服务质量不高', ['县文旅局'], []],
      ['“非遗进校园”活动未开展', ['县文旅局'], []],
    ]);
  });

  it('reads glued numbers before the first dotted item, and a stray figure after the number', () => {
    const text = [
      '(一)市商务局(4项)',
      '1加快外贸综合服务平台建设推进较慢。',
      '215完成进出口额低于序时进度。',
      '3.跨境电商产业园招商进展缓慢。',
      '4.会展经济专项行动未开展。',
      '(二)市交通局(2项)',
      '1.国省干线改造滞后。',
      '2.农村客运公交化改造推进较慢。',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([
      ['加快外贸综合服务平台建设推进较慢', ['市商务局']],
      ['15完成进出口额低于序时进度', ['市商务局']],
      ['跨境电商产业园招商进展缓慢', ['市商务局']],
      ['会展经济专项行动未开展', ['市商务局']],
      ['国省干线改造滞后', ['市交通局']],
      ['农村客运公交化改造推进较慢', ['市交通局']],
    ]);
  });

  it('takes no figure or date that opens a line for an item number', () => {
    const text = [
      '一、重点任务',
      '1.完成城区供水管网改造,全年改造',
      '2公里以上;新建加压泵站两座。(责任单位:县水务局)',
      '2.推进污水处理厂提标改造,',
      '2025年底前出水达到一级A标准。(责任单位:县住建局)',
      '3.实施河道清淤工程。(责任单位:县水务局)',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['完成城区供水管网改造', '推进污水处理厂提标改造', '实施河道清淤工程']);
  });
});

describe('a unit line of a division of work opened by 要 after its colon', () => {
  it('reads `X(Y)委员会:要…` beside sibling `Z:负责…` lines as a duty of its own', () => {
    const text = [
      '某乡2023年秸秆综合利用工作方案',
      '一、工作目标',
      '全乡秸秆综合利用率达到百分之九十以上。',
      '二、职责分工',
      '社区(村)居委会:要按照“谁主管、谁负责”原则,组织农户做好秸秆收储,及时报告焚烧苗头。',
      '农业综合服务站:负责秸秆还田技术指导和机械调度。',
      '乡财政所:负责秸秆综合利用补助资金的拨付和监管。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['要按照“谁主管、谁负责”原则', ['社区(村)居委会'], []],
      ['负责秸秆还田技术指导和机械调度', ['农业综合服务站'], []],
      ['负责秸秆综合利用补助资金的拨付和监管', ['乡财政所'], []],
    ]);
  });

  it('reads no such line alone, with no sibling that names its duty by a duty verb', () => {
    const text = [
      '某乡2023年秸秆综合利用工作方案',
      '一、工作要求',
      '各村委会:要按照方案要求,组织农户做好秸秆收储。',
      '各站所:要密切配合,形成工作合力。',
      // A task read by a numbered item keeps the reader of last resort (unit-led-pieces.ts) silent: this is a test
      // of the unit-line reader alone.
      '二、重点任务',
      '1.开展秸秆禁烧巡查。牵头单位:乡农业综合服务站',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).not.toContainEqual(['各村委会']);
  });
});

describe('a run of unit duty sentences after a lead-in closed by a colon, one naming two units', () => {
  it('reads the first unit after `…如下:` and a `A、B,负责…` sentence (A leading, B taking part)', () => {
    const text = [
      '某区防汛抗旱工作实施方案',
      '一、组织领导区政府成立防汛抗旱指挥部。二、职责分工指挥部各成员单位职责如下:区水务局,负责全区防汛抗旱的组织协调,承担指挥部办公室日常工作。加强水利工程巡查。区住建局、区城管局,负责城区排涝设施的检查维护,及时排除积水。区民政局,负责受灾群众的临时安置和救助。区气象局,负责天气监测和预警信息发布。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['区水务局', ['区水务局'], []],
      ['负责城区排涝设施的检查维护', ['区住建局'], ['区城管局']],
      ['区民政局', ['区民政局'], []],
      ['区气象局', ['区气象局'], []],
    ]);
  });
});

describe('a news digest of sentences each opened by a unit, some with the deadline before the work and no 要', () => {
  it('reads `X公司9月底建成…` and a sentence after `根据…,今年,` as sentences of the run', () => {
    const text = [
      '某市公布今年重点任务分工',
      '3月10日,某市人民政府公布2024年重点任务分工,明确完成时限和牵头单位。',
      '根据任务分工,今年,市水务局要在6月底完成城区供水管网改造80公里。市城投公司9月底建成投用东部污水处理厂。市卫健委要在10月底新建社区卫生服务站12个。高新区管委会11月中旬启动科创园二期项目。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['市水务局要在6月底完成城区供水管网改造80公里', ['市水务局'], []],
      ['市城投公司9月底建成投用东部污水处理厂', ['市城投公司'], []],
      ['市卫健委要在10月底新建社区卫生服务站12个', ['市卫健委'], []],
      ['高新区管委会11月中旬启动科创园二期项目', ['高新区管委会'], []],
    ]);
  });
});

describe('an item written in parts (重点 / 措施) with its unit labels after the last measure', () => {
  it('reads the item as the task and its parts and measures as its text; a cut last sibling the same', () => {
    const text = [
      '某区夜市经营秩序整治工作方案',
      '一、工作目标',
      '夜市经营秩序明显好转。',
      '二、整治内容',
      '(一)开展主干道夜市摊点整治。',
      '1.整治重点',
      '沿街夜市占道经营、油烟扰民、垃圾乱倒等问题。',
      '2.整治措施',
      '(1)划定夜市经营区域,严禁超范围经营。',
      '(2)督促摊主安装油烟净化设施。',
      '(3)落实垃圾日产日清。',
      '牵头单位:区市场监管局',
      '责任单位:区城管局、各街道办事处',
      '(二)开展校园周边流动摊贩整治。',
      '1.整治重点',
      '校园周边流动摊贩无证经营问题。',
      '2.整治措施',
      '(1)设立禁摆区域,',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['开展主干道夜市摊点整治', ['区市场监管局'], ['区城管局', '各街道办事处']],
      ['开展校园周边流动摊贩整治', [], []],
    ]);
  });

  it('keeps the measures as tasks when they name units of their own', () => {
    const text = [
      '某区夜市经营秩序整治工作方案',
      '一、整治内容',
      '(一)开展主干道夜市摊点整治。',
      '1.整治重点',
      '沿街夜市占道经营问题。',
      '2.整治措施',
      '(1)划定夜市经营区域,严禁超范围经营。(区城管局负责)',
      '(2)督促摊主安装油烟净化设施。(区生态环境分局负责)',
      '牵头单位:区市场监管局',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).not.toContain('开展主干道夜市摊点整治');
  });
});

describe('`关于X。` items run together, the unit opening the sentence after the head before a bare 负责', () => {
  it('reads `关于X。县乙局负责,…` as the item led by that unit', () => {
    const text = [
      '某县大气污染防治工作推进情况',
      '二、存在的突出问题',
      '关于露天焚烧问题。县农业农村局牵头负责,加强秸秆禁烧巡查。关于餐饮油烟问题。县市场监管局负责,5月10日,已组织餐饮业主集中培训,督促安装净化设施。关于建筑扬尘问题。县住建局负责,落实工地围挡和洒水降尘。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['关于露天焚烧问题', ['县农业农村局'], []],
      ['关于餐饮油烟问题', ['县市场监管局'], []],
      ['关于建筑扬尘问题', ['县住建局'], []],
    ]);
  });
});
