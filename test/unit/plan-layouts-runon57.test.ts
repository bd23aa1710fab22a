// Shapes of issue 15 (brief H-fix10-runon57, held-out pages of heldout52/heldout54), each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { wrapLikePdf } from '../corpus/wrapped.js';
import { clauseRowsInferred } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads, participants and whether the lead is inferred. */
const rows = clauseRowsInferred(/[,,。;]/);

describe('inline counted parts naming their units after 由 (`一是…,由X具体负责…。二是…,由X配合Y完成…`)', () => {
  it('makes each part a task led by the unit of its 由-clause', () => {
    const text = [
      '关于做好春季植树工作的简报',
      '3月12日,全镇召开植树工作部署会,要求各单位高度重视,确保按期完成。',
      '组建植树工作小组4个,确保任务按期完成。一是组建城区绿化工作小组。由园林所具体负责城区主干道两侧的补植工作。二是组建校园绿化工作小组,由教育办负责各中小学校园内的植树任务。三是组建河道绿化工作小组,由水务站配合区水利局完成沿河绿化带的补植。四是组建村庄绿化工作小组,由农业服务中心配合区林业局做好苗木调运,并具体负责各村庭院绿化工作。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['组建城区绿化工作小组', ['园林所'], [], false],
      ['组建校园绿化工作小组', ['教育办'], [], false],
      ['组建河道绿化工作小组', ['区水利局'], ['水务站'], false],
      ['组建村庄绿化工作小组', ['农业服务中心'], ['区林业局'], false],
    ]);
  });

  it('reads a standing `由X牵头,A、B配合,…` paragraph before the run as a task, its units given to the parts that name none', () => {
    const text = [
      '关于做好春季植树工作的简报',
      '由绿化办牵头,党政办、财政所配合,3月20日前完成全镇苗木需求摸底,各村在3月25日前上报植树计划。',
      '成立专项小组3个。第一,成立苗木采购小组,由财政所具体负责苗木的招标采购工作。第二,成立技术指导小组,由农技站负责栽植技术培训。第三,成立督查小组,督查各村植树进度。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['由绿化办牵头', ['绿化办'], ['党政办', '财政所'], false],
      ['成立苗木采购小组', ['财政所'], [], false],
      ['成立技术指导小组', ['农技站'], [], false],
      ['成立督查小组', ['绿化办'], ['党政办', '财政所'], true],
    ]);
  });

  it('leaves a counted paragraph whose parts name no unit as it reads today', () => {
    const text = [
      '关于做好春季植树工作的简报',
      '(一)加强组织领导。一是成立工作小组,明确专人负责。二是制定工作方案,细化工作措施。三是加强督查考核。',
      '(二)强化宣传发动。通过广播、标语等方式广泛宣传(镇宣传办牵头)。',
    ].join('\n');
    const titles = rows(text).map((r) => r[0]);
    expect(titles).not.toContain('成立工作小组');
    expect(titles).not.toContain('制定工作方案');
  });
});

describe('a speech with no outline whose paragraphs open `二是要…。` / `三是要…。`, units as the subject of their sentences', () => {
  const speech = [
    '县应急管理局要统筹抓总,做好隐患排查,按照“谁检查、谁签字、谁负责”原则,做到企业排查全覆盖,确保不留死角。消防部门要强化日常巡查,加强森林火情排查,一旦发现火情要及时报告。',
    '二是要强化源头管控。县住建、交通、水利、电力等部门要加强行业监管,督促企业落实主体责任,坚决杜绝违规作业。同时,要持续加强重点时段检查,严格落实全链条监管责任,对涉及违法的,要依法严厉惩处。',
    '三是要强化值班值守。各乡镇、各有关部门要严格执行24小时值班制度,一旦发生险情,要第一时间上报。',
    '四是要强化宣传教育。要通过广播、短信等方式,提高群众安全意识。',
  ];

  it('makes each paragraph a task, its units leading, the paragraph before `二是` the first part', () => {
    // Printed at a fixed width, broken inside words: the reader joins the lines back first.
    expect(rows(wrapLikePdf(speech.join('\n'), 30))).toEqual([
      ['县应急管理局要统筹抓总', ['县应急管理局'], [], false],
      ['要强化源头管控', ['县住建', '交通', '水利', '电力'], [], false],
      ['要强化值班值守', ['各乡镇'], [], false],
      ['要强化宣传教育', [], [], false],
    ]);
  });

  it('leaves such paragraphs under a numbered heading as that item’s text', () => {
    const text = ['某县安全生产工作会议讲话', '一、压实安全责任', ...speech.slice(1)].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['压实安全责任']);
  });
});

describe('items glued in one paragraph whose subject is a unit list closed by `等…单位要` / `等部门要`', () => {
  it('reads every unit of the closed list as leading its item', () => {
    const text = [
      '某镇饮用水安全专项行动方案',
      '县水质监测站要加强与环保、卫生等部门的沟通,做好日常监测。(二)加强源头治理。各社区、镇环境保护站、镇水务管理所等镇属相关单位要排查辖区内的污染源,及时处置发现的问题。(三)做好信息报送。镇供水公司、镇卫生院等单位要明确专人,每月向镇政府报送水质情况。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['加强源头治理', ['各社区', '镇环境保护站', '镇水务管理所'], [], false],
      ['做好信息报送', ['镇供水公司', '镇卫生院'], [], false],
    ]);
  });
});

describe('a 解读 page printed on one line, its paragraphs parted by spaces (`一、起草背景 根据…。 四、职责分工 A局:…。 B局:…`)', () => {
  const page = [
    '关于某市“清朗街巷”市容整治工作方案的政策解读',
    '一、起草背景 根据《城市市容和环境卫生管理条例》等法规,结合我市实际,起草了本《方案》,力求不断改善城市面貌,提升群众满意度。 二、主要内容 《方案》围绕“两个坚持”的基本原则。 在组织上,成立工作专班,统筹推进整治工作。 三、实施步骤 1、动员部署阶段(3月1日至3月10日) 2、集中整治阶段(3月11日至5月31日) 四、职责分工 市城管局:统筹市容整治各项工作,负责占道经营的查处工作。 市市场监管局:负责农贸市场周边经营秩序的监督管理工作。 市公安局交警支队:负责机动车乱停乱放的整治工作。',
  ].join('\n');

  it('reads each `单位:职责。` paragraph as a task led by its unit, and the background as no task', () => {
    expect(rows(page)).toEqual([
      ['统筹市容整治各项工作', ['市城管局'], [], false],
      ['负责农贸市场周边经营秩序的监督管理工作', ['市市场监管局'], [], false],
      ['负责机动车乱停乱放的整治工作', ['市公安局交警支队'], [], false],
    ]);
  });

  it('leaves `牵头单位:X。 配合单位:Y。` labels on one line as the labels of their item', () => {
    const text = ['某市整治方案', '(一)清理占道经营。', '牵头单位:市城管局。 配合单位:市市场监管局。'].join('\n');
    expect(rows(text)).toEqual([['清理占道经营', ['市城管局'], ['市市场监管局'], false]]);
  });
});
