// Layouts the second held-out batch of task documents (101-110 of the real-document corpus, issue 15,
// brief H1) showed when scored before any change: general rules, each in a small made-up document of
// the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { titleRowsInferred as rows } from '../helpers/plan-rows.js';

describe('responsibility lines held-out documents write differently', () => {
  it('a 责任部门 label whose list is a sentence with its own verbs (X牵头,A、B配合) is read by the verbs', () => {
    const text = [
      '一、加强住房保障',
      '1、扩大公租房保障范围。',
      '责任部门:市住建局牵头,市民政局、市财政局配合。',
      '2、推进老旧小区改造。',
      '责任部门:市住建局。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['扩大公租房保障范围', ['市住建局'], ['市民政局', '市财政局'], false],
      ['推进老旧小区改造', ['市住建局'], [], true],
    ]);
  });

  it('a bracket on its own line after sub-items (1)-(3) covers every sub-item; at the end of a sentence it stays that item’s', () => {
    const text = [
      '(一)预案建设',
      '1.完善预案体系',
      '(1)规范预案编制。',
      '(2)推进预案精简。',
      '(3)加强预案演练。',
      '(责任单位:区应急局、各街道办事处)',
      '2.健全指挥机制',
      '(1)建设指挥平台。',
      '(2)完善值守制度。(责任单位:区应急局)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['规范预案编制', ['区应急局'], ['各街道办事处'], true],
      ['推进预案精简', ['区应急局'], ['各街道办事处'], true],
      ['加强预案演练', ['区应急局'], ['各街道办事处'], true],
      ['建设指挥平台', [], [], false],
      ['完善值守制度', ['区应急局'], [], true],
    ]);
  });

  it('a carry-forward note naming two units, worded 不再单独列出, adds both to this task and every later one', () => {
    const text = [
      '一、落实财税支持政策',
      '1.设立专项资金,支持企业技术改造。(责任单位:市工信局、市财政局等有关部门,各县区政府、园区管委会。以下措施均需各县区政府、园区管委会落实,不再单独列出)',
      '2.开展企业上云培训。(责任单位:市工信局、市财政局)',
    ].join('\n');
    expect(rows(text)[1]).toEqual(['开展企业上云培训', ['市工信局'], ['市财政局', '各县区政府', '园区管委会'], true]);
  });

  it('a PDF’s hard-wrapped label line (a unit cut at the line end) and its page numbers (— — — 3 —)', () => {
    const text = [
      '一、加强基层党建',
      '1.完善街道党工委领导体制机制,优',
      '化决策程序。',
      '牵头单位:区委组织部',
      '协办单位:区委编办、区民政局、园区党工',
      '委、各街道党工委',
      '— — — 3 —',
      '2.构建区域化党建体系。',
      '牵头单位:区委组织部',
      '协办单位:区委编办、',
      '各街道党工委',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['区委组织部'], ['区委编办', '区民政局', '园区党工委', '各街道党工委']],
      [['区委组织部'], ['区委编办', '各街道党工委']],
    ]);
    expect(plan.unplaced.find((u) => u.text === '— — — 3 —')?.reason).toBe('页码');
  });
});

describe("a document's own rule and its notice", () => {
  it('除特别注明的外,X和Y、Z管委会都是配合单位 in the notice makes them participants of every task', () => {
    const text = [
      '各县(市、区)人民政府,市直属各单位:',
      '各牵头单位要发挥指导协调作用。除特别注明的外,各县(市、区)政府和高新开发区、滨江新区管委会都是配合单位。',
      '一、市长牵头的重点工作',
      '1.完成年度经济社会发展预期目标。',
      '牵头单位:市发改委',
      '配合单位:市财政局',
      '2.推进政府数字化转型。',
      '牵头单位:市大数据局',
    ].join('\n');
    const all = ['各县(市、区)政府', '高新开发区管委会', '滨江新区管委会'];
    expect(rows(text)).toEqual([
      ['完成年度经济社会发展预期目标', ['市发改委'], ['市财政局', ...all], false],
      ['推进政府数字化转型', ['市大数据局'], all, false],
    ]);
  });

  it('the notice’s list of attachments (附件:1.… / 2.…分解) is not a task', () => {
    const text = [
      '《重点工作责任分解》和《民生实事责任分解》已经市政府同意,现印发给你们。',
      '附件:1.2020年重点工作责任分解',
      '2.十方面民生实事责任分解',
      '某某市人民政府办公室',
      '附件1',
      '一、市长主抓重点工作',
      '1.支持企业发展。',
      '责任单位:市经信局、市财政局',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.title)).toEqual(['支持企业发展']);
    expect(plan.unplaced.some((u) => u.text === '2.十方面民生实事责任分解' && u.kind === 'skipped')).toBe(true);
  });
});

describe('text copied out of a PDF at a fixed line width', () => {
  // Every line breaks at about 22 characters, inside sentences, headings and names.
  const pdf = [
    '为落实全市社区工作会议精神,结合本区实际',
    '情况,现就加强社区治理工作制定如下分工',
    '方案,请各单位认真抓好落实,按时报送进展。',
    '一、加强社区党组织建设,提高基层治理的整',
    '体水平',
    '1.健全社区党组织领导下的居民自治机制,完',
    '善议事协商程序,重大事项由社区党组织研究',
    '决定,推动各类组织在社区党组织领导下开展',
    '工作,形成共建共治共享的社区治理格局。',
    '牵头单位:区委组织部',
    '协办单位:区民政局、各街道党工委',
    '2.推进社区服务阵地建设,整合社区综合服务',
    '设施,完善社区养老托育等服务功能,推动社',
    '区服务向小区和楼栋延伸,提升社区为民服务',
    '的能力和服务水平。',
    '牵头单位:区民政局',
  ].join('\n');

  it('joins the lines the page broke, so headings and titles are whole', () => {
    const plan = parsePlanText(pdf);
    expect((plan.sections ?? []).map((s) => s.title)).toEqual(['加强社区党组织建设,提高基层治理的整体水平']);
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['健全社区党组织领导下的居民自治机制', ['区委组织部'], ['区民政局', '各街道党工委']],
      ['推进社区服务阵地建设', ['区民政局'], []],
    ]);
    // The sentence the page broke (`…,完` / `善议事协商程序`) reads whole again.
    expect(plan.tasks[0]?.content).toContain('完善议事协商程序,重大事项由社区党组织研究决定');
  });

  it('leaves a web page alone: a short title line is not joined to the paragraph under it', () => {
    const text = ['1.完善预案体系', '规范预案编制,明确预案的审批和备案程序,每年修订一次。', '牵头单位:区应急局'].join('\n');
    expect(parsePlanText(text).tasks[0]?.title).toBe('完善预案体系');
  });
});

describe('more spellings of who leads, read as tolerantly as the common ones', () => {
  const read = (lines: string[]): [string[], string[], boolean][] =>
    parsePlanText(['一、重点任务', ...lines].join('\n')).tasks.map((t) => [t.leads, t.participants, t.isLeadInferred]);

  it('a unit marked (牵头) inside a 责任单位 list leads; the rest take part', () => {
    expect(read(['1.建设口袋公园5个。(责任单位:区园林局(牵头)、区财政局、各街道)', '2.改造绿道。(责任单位:区财政局,区交通局(牵头))'])).toEqual([
      [['区园林局'], ['区财政局', '各街道'], false],
      [['区交通局'], ['区财政局'], false],
    ]);
  });

  it('X为牵头单位,Y为配合单位, and a list followed by `A为牵头单位`', () => {
    expect(read(['1.建设口袋公园5个。(区园林局为牵头单位,区财政局、各街道为配合单位)', '2.改造绿道。(责任单位:区交通局、区园林局,区园林局为牵头单位)'])).toEqual([
      [['区园林局'], ['区财政局', '各街道'], false],
      [['区园林局'], ['区交通局'], false],
    ]);
  });

  it('由X负责,Y配合; X负责牵头; 具体由X牵头实施: 由 is no part of a name, and the responsible unit beside helpers leads', () => {
    expect(
      read([
        '1.建设口袋公园5个。(由区园林局负责,区财政局、各街道配合)',
        '2.改造绿道。(区交通局负责牵头,区园林局配合)',
        '3.修缮公厕。(具体由区城管局牵头实施,各街道配合)',
        '4.建设停车场。(区住建局、区交通局负责,各街道配合)',
      ]),
    ).toEqual([
      [['区园林局'], ['区财政局', '各街道'], false],
      [['区交通局'], ['区园林局'], false],
      [['区城管局'], ['各街道'], false],
      [['区住建局', '区交通局'], ['各街道'], false],
    ]);
  });

  it('short labels (牵头: 配合:), 责任主体, 协办部门, 主要/其他责任单位, and labels printed in 【】', () => {
    expect(
      read([
        '1.建设口袋公园5个。(牵头:区园林局;配合:区财政局、各街道)',
        '2.改造绿道。',
        '责任主体:区交通局、各街道',
        '3.修缮公厕。',
        '牵头部门:区城管局',
        '协办部门:区财政局',
        '4.建设停车场。',
        '主要责任单位:区住建局',
        '其他责任单位:区交通局、各街道',
        '5.增设充电桩。',
        '【牵头单位】区发改局',
        '【配合单位】区住建局',
        '6.新建公交站。',
        '【牵头单位】区发改局',
      ]),
    ).toEqual([
      [['区园林局'], ['区财政局', '各街道'], false],
      [['区交通局'], ['各街道'], true],
      [['区城管局'], ['区财政局'], false],
      [['区住建局'], ['区交通局', '各街道'], false],
      [['区发改局'], ['区住建局'], false],
      [['区发改局'], [], false],
    ]);
  });
});

describe('layouts of 111-112, found after the first rules and scored before any change for them', () => {
  it('a group heading naming the unit that leads it (一、X管委会牵头工作(3项)) leads each item under it', () => {
    const text = [
      '一、责任到人,闭环管理。各单位要严格对照任务清单,逐项细化职责。',
      '附件1',
      '一、县开发区管委会牵头工作(3项)',
      '1.建设冷链物流基地。',
      '2.打造农产品加工园。',
      '3.引进食品企业2家。(责任单位:县商务局)',
      '二、县长牵头的重点工作',
      '1.完成年度预期目标。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建设冷链物流基地', ['县开发区管委会'], [], false],
      ['打造农产品加工园', ['县开发区管委会'], [], false],
      ['引进食品企业2家', ['县商务局'], [], true],
      // A heading that names a person (县长) gives no unit: the item waits for one.
      ['完成年度预期目标', [], [], false],
    ]);
  });

  it('a `|` table headed 具体工作任务和要求, whose 责任单位 cell separates its units by spaces', () => {
    const text = [
      '序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |',
      '1 | 新建公办幼儿园2所,增加学位600个。 | 王某某 | 县教体局 各相关乡镇政府 | 已开工。 |',
      '2 | 改造农村公路50公里。 | 李某某 | 县交通局 | 完成30公里。 |',
    ].join('\n');
    expect(rows(text).map(([, l, p, i]) => [l, p, i])).toEqual([
      [['县教体局'], ['各相关乡镇政府'], true],
      [['县交通局'], [], true],
    ]);
  });
});
