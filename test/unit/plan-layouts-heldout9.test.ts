// Layouts the ninth held-out batch of task documents (341-346 of the real-document corpus, issue 15,
// brief H-heldout9) showed when scored before any change: general rules, each in a small made-up
// document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma, leads and participants. */
const rows = clauseRows(/[,,]/);

describe("a preview that joins a PDF's lines with a space and prints each new line's first character twice", () => {
  const preview = [
    '某区关于推进养老服务体系建设的工作方案',
    '1 / 3 一、工作目标 到年底前建成 社社区养老服务中心五个,完善居家 养养老服务网络,让老年人 就就近享受助餐、助浴、日间照料 等等服务。 二、重点任务 1、新建区 级级养老服务指导中心 责任单位:区民 政政局 具体责任人 : * 区民政局局长 2、改造提升街道敬老院三所 责任单位:区卫 健健委 具体责任人 : * 分管副局长',
  ].join('\n');

  it('undoes the doubling, so a unit split over the break is one name again', () => {
    expect(rows(preview)).toEqual([
      ['新建区级养老服务指导中心', ['区民政局'], []],
      ['改造提升街道敬老院三所', ['区卫健委'], []],
    ]);
  });

  it('leaves a page alone whose spaces between characters are not such breaks', () => {
    const spaced = ['主 要 工 作 任 务', '1.开展 人人讲卫生 活动。(区卫健委负责)', '2.建设 社区 书屋 五个。(区文旅局负责)'].join('\n');
    expect(parsePlanText(spaced).tasks.map((t) => t.title)).toEqual(['开展 人人讲卫生 活动', '建设 社区 书屋 五个']);
  });
});

describe('an item at the level the labelled items are at, split into numbered sub-items', () => {
  const text = (subItems: string[]): string =>
    [
      '二、卫生健康惠民工程',
      '(一)乡镇卫生院标准化建设项目。',
      '资金来源:省级补助、县级配套。',
      '牵头单位:县卫健局。',
      '配合单位:县财政局、县住建局。',
      '(二)城乡居民健康体检项目。',
      '牵头单位:县卫健局。',
      '配合单位:县医保局。',
      '(三)困难群众医疗救助项目。',
      ...subItems,
    ].join('\n');

  it('has its sub-items for tasks, not nothing', () => {
    const parsed = rows(text(['1.重特大疾病医疗救助项目。', '资金来源:县级财政。', '2.临时医疗救助项目。', '资金来源:县级']));
    expect(parsed.map((r) => r[0])).toEqual(['乡镇卫生院标准化建设项目', '城乡居民健康体检项目', '重特大疾病医疗救助项目', '临时医疗救助项目']);
    expect(parsed.map((r) => r[1])).toEqual([['县卫健局'], ['县卫健局'], [], []]);
  });

  it('gives a sub-item its own labels when it has them', () => {
    const parsed = rows(text(['1.重特大疾病医疗救助项目。', '牵头单位:县医保局。', '配合单位:县民政局。']));
    expect(parsed[2]).toEqual(['重特大疾病医疗救助项目', ['县医保局'], ['县民政局']]);
  });
});

describe('a bare unit bracket after a task whose words end like a place or a unit (layout matrix)', () => {
  it('reads `…为核心区(A、B、C)` and `…街区(A、B、C)` as the task and its units, not a name with a note', () => {
    const text = ['某县城市更新行动', '1.着力打造以滨江新城为核心的商务区(县发改局、县商务局、县住建局)', '2.整体提升老城东门街区(县住建局、县城投公司、城关镇)'].join('\n');
    expect(rows(text)).toEqual([
      ['着力打造以滨江新城为核心的商务区', ['县发改局'], ['县商务局', '县住建局']],
      ['整体提升老城东门街区', ['县住建局'], ['县城投公司', '城关镇']],
    ]);
  });

  it('takes a bank branch (`分行`, `支行`) for a unit in a bare bracket', () => {
    const text = ['某市营商环境行动', '1.压缩企业开户时间(人民银行某某中心支行)', '2.推广线上融资服务(农业发展银行某某分行)'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['人民银行某某中心支行'], ['农业发展银行某某分行']]);
  });
});

describe('units with role marks after them (layout matrix)', () => {
  it('keeps `各县(市、区)党委和人民政府(配合单位)` one unit, as without the mark', () => {
    const text = ['某市水资源管理工作', '1.严格地下水取水管控。', '市水利局(牵头单位)、各县(市、区)党委和人民政府(配合单位)、经济开发区党工委和管委会(配合单位)'].join('\n');
    expect(rows(text)).toEqual([['严格地下水取水管控', ['市水利局'], ['各县(市、区)党委和人民政府', '经济开发区党工委和管委会']]]);
  });
});

describe('work listed by department, a long list of units before the colon (layout matrix)', () => {
  it('reads six units before `:` as the item’s leads', () => {
    const text = ['某省重点改革任务', '1.省发展改革委、省人力资源社会保障厅、省公安厅、省经济和信息化委、省民政厅、省住房城乡建设厅:推进综合配套改革试验区建设。', '2.省财政厅:完善转移支付制度。'].join('\n');
    expect(rows(text).map((r) => r[1].length)).toEqual([6, 1]);
  });
});

describe('a traditional repost that writes 着 as 著 (layout matrix)', () => {
  it('folds 無著 to 无着 (`生活無著人員`), and keeps 著作', () => {
    const text = ['某區民政工作任務', '1.做好特困人員供養及生活無著人員救助。(區民政局負責)', '2.加強著作權保護宣傳。(區文旅局負責)'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.title)).toEqual(['做好特困人员供养及生活无着人员救助', '加强著作权保护宣传']);
  });
});

describe('a `cell |` table whose rows end with bar-only lines and leave out merged cells', () => {
  // A progress table grouped by lead unit: the group's first row carries 序号, the lead and a count; the
  // group's next rows only the cells right of it; a project split into sub-items prints one cell more.
  const table = (tail: string[]): string =>
    [
      '2023年度县十件民生实事推进表',
      '序号 |', '牵头单位 |', '项目数量 |', '项目名称 |', '业主单位 |', '推进情况 |', '||',
      '一 |', '县交通局 |', '县民生实事(2个) |', '(一)农村公路提档升级工程 |', '1.城东线改造 |', '县交投集团 |', '已完工 |', '|',
      '2.城西线改造 |', '县交投集团 |', '在建 |', '|||',
      '(二)公交候车亭新建项目 |', '县公交公司 |', '已完工 |', '|||',
      '二 |', '县卫健局 |', '县民生实事(1个) |', '(一)乡镇卫生院提质改造 |', '县卫健局 |', '已完工 |', '||',
      '三 |', '县教育局 |', '县民生实事(2个) |', '(一)城区学校扩容工程 |', '县教育局 |', '在建 |', '||',
      ...tail,
    ].join('\n');

  it('reads each project as a task led by its group’s unit, sub-items and builders no tasks or units', () => {
    expect(rows(table(['(二)学生营养餐改善 |', '县教育局 |', '已完工 |', '|||']))).toEqual([
      ['农村公路提档升级工程', ['县交通局'], []],
      ['公交候车亭新建项目', ['县交通局'], []],
      ['乡镇卫生院提质改造', ['县卫健局'], []],
      ['城区学校扩容工程', ['县教育局'], []],
      ['学生营养餐改善', ['县教育局'], []],
    ]);
  });

  it('keeps the last row the page cut inside its task cell, before the cell’s bar', () => {
    const parsed = rows(table(['四 |', '县民政局 |', '县民生实事(1个) |', '(一)城乡困难群众临时救']));
    expect(parsed[parsed.length - 1]).toEqual(['城乡困难群众临时救', ['县民政局'], []]);
  });
});

describe('a label parted from its units by a space, inside a bracket (copies of the layout matrix)', () => {
  it('reads `责任单位 相关市(州)人民政府)` as the label, the unit’s own bracket kept', () => {
    const text = ['某省流通体系建设方案', '一、深化改革', '(一)完善农产品批发市场体系。推进骨干市场改造。(牵头单位 省商务厅;责任单位 相关市(州)人民政府)'].join('\n');
    expect(rows(text)).toEqual([['完善农产品批发市场体系', ['省商务厅'], ['相关市(州)人民政府']]]);
  });
});
