// Layouts an unkeyed sweep of unseen pages found the reader misreading (issue 15; /work/notes/sweep):
// made-up documents in the shapes the real ones have.
import { describe, expect, it } from 'vitest';
import { contentsEntries } from '../../shared/plan/contents.js';
import { parsePlanText } from '../../shared/plan/document.js';
import { titleDoubt } from '../../shared/plan/unit-names.js';
import { titleRows as rows } from '../helpers/plan-rows.js';

describe('an assignment written before the work', () => {
  it('reads `由X负责,A、B配合,…` opening the item, and leaves it out of the title', () => {
    const text = ['某市2024年食品安全工作方案', '一、治理农产品污染', '主要措施:', '(一)由市农业局负责,市卫生局、市环保局配合,加快无公害基地建设,做好投入品监管。', '(二)由市商务局负责,市场准入把关,抓好定点屠宰。'].join('\n');
    const [first, second] = rows(text).slice(-2);
    expect(first).toEqual(['加快无公害基地建设,做好投入品监管', ['市农业局'], ['市卫生局', '市环保局']]);
    // `市场准入把关` is no unit: the opening stops at `由市商务局负责`.
    expect(second?.[1]).toEqual(['市商务局']);
    expect(second?.[0]).toBe('市场准入把关,抓好定点屠宰');
  });

  it('reads a line `由X承办,A、B协办。` under the heading', () => {
    const text = ['某乡2015年工作方案', '一、治理畜牧业产品污染', '由乡农业服务中心承办,乡畜牧站、乡卫生院配合。', '治理工作目标:生猪定点屠宰率达100%。', '二、治理水产品污染', '由乡水产站承办,乡派出所协办。', '治理工作目标:抽检合格率达98%。'].join('\n');
    expect(rows(text)).toEqual([
      ['治理畜牧业产品污染', ['乡农业服务中心'], ['乡畜牧站', '乡卫生院']],
      ['治理水产品污染', ['乡水产站'], ['乡派出所']],
    ]);
  });

  it('reads `(X主办,A、B协办)` at the end of an item, two items sharing a line', () => {
    const text = ['某省重点工作责任分工', '一、主要目标', '(一)地区生产总值增长7%左右。(省发改委负责)(二)财政收入增长8%左右。(省财政厅主办,省税务局、省统计局协办)', '(三)固定资产投资增长10%。(省发改委主办,省住建厅协办)'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.code, t.leads, t.participants])).toEqual([
      ['(一)', ['省发改委'], []],
      ['(二)', ['省财政厅'], ['省税务局', '省统计局']],
      ['(三)', ['省发改委'], ['省住建厅']],
    ]);
  });

  it('reads `关于…的问题,由X会同Y等部门研究提出落实意见。` (a 国办 分工 notice), simplified or traditional', () => {
    const text = ['关于政策措施分工的通知', '一、工作分工', '(一)关于“稳定粮食生产”的问题,由发展改革委会同农业部、财政部等部门研究提出落实意见。', '(二)關於“嚴守耕地紅線”的問題,由國土資源部會同農業部等部門負責落實。'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.leads)).toEqual([
      ['发展改革委', '农业部', '财政部'],
      ['国土资源部', '农业部'],
    ]);
  });

  it('leaves a 由 clause after the work; an item that opens `由X负责<work>` names its lead (fallback-leads.ts, subjects59)', () => {
    const text = '1.办好技能大赛,由市人社局组织各县区参赛。\n2.由市教育局负责全市学校的安全检查。';
    // The second: the unit the work is given to in so many words, as the keyed pages read `由X负责<work>` (brief
    // H-fix12-subjects59); it stays in the title, since the clause readers do not take it out.
    expect(rows(text).map(([, leads]) => leads)).toEqual([[], ['市教育局']]);
  });
});

describe('numbering and unit names', () => {
  it('reads `6、98年…` as item 6: a 、 is never a decimal point', () => {
    const text = ['某县会报裁示事项', '5、公产登记管理要加强督导。(财政局)', '6、98年元旦升旗活动相关事宜,应事先做好规划。(教育局)', '7、学校放寒假前做好安全安排。(教育局)'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.code, t.leads])).toEqual([
      ['5', ['财政局']],
      ['6', ['教育局']],
      ['7', ['教育局']],
    ]);
    // A decimal after a full stop is still no heading.
    expect(parsePlanText('某县方案\n1.5亿元资金已下达。').tasks).toEqual([]);
  });

  it('does not take `考核细则由镇组织办` for a unit', () => {
    const names = parsePlanText('某镇目标责任书\n1.党建工作20分,具体考核细则由镇组织办、纪检办负责。\n2.综治工作10分。').tasks.flatMap((t) => [...t.leads, ...t.participants]);
    expect(names.filter((n) => n.includes('由'))).toEqual([]);
  });
});

describe('page furniture and report headings', () => {
  it('skips the site’s own buttons, bulleted or several on a line', () => {
    const text = ['• 无障碍', '  • 长辈版', '关怀版 无障碍 无障碍', '适老版-新', '某县2023年工作方案', '一、推进项目建设。(县发改委)', '二、抓好安全生产。(县应急局)'].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.title)).toEqual(['推进项目建设', '抓好安全生产']);
    expect(plan.unplaced.filter((u) => u.kind === 'noise').map((u) => u.reason)).toEqual(['网站导航', '网站导航', '网站导航', '网站导航']);
  });

  it('skips a table of contents whose headings are printed again below', () => {
    const text = ['某县防汛工作方案', '目  录', '一、总则', '二、组织指挥体系', '三、重点任务', '(一)开展汛前检查', '(二)储备抢险物资', '一、总则', '为做好防汛工作,制定本方案。', '二、组织指挥体系', '县防指统一指挥全县防汛工作。', '三、重点任务', '(一)开展汛前检查。(县水利局)', '(二)储备抢险物资。(县应急局)'].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.title, t.leads])).toEqual([
      ['开展汛前检查', ['县水利局']],
      ['储备抢险物资', ['县应急局']],
    ]);
    expect(plan.unplaced.filter((u) => u.reason.includes('目录')).length).toBe(6);
    // A short list after 目录 (two attachments) is left alone.
    expect(contentsEntries([{ line: 1, text: '目录' }, { line: 2, text: '1.任务分解表' }, { line: 3, text: '正文从这里开始,写得很长很长很长很长。' }]).size).toBe(0);
  });

  it('does not read the headings over who sits on the 指挥部 as tasks', () => {
    const text = ['某县专项行动方案', '三、工作机构及职责分工', '(一)工作机构', '县政府成立指挥部,副县长任指挥长。', '(二)职责分工', '县消防大队负责甸中镇,县文体局负责双江街道。', '四、工作任务', '(一)开展夜查行动。(县消防大队)'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.title)).toEqual(['开展夜查行动']);
  });

  it('skips a site footer under the document, which as a dash bullet would turn the last item into a section', () => {
    const text = ['某乡2021年民生实事项目实施情况的报告', '一、文化公园建设项目完成情况', '总投资230万元,现已完工。', '二、农贸市场改造提升项目完成情况', '总投资29万元,现已投用。', '标签:', '0人觉得有用', '- 关注我们可获得更多采购需求 |', '最近搜索'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.code)).toEqual(['一', '二']);
  });

  it('skips a sharing site’s numbered notices', () => {
    const text = ['温馨提示:', '1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,请放心下载。', '2. 本文档由用户上传,版权归属用户,本站负责整理代发布。', '3. 下载前请仔细阅读文档内容,若出现内容与标题不符可向本站投诉处理。', '网站客服:3074922707', '某乡2024年工作要点', '1.推进项目建设。(乡经发办)'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.title)).toEqual(['推进项目建设']);
  });

  it('does not read a report’s own headings as tasks, but keeps a task that names a problem', () => {
    const text = ['关于重点工作落实情况的通报', '一、总体情况', '截至9月底,已办结6件。', '二、存在的问题', '个别事项进展滞后。', '三、下一步工作打算', '加快推进。'].join('\n');
    expect(parsePlanText(text).tasks).toEqual([]);
    const plan = '某县整改方案\n1.整改巡察反馈存在的问题。(县纪委)\n2.行动目标\n3.完善制度。(县司法局)';
    expect(parsePlanText(plan).tasks.map((t) => t.title)).toEqual(['整改巡察反馈存在的问题', '完善制度']);
    // The same headings in a traditional-script repost.
    expect(parsePlanText('某市分解方案\n一、加強組織領導。各單位要高度重視。\n二、推進項目建設。(市發改委)').tasks.map((t) => t.code)).toEqual(['二']);
  });
});

describe('a table glued into one run of text', () => {
  it('reads `序号工作内容目标任务责任单位备注` rows whose units are a punctuated list, with dates in the text', () => {
    const text = [
      '某市垃圾分类重点任务责任分工表',
      '序号工作内容目标任务责任单位备注1加强垃圾分类宣传发动,引导市民参与分类。2024年3月底前,知晓率达90%以上。市委宣传部(市文明办)、市城管委,市住建局、团市委等部门,各区(市)县政府2完善回收利用体系,优化回收设施布局。2024年2月底前,建成回收体系。市商务局,市住建局、各区(市)县政府3推进有害垃圾处置体系建设。2024年6月底前,制定处置意见。市生态环境局,各区(市)县政府',
    ].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => [t.code, t.title, t.leads, t.participants, t.isLeadInferred])).toEqual([
      ['1', '加强垃圾分类宣传发动,引导市民参与分类', ['市委宣传部(市文明办)'], ['市城管委', '市住建局', '团市委', '各区(市)县政府'], true],
      ['2', '完善回收利用体系,优化回收设施布局', ['市商务局'], ['市住建局', '各区(市)县政府'], true],
      ['3', '推进有害垃圾处置体系建设', ['市生态环境局'], ['各区(市)县政府'], true],
    ]);
  });
});

describe('a reading the importer cannot settle is flagged for the user', () => {
  it('flags a task whose title is nothing but units', () => {
    const plan = parsePlanText('某市分工表\n1.市委宣传部(市文明办)、市城管委,市住建局\n2.推进垃圾分类。(市城管委)');
    const flags = plan.unplaced.filter((u) => u.reason.includes('标题全是单位名称'));
    expect(flags.map((f) => f.line)).toEqual([2]);
    expect(flags[0]?.reason).toMatch(/请确认$/);
    // A title that merely names units in its sentence is not flagged.
    expect(titleDoubt('组织市发改委、市财政局开展专项检查')).toBeNull();
    expect(titleDoubt('各乡镇、各街道')).toBeNull();
  });
});

describe('a transmittal notice', () => {
  const notice = ['某县人民政府办公室关于印发分解方案的通知', '各乡镇人民政府,县政府各部门:', '现将《2024年重点工作任务分解方案》印发给你们,并就有关事项通知如下:', '一、细化任务抓落实。各单位要制定工作方案。', '二、加强督查抓落实。县政府督查室将跟踪督办。', '某县人民政府办公室', '2024年1月10日'];

  it('does not read the notice’s own requirements as tasks when the page kept only the notice', () => {
    const plan = parsePlanText(notice.join('\n'));
    expect(plan.tasks).toEqual([]);
    expect(plan.unplaced.filter((u) => u.reason.includes('印发通知本身')).length).toBe(6);
  });

  it('keeps a plan that follows a notice with no signature of its own and ends with a date', () => {
    const plan = ['某县关于做好秋冬季农业生产工作的通知', '各乡镇人民政府,县直各有关单位:', '现将有关工作任务分解下达如下:', '一、抓好秋收。各乡镇组织农机抢收。', '二、抓好冬种。确保面积稳定。', '2024年9月1日'];
    expect(parsePlanText(plan.join('\n')).tasks.map((t) => t.code)).toEqual(['一', '二']);
  });

  it('keeps a notice that assigns units itself', () => {
    const own = [...notice.slice(0, 3), '一、抓好项目建设。(牵头单位:县发改局)', '二、抓好招商引资。(牵头单位:县商务局)', ...notice.slice(5)];
    expect(parsePlanText(own.join('\n')).tasks.map((t) => t.leads)).toEqual([['县发改局'], ['县商务局']]);
  });
});

describe('a `|` table row that lost its merged cells', () => {
  it('puts a bare date (`2021.8`) in the deadline column, not in the task’s', () => {
    const text = ['某县民生实事进展登记表', '项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |', '1.城市人居环境提升项目 | 对人民中路等3条道路进行综合提升改造; | 11月 | 县建设局 |', '2021.8 | 县城投集团 | ||', '2.农村道路改造提升项目 | 提升改造低等级公路40公里; | 10月 | 县交通运输局 |'].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.some((t) => /^2021\.8/.test(t.title))).toBe(false);
    // The row that keeps only its time and unit is the work item's second lead (bars42, second-lead-rows.ts; as
    // shelf 943's key reads it), no task of its own.
    expect(tasks.find((t) => t.leads.includes('县城投集团'))?.leads).toEqual(['县建设局', '县城投集团']);
  });
});

describe('traditional-script labels', () => {
  it('reads a 主責部門: line as 主责部门:', () => {
    const text = '某局防控工作方案\n四、工作任務\n(一)人員防疫工作組\n組長:王某\n主責部門:組織人事科、各基層單位\n(二)宣傳組\n主責部門:辦公室';
    expect(parsePlanText(text).tasks.map((t) => t.leads)).toEqual([['组织人事科', '各基层单位'], ['办公室']]);
  });
});
