// Shapes of issue 15 (brief H-fix5-sentences, sentences closed by their own bracket): each in a small made-up
// document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('one-sentence lines under a sub-heading, each closed by its own bracket, the last cut by the page', () => {
  const head = [
    '某市人民政府办公厅关于落实发展规划主要目标任务分工的通知',
    '各区人民政府,市政府各部门:',
    '为做好规划实施工作,现将主要目标和任务分解如下。',
    '一、主要目标和任务分工安排',
    '(一)预期性指标',
    '森林覆盖率提高到百分之四十五。(市林业局牵头)',
    '城镇污水集中处理率达到百分之九十五。(市水务局、市住建局、市环保局等部门按职责分工负责)',
  ];

  it('reads each line as a task of its own, the short cut line too', () => {
    expect(rows([...head, '万元产值能耗'].join('\n'))).toEqual([
      ['森林覆盖率提高到百分之四十五', ['市林业局'], []],
      ['城镇污水集中处理率达到百分之九十五', ['市水务局', '市住建局', '市环保局'], []],
      ['万元产值能耗', [], []],
    ]);
  });

  it('keeps a short last line that is a unit, not a cut measure, out of the tasks', () => {
    const tasks = parsePlanText([...head, '某市人民政府办公厅'].join('\n')).tasks;
    expect(tasks.map((t) => t.title)).not.toContain('某市人民政府办公厅');
  });
});

describe('short one-sentence lines under the last sub-heading, the imprint line after them', () => {
  it('reads each line as a task of its own', () => {
    const text = [
      '某区2023年重点工作任务分工',
      '一、重点任务',
      '(一)城市建设',
      '推进老旧小区改造。(区住建局牵头)',
      '建设口袋公园八个。(区城管局、区林业局等部门按职责分工负责)',
      '(二)社会事业',
      '新建幼儿园两所。(区教育局牵头)',
      '完善养老服务网络。(区民政局牵头)',
      '某区人民政府办公室 2023年3月1日印发',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['推进老旧小区改造', ['区住建局'], []],
      ['建设口袋公园八个', ['区城管局', '区林业局'], []],
      ['新建幼儿园两所', ['区教育局'], []],
      ['完善养老服务网络', ['区民政局'], []],
    ]);
  });
});

describe('one paragraph per section, its sentence groups each closed by a bare unit bracket before the stop', () => {
  const doc = (paragraph: string, last = '二、加强宣传引导'): string =>
    [
      '某县2021年安全生产重点工作安排',
      '为做好全县安全生产工作,现作出如下安排。',
      '一、强化隐患排查治理',
      paragraph,
      last,
      '组织开展安全生产月活动,普及安全知识,营造良好氛围。推动安全宣传进企业、进学校、进社区,提高群众安全意识(县应急局、县教育局)。',
      '某县安全生产委员会办公室',
      '2021年3月2日',
    ].join('\n');

  it('makes each bracket close a task of its own, its first sentence the title', () => {
    const paragraph =
      '建立重点行业隐患排查台账,实行清单管理。开展危险化学品企业专项检查,督促企业落实主体责任(县应急局、县工信局、市场监管局)。做好道路交通安全整治工作,严查超载超限等违法行为(县公安局、交通运输局)。完善隐患举报奖励制度,畅通举报渠道。加强执法检查结果运用,强化部门协同联动(县应急局、住建局、消防大队)。';
    expect(rows(doc(paragraph))).toEqual([
      ['建立重点行业隐患排查台账', ['县应急局'], ['县工信局', '市场监管局']],
      ['做好道路交通安全整治工作', ['县公安局'], ['交通运输局']],
      ['完善隐患举报奖励制度', ['县应急局'], ['住建局', '县消防大队']],
      ['加强宣传引导', ['县应急局'], ['县教育局']],
    ]);
  });

  it('keeps a paragraph with a single closing bracket as one task', () => {
    const paragraph = '建立重点行业隐患排查台账,实行清单管理。开展危险化学品企业专项检查,督促企业落实主体责任。做好道路交通安全整治工作,严查超载超限等违法行为(县公安局、交通运输局)。';
    expect(rows(doc(paragraph)).map((r) => r[0])).toEqual(['强化隐患排查治理', '加强宣传引导']);
  });

  it('does not split at citations, short names or examples in brackets', () => {
    const paragraph =
      '认真贯彻《安全生产法》(主席令第八十八号)。落实安全生产责任制(以下简称责任制)。加强重点场所检查(含学校、医院、车站)。充实县安全生产委员会办公室(县安委办)。加强重点场所(如学校、医院、车站)检查,消除各类隐患。做好道路交通安全整治工作(县公安局、交通运输局)。';
    expect(rows(doc(paragraph)).map((r) => r[0])).toEqual(['强化隐患排查治理', '加强宣传引导']);
  });

  it("reads the text's last section, cut by the page before its bracket, as one more such task", () => {
    const paragraph = '开展危险化学品企业专项检查,督促企业落实主体责任(县应急局、县工信局)。做好道路交通安全整治工作,严查超载超限等违法行为(县公安局、交通运输局)。';
    const text = [
      '某县2021年安全生产重点工作安排',
      '一、强化隐患排查治理',
      paragraph,
      '二、加强宣传引导',
      '组织开展安全生产月活动,普及安全知识,营造良好氛围。推动安全宣传进企业、进学校、进社',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['开展危险化学品企业专项检查', '做好道路交通安全整治工作', '组织开展安全生产月活动']);
  });
});

describe('items headed by a 关于X。 sentence, run together in one paragraph under a section heading', () => {
  const doc = (paragraph: string): string =>
    ['某区大气污染防治工作推进会议纪要', '一、前期工作情况', '各单位按计划推进整改,取得阶段成效。', '二、下步重点问题', paragraph].join('\n');

  it('makes each 关于 sentence open a task of its own, titled by it', () => {
    const paragraph =
      '关于建筑工地扬尘治理。区住建局牵头负责,督促在建工地落实围挡、喷淋和车辆冲洗措施,每周开展一次检查。关于餐饮油烟整治。区城管局负责,对主次干道沿街餐饮单位逐户排查,未安装净化设施的限期整改。关于秸秆禁烧。各街道';
    expect(rows(doc(paragraph)).map((r) => r[0]).filter((t) => t.startsWith('关于'))).toEqual(['关于建筑工地扬尘治理', '关于餐饮油烟整治', '关于秸秆禁烧']);
  });

  it('leaves a paragraph that opens otherwise, or cites a document 关于…的通知, as it is', () => {
    const cited = '关于印发大气污染防治方案的通知。区住建局牵头负责,督促在建工地落实围挡措施,每周开展一次检查。关于餐饮油烟整治的意见。区城管局负责,逐户排查沿街餐饮单位。';
    expect(rows(doc(cited)).map((r) => r[0])).toEqual(['前期工作情况', '下步重点问题']);
    const opens = '会议认为,治理工作仍有短板。关于建筑工地扬尘治理。区住建局牵头负责,督促在建工地落实围挡措施。关于餐饮油烟整治。区城管局负责,逐户排查沿街餐饮单位。';
    expect(rows(doc(opens)).map((r) => r[0])).toEqual(['前期工作情况', '下步重点问题']);
  });
});
