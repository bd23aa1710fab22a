// Shapes the held-out shelf showed (test/corpus/heldout), each written here with made-up content so the
// rule is tested as a shape, not as the page it came from.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('a progress table whose cells are parted by spaces', () => {
  const table = [
    '某县2026年1-6月民生项目推进情况表',
    '序号 民生项目名称 责任单位 目标任务 1- 6月完成情况 完成率% 备注',
    '1 改造农村公路危桥 交通运输局 12座 7 58% 其余5座已开工',
    '2 新增公办托位   卫健委 300个 120 40%',
    '3 建设乡镇污水处理站(座) 住建局 4座 50% 两座已完成主体;另两座在招标。',
    '4 提高困难群众救助水平 城乡低保年人均提高到5000元 县民政局 100% 100%',
    '发放残疾人两项补贴 县残联 100% 96% 个别人员待核实',
    '5 全民健身 新建健身路径30条 县文体局 30 22 73%',
  ].join('\n');

  it('reads a header word split after its digits, and each row by its unit cell', () => {
    const tasks = read(table);
    expect(tasks.slice(0, 3)).toEqual([
      ['改造农村公路危桥', ['交通运输局'], []],
      ['新增公办托位', ['卫健委'], []],
      ['建设乡镇污水处理站(座)', ['住建局'], []],
    ]);
  });

  it('reads a 项目 over sub-items as one task per sub-item, each with its own unit', () => {
    const tasks = read(table);
    expect(tasks.slice(3)).toEqual([
      ['城乡低保年人均提高到5000元', ['县民政局'], []],
      ['发放残疾人两项补贴', ['县残联'], []],
      ['新建健身路径30条', ['县文体局'], []],
    ]);
    expect(parsePlanText(table).sections?.map((s) => s.title)).toContain('提高困难群众救助水平');
  });
});

describe('a digest whose items carry no number, only the fields under them', () => {
  const digest = [
    '记者从市政府获悉,今年的民生实事已分解到各单位,以下摘登其中几项。',
    '领域 交通',
    '新开通城乡公交线路12条。',
    '分管领导:王某',
    '责任单位:市交通运输局、市公交集团',
    '项目负责人:李某',
    '时间节点:9月底前全部开通。',
    '改造背街小巷40条',
    '分管领导:王某',
    '责任单位:市城管局',
    '时间节点:11月底前完工。',
  ].join('\n');

  it('reads the line above each block of fields as an item', () => {
    expect(read(digest)).toEqual([
      ['新开通城乡公交线路12条', ['市交通运输局'], ['市公交集团']],
      ['改造背街小巷40条', ['市城管局'], []],
    ]);
  });

  it('leaves a numbered plan as it is: a paragraph above a label is the item’s own', () => {
    const numbered = ['1.新建口袋公园5个。', '选址优先考虑老旧小区周边。', '责任单位:区园林局', '2.改造绿道10公里。', '按季度报送进展。', '责任单位:区交通局'].join('\n');
    expect(read(numbered).map((t) => t[0])).toEqual(['新建口袋公园5个', '改造绿道10公里']);
  });
});

describe('a page that lost every line break, its (一) glued to the text before', () => {
  const page =
    '某县交通运输局文明创建工作方案各股室、各站所:为做好今年文明县城创建工作,结合我局实际,制定本方案。一、组织领导成立创建工作领导小组,由局长任组长,各副局长任副组长,成员由各股室负责人组成,领导小组办公室设在局办公室,负责日常协调。' +
    '二、重点整治工作(一)客运站场环境整治客运站:清理站场周边乱停乱放,规范候车区域秩序。分管领导:赵某副局长责任股室:运管股、安全股(二)农村公路沿线整治公路沿线:清理路肩堆积物,补齐破损标志标牌。分管领导:钱某副局长责任股室:公路站、养护股' +
    '(三)出租车行业服务提升出租车:开展文明服务培训和星级评定。分管领导:孙某副局长责任股室:客运股配合做好全县创建工作' +
    '(一)配合县城管局做好占道经营治理配合领导:赵某副局长配合股室:路政大队(二)配合县公安局、县市场监管局做好非法营运整治配合领导:钱某副局长配合股室:运管股(三)配合县文明办做好公益广告设置配合领导:孙某副局长配合股室:办公室';

  it('cuts the page at its runs of (一)(二)(三) and reads each item’s fields', () => {
    expect(read(page).map(([title, leads, participants]) => [title.slice(0, 8), leads, participants])).toEqual([
      ['客运站场环境整治', ['运管股'], ['安全股']],
      ['农村公路沿线整治', ['公路站'], ['养护股']],
      ['出租车行业服务提', ['客运股'], []],
      ['配合县城管局做好', ['县城管局'], ['路政大队']],
      ['配合县公安局、县', ['县公安局', '县市场监管局'], ['运管股']],
      ['配合县文明办做好', ['县文明办'], ['办公室']],
    ]);
  });

  it('leaves a (一)(二)(三) list inside an ordinary item’s sentence whole', () => {
    const text = ['1.完善三项机制,包括(一)会商机制(二)通报机制(三)督办机制。(牵头单位:县政府办)', '2.建立工作台账。(牵头单位:县督查室)'].join('\n');
    expect(read(text).map((t) => t[0].slice(0, 6))).toEqual(['完善三项机制', '建立工作台账']);
  });
});

describe('a notice that shares the work out itself', () => {
  it('reads its numbered points opened by units as tasks, not as the notice’s own requirements', () => {
    const text = [
      '各镇人民政府,区政府各部门、各直属机构:',
      '为做好今冬明春森林防火工作,现将有关事项通知如下:',
      '一、工作目标',
      '确保不发生重特大森林火灾。',
      '二、职责分工',
      '1.区林业局负责林区火源管控和巡护队伍的组织调度工作。',
      '2.区应急管理局负责扑救力量的统筹和物资储备工作。',
      '3.区气象局负责火险天气的监测预报工作。',
      '某区人民政府办公室',
      '2026年10月8日',
    ].join('\n');
    expect(read(text).map(([title, leads]) => [title.slice(0, 6), leads])).toEqual([
      ['区林业局负责', ['区林业局']],
      ['区应急管理局', ['区应急管理局']],
      ['区气象局负责', ['区气象局']],
    ]);
  });
});

describe('a plan run into one paragraph with its work shared out in the prose', () => {
  const page =
    '某区创建国家卫生城区宣传方案为营造全社会关心支持创卫工作的氛围,结合我区实际,制定本方案。一、指导思想以习近平新时代中国特色社会主义思想为指导,坚持全民参与、共建共享,广泛宣传创建工作的意义和要求,推动形成人人参与创卫的良好局面,为顺利通过国家考核评估营造浓厚氛围,全面提升城区文明程度和群众健康素养。二、主要任务围绕创卫目标,综合运用多种宣传手段,提高群众知晓率和参与率。' +
    '(一)阵地宣传1、设置公益广告牌。在主要路口和公园设置创卫公益广告牌,在社区宣传栏张贴健康知识海报。广告牌的设计制作由区卫健局负责,海报的张贴和维护由各街道及区城管局负责。2、开展入户宣传。组织志愿者逐户发放告知书,讲解病媒生物防制知识。入户宣传由区爱卫办负责。';

  it('cuts the groups and the glued first item, and reads who does each part', () => {
    expect(read(page)).toEqual([
      ['设置公益广告牌', ['区卫健局', '各街道', '区城管局'], []],
      ['开展入户宣传', ['区爱卫办'], []],
    ]);
  });

  it('does not read a rule for whole groups as a unit', () => {
    const text = ['1.做好行业排查。新兴行业按照业务相近的原则由业务相近部门负责。'].join('\n');
    expect(read(text).map((t) => t[1])).toEqual([[]]);
  });
});

describe('sentences under a group heading, each closed by its own assignment', () => {
  it('reads each sentence with its bracket as a task of its own', () => {
    const text = [
      '一、强化源头治理',
      '修订畜禽养殖污染防治规划。(区农业农村局负责)开展入河排污口排查整治。(区生态环境局牵头,区水务局配合)各镇建立河长巡河台账。(各镇人民政府负责)',
      '二、加强执法监管',
      '开展联合执法检查。(区综合执法局负责)',
    ].join('\n');
    expect(read(text)).toEqual([
      ['修订畜禽养殖污染防治规划', ['区农业农村局'], []],
      ['开展入河排污口排查整治', ['区生态环境局'], ['区水务局']],
      ['各镇建立河长巡河台账', ['各镇人民政府'], []],
      // One sentence under its heading: the heading is the task, as before.
      ['加强执法监管', ['区综合执法局'], []],
    ]);
  });

  it('keeps a numbered item whose measures each name their units as one task the units share', () => {
    const text = '1.开展质量提升行动。制定行业标准。(区市场监管局负责)推进品牌培育。(区商务局负责)';
    expect(read(text).map((t) => t[0])).toEqual(['开展质量提升行动']);
  });
});

describe('a document site’s preview cut into numbered chunks', () => {
  it('joins the chunks the site numbered mid-sentence and reads the plan’s own items', () => {
    const text = [
      '某区2025年安全生产工作要点.docx',
      '1、某区2025年安全生产工作要点 各镇人民政府,区政府各部门:现将要点印发给你们,请认真贯彻执行。某区安全生产委员会 今年全区安全生产工作要坚持人民至上、生命至上,统筹发展和安全,全面落实安全生产责任制,坚决遏制较大以上事故,持续深化风险隐患排查整治,着力提升本质安全水平,不断健全应急救援体系,切实增强全社会安全意识和自救互救能力,为全区高质量发展营造安全稳定',
      '2、的环境。具体要点如下:一、压实安全责任修订区安委会成员单位安全生产工作职责。(区应急管理局负责)二、开展专项整治推进城镇燃气安全整治,完成老旧管网改造任',
      '3、务。(区住建局牵头,区市场监管局配合)',
    ].join('\n');
    expect(read(text).map(([title, leads, participants]) => [title.slice(-6), leads, participants])).toEqual([
      ['生产工作职责', ['区应急管理局'], []],
      ['管网改造任务', ['区住建局'], ['区市场监管局']],
    ]);
  });
});
