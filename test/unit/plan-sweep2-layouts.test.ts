// Layouts a second unkeyed sweep of unseen pages found the reader misreading (issue 15; /work/notes/sweep2):
// made-up documents in the shapes the real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const skippedAsNotice = (text: string): number => parsePlanText(text).unplaced.filter((u) => u.reason.includes('印发通知本身')).length;

describe('a transmittal notice in the shapes real pages keep', () => {
  it('sets aside a traditional-script notice numbered 1. 2.', () => {
    const text = ['某市人民政府辦公室關于印發任務分解方案的通知', '各縣、區人民政府,市政府各部門、直屬機構:', '現將《2021年任務分解方案》印發給你們,并就有關事項通知如下:', '1.明確任務,壓實責任。各牽頭單位要細化工作舉措。', '2.加強督考,狠抓落實。各牽頭單位要按月報送進展。', '某市人民政府辦公室', '2021年1月25日'].join('\n');
    expect(parsePlanText(text).tasks).toEqual([]);
    expect(skippedAsNotice(text)).toBe(6);
  });

  it('sets aside a notice the page cut before its signature, when it says it lists its requirements', () => {
    const text = ['各市、自治州人民政府,省政府各部门:', '省政府决定,将重点任务予以分解下达。现将有关事项通知如下:', '一、统一思想抓落实。各地各部门要把落实作为重要政治任务。', '二、明确责任抓落实。各牵头部门要于1月底前完成细化分解。', '三、加强协作抓落实。各配合单位要主动作'].join('\n');
    expect(parsePlanText(text).tasks).toEqual([]);
    const goOn = ['各區人民政府,市人民政府各部門,各有關單位:', '現將《2024年目標任務責任分解方案》印發給你們,并就有關事項通知如下,請一并貫徹執行。', '一、強化工作統籌,科學制訂辦理方案。', '二、強化責任落實,高效推進辦理工作。', '三、強化督辦協調,確保完成目標任'].join('\n');
    expect(parsePlanText(goOn).tasks).toEqual([]);
  });

  it('sets aside a notice closed by 此通知 and its attachment instead of a signature', () => {
    const text = ['各苏木乡镇人民政府,旗政府各部门:', '现将《重点任务责任落实分工》印发给你们,请认真贯彻落实。', '一、各部门要高度重视重点任务落实工作。', '二、督查室要加强日常调度。', '此通知', '附件:重点任务落实推进情况表', '2022年2月21日'].join('\n');
    expect(parsePlanText(text).tasks).toEqual([]);
  });

  it('is still a notice when it states the document’s rule in a bracket, and the rule still holds for the plan', () => {
    const text = ['各区人民政府,市人民政府各部门:', '现将《目标任务责任分解方案》印发给你们,并就有关事项通知如下:', '一、科学制订办理方案。牵头单位(无牵头单位的,责任单位即为牵头单位,下同)要制订办理方案。', '二、加强督办。督查室定期开展督查。', '某市人民政府办公厅', '2023年1月12日', '目标任务责任分解方案', '1.新建口袋公园5个。', '责任单位:市园林局、市城管局'].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.code, t.leads])).toEqual([['1', ['市园林局', '市城管局']]]);
    expect(skippedAsNotice(text)).toBe(6);
  });

  it('keeps the plan that follows a notice whose signature the page lost', () => {
    const text = ['各乡镇人民政府,县直各单位:', '现将《重点工作任务分解方案》印发给你们,并就有关事项通知如下:', '一、加强领导。各单位要明确分管领导。', '二、强化督查。县督查室要跟踪督办。', '2024年重点工作任务分解方案', '一、新建口袋公园5个。(牵头单位:县园林局)', '二、改造绿道10公里。(牵头单位:县交通局)'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.leads)).toEqual([['县园林局'], ['县交通局']]);
  });
});

describe('a page’s information panel as bullets', () => {
  it('does not read `• 发文机关:…` or an encyclopedia box’s `• 中文名:…` as tasks', () => {
    const text = ['首页 > 文件库', '  • 发文机关:某区某街道办事处', '  • 文件类型:其他文件', '  • 中文名:某省营商环境三年行动方案', '  • 发布单位:某省人民政府办公厅', '某街道安全生产三年行动实施方案', '一、加强源头治理。(责任单位:应急办)'].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.title)).toEqual(['加强源头治理']);
    expect(plan.unplaced.filter((u) => u.reason === '网页上的公开信息栏').length).toBe(4);
  });
});

describe('a table printed one `cell |` per line', () => {
  const table = (header: string[], amount: string): string =>
    ['某縣2024年民生實事項目清單 |', '||||', '|', ...header.map((h) => `${h} |`), '|', '1 |', '城南小學操場改造項目 |', '城南街道 |', '改造運動場地兩處。 |', `${amount} |`, '教體局 |', '|', '2 |', '北關道路建設項目 |', '北關街道 |', '建成北關路延伸段。 |', '1360 |', '住建局 |', '|'].join('\n');

  // A mostly traditional page is folded to simplified before reading (script-fold.ts), so names read simplified.
  it('reads a header in traditional script (序號 / 項目名稱 / 建設時間 / 責任單位)', () => {
    const text = table(['序號', '項目名稱', '建設地點', '建設內容', '年度投資金額 (萬元)', '責任單位'], '1300');
    expect(parsePlanText(text).tasks.map((t) => [t.code, t.leads])).toEqual([['1', ['教体局']], ['2', ['住建局']]]);
  });

  it('keeps an amount such as `300` in its row instead of starting a row 300', () => {
    const text = table(['序号', '项目名称', '建设地点', '建设内容', '年度投资金额(万元)', '责任单位'], '300');
    expect(parsePlanText(text).tasks.map((t) => [t.code, t.title, t.leads])).toEqual([['1', '城南小学操场改造项目', ['教体局']], ['2', '北关道路建设项目', ['住建局']]]);
  });
});

describe('a `a | b | c |` row whose merged unit cell printed only in the row above', () => {
  it('shares the unit above when the row printed cells past the unit column, not when the page cut it', () => {
    const text = ['2024年4月民生实事项目进展情况汇总表', '序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |', '1 | 为60岁以上老年人免费接种流感疫苗2万人。 | 4月:下发工作方案。 | 县卫生健康局 | 已完成。 已下发工作方案。 |', '2 | 为重点人群免费开展癌症筛查7000人。 | 4月:完成筛查1400人。 | 已完成。 完成筛查3000人。 | |', '3 | 持有居住证的随迁子女就读公办学校比例达90%。 | 3-4月:联系公安部门统一为随迁子'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.code, t.leads])).toEqual([['1', ['县卫生健康局']], ['2', ['县卫生健康局']], ['3', []]]);
  });
});

describe('items a chapter rule used to drop or split', () => {
  it('keeps a task whose verb takes a chapter word as its object (`制定年度总体目标,…`)', () => {
    const text = ['某县河长制工作任务清单', '1、健全组织体系,设立村级河道专管员。', '2、制定年度总体目标,细化年度计划任务、治理项目清单、进度要求和完成时限。', '3、加强组织领导', '4、定期召开成员单位联席会议。'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.code)).toEqual(['1', '2', '4']);
  });

  it('does not read the headings of a policy interpretation (出台背景 / 主要内容) as tasks', () => {
    const text = ['关于《2024年目标任务分工方案》的政策解读', '一、出台背景', '县人大会议审议通过了政府工作报告,为确保各项任务落实到位,形成了分工方案。', '二、主要内容', '任务分解采用表格形式,共149项。', '三、保障措施', '县政府办公室将定期调度。'].join('\n');
    expect(parsePlanText(text).tasks).toEqual([]);
    const other = ['关于印发任务分解表的通知的政策解读', '一、形成过程', '分解表于1月9日编制完成。', '二、主要内容', '分解表共分10个方面。', '三、具体要求', '全市政府系统要全力以赴抓落实。'].join('\n');
    expect(parsePlanText(other).tasks).toEqual([]);
  });

  it('does not read the goals under a chapter named for them (`二、宣讲目标`) as tasks', () => {
    const text = ['某镇政策宣讲工作方案', '一、宣讲目标', '1.宣传党中央的方针政策,使广大干部群众理解政策。', '2.激发人民群众的积极性和创造性。', '二、宣讲内容', '1.党中央方针政策宣讲:重点宣传国家重大政策。'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.code)).toEqual(['1']);
  });

  it('splits a sub-list’s first item printed on its parent’s line (`3、①…` / `②…` / `③…`)', () => {
    const text = ['某县河长制工作任务清单', '1、河道治理工作安排。', '2、加强日常巡查。', '3、①关闭禁养区养殖场。', '②推进规模养殖场标准化改造。', '③控制生猪年出栏总量。', '4、清退网箱养殖。'].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => t.title)).toEqual(['河道治理工作安排', '加强日常巡查', '关闭禁养区养殖场', '推进规模养殖场标准化改造', '控制生猪年出栏总量', '清退网箱养殖']);
    expect(tasks[2]?.path).toBe('3/1');
  });

  it('reads `办公室(市创城办)` as a unit’s short name and `二、组织机构` as a chapter, not a task led by either', () => {
    const text = ['某市巩固文明城市工作方案', '二、组织机构', '指挥部下设办公室(以下简称市创城办)和7个工作组。', '办公室(市创城办)', '主任:XXX', '主要职责:', '1.负责与上级文明办对接;', '2.协调各工作组工作;'].join('\n');
    expect(parsePlanText(text).tasks).toEqual([]);
  });

  it('reads an item with a numbered form (责任领导 / 年度目标 / 完成情况) as one task', () => {
    const text = ['某乡关于2024年民生实事项目进展情况的报告', '一、关于《单村供水站提升项目》进展情况', '(一)责任领导:张三', '(二)年度目标:完成12个单村供水站改造提升。', '(三)完成情况:已全面完工。', '二、关于《全水域整治项目》进展情况', '(一)责任领导:李四', '(二)年度目标:新建堰坝、河道清淤整治。', '(三)完成情况:正在推进。'].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => t.code)).toEqual(['一', '二']);
    expect(tasks[0]?.content).toContain('完成12个单村供水站改造提升');
  });
});

describe('a text that breaks off inside its last task', () => {
  const reasons = (text: string): string[] => parsePlanText(text).unplaced.map((u) => u.reason);
  const head = ['某省重点工作分工方案', '1.地区生产总值增长5.5%左右。', '牵头单位:省发展改革委', '责任单位:省工业和信息化厅'];

  it('says on the task with no lead that its units may be in the lost part', () => {
    const cut = [...head, '2.社会消费品零售总额增长8%。', '牵头领导:靳国'].join('\n');
    expect(reasons(cut)).toContain('任务 2 没有找到牵头单位:文件在这一项中途结束,责任单位可能在缺失的部分,请对照原文确认');
  });

  it('keeps the plain note when the text ends cleanly', () => {
    const whole = [...head, '2.社会消费品零售总额增长8%。'].join('\n');
    expect(reasons(whole)).toContain('任务 2 没有找到牵头单位');
    expect(reasons(whole).some((r) => r.includes('中途结束'))).toBe(false);
  });
});
