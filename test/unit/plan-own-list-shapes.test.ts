// Lists, tables and notices in shapes the unseen pages of heldout104–109 showed the importer misreading: a unit's own
// list whose items name nobody, a 总牵头部门 label, a 责任单位及责任人 line naming each unit's head, an item whose verb
// is a chapter's word, a procedure's step ending in 办, a one-line table row whose unit cell ends in a full stop, a
// `…等区政府有关部门` tail, a notice whose own points hand each matter to a unit, a sentence that cites a web site, and
// a unit subject after a date, a matter spoken of or a manner, or before a verb such as 完成 or 协调.
// Made-up pages in those shapes; none is one of the pages.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows, clauseRowsInferred } from '../helpers/plan-rows.js';

const rows = clauseRows(/[,,。]/);

describe("a unit's own list", () => {
  const items = ['一、推行河长制,压实管护责任。', '二、组织实施湿地生态补偿工作。', '三、完成县委、县政府交办的其他工作。'];

  it('gives every item to the unit its title names, inferred, and keeps an item whose verb is a chapter word', () => {
    const text = ['首页 政务公开', '某县水利局生态环境保护具体事项清单', ...items].join('\n');
    expect(clauseRowsInferred(/[,,。]/)(text)).toEqual([
      ['推行河长制', ['某县水利局'], [], true],
      ['组织实施湿地生态补偿工作', ['某县水利局'], [], true],
      ['完成县委、县政府交办的其他工作', ['某县水利局'], [], true],
    ]);
  });

  it('leaves the items alone when the title is a document about other work', () => {
    expect(rows(['某县水利局关于落实县政府重点工作任务的实施方案', ...items].join('\n')).map((r) => r[1])).toEqual([[], [], []]);
  });
});

describe('labels', () => {
  it('reads 总牵头部门 as the lead', () => {
    const text = ['(八)科普基础设施工程。', '总牵头部门:市科协。', '责任单位:市教育局、市文化局。'].join('\n');
    expect(rows(text)).toEqual([['科普基础设施工程', ['市科协'], ['市教育局', '市文化局']]]);
  });

  it('reads a 责任单位及责任人 line as its units, without each unit head', () => {
    const text = [
      '1.年底前完成消防站建设。',
      '责任单位及责任人:甲县政府、市发改委、市财政局主要领导。',
      '2.年底前完成营房改造。',
      '责任单位及责任人:乙区政府主要负责同志。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['年底前完成消防站建设', ['甲县政府'], ['市发改委', '市财政局']],
      ['年底前完成营房改造', ['乙区政府'], []],
    ]);
  });
});

describe('tables', () => {
  it('reads a one-line row whose unit cell ends in a full stop, and drops `等区政府有关部门`', () => {
    const text = [
      '2023年重点工作任务分解表',
      '序号 重点工作任务 主要责任单位 协同配合单位 完成期限',
      '1 培育科技型中小企业50家以上。 区科技局 区经信局、区财政局等区政府有关部门,某经开区管委会。 2023年12月底',
      '2 推进农业科技示范。 区农业农村局 区科技局、区财政局 2023年12月底',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['培育科技型中小企业50家以上', ['区科技局'], ['区经信局', '区财政局', '某经开区管委会']],
      ['推进农业科技示范', ['区农业农村局'], ['区科技局', '区财政局']],
    ]);
  });
});

describe('progress bulletins', () => {
  it("reads an item's title run into its label, under a 进展情况 heading", () => {
    const text = [
      '2022年为民办实事事项4月份进展情况通报',
      '一、进展情况',
      '(一)适龄女生疫苗接种牵头责任部门:县卫生健康委员会',
      '截至4月底,已完成1800剂次,完成率100%。',
      '(二)农村公路养护牵头责任部门:县交通运输局',
      '已完成养护120公里。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['适龄女生疫苗接种', ['县卫生健康委员会'], []],
      ['农村公路养护', ['县交通运输局'], []],
    ]);
  });

  it('reads a table one cell a line whose header has a long 是否… column and rows short of their empty cells', () => {
    const cells = ['序号', '民生实事名称', '项目内容', '完成率(%)', '是否省市统一进度(全省名次)', '牵头单位', '分管领导'];
    const rowA = ['1', '*医疗卫生', '为全县老年人免费接种流感疫苗2万人。', '20%', '是,全省统一进度', '县卫健局'];
    const rowB = ['2', '*医疗卫生', '培训应急救护人员200人以上。', '80%', '县红十字会'];
    const text = ['民生实事项目半年度进度表', ...cells, ...rowA, ...rowB].join('\n\n');
    expect(parsePlanText(text).tasks.map((t) => t.leads)).toEqual([['县卫健局'], ['县红十字会']]);
  });
});

describe('headings and notices', () => {
  it('does not take a procedure step ending in 办 for a unit', () => {
    const text = ['(一)集中收办。', '由市营商环境办负责定期梳理问题,明确承办单位。', '(二)提级交办。', '市政府督查办负责跟踪问效。'].join('\n');
    const units = parsePlanText(text).tasks.flatMap((t) => [...t.leads, ...t.participants]);
    expect(units).not.toContain('集中收办');
    expect(units).not.toContain('提级交办');
    expect(units).toContain('市营商环境办');
  });

  it("reads a notice's own points that hand each matter to a unit, as tasks", () => {
    const text = [
      '某县人民政府办公室',
      '关于落实文物安全管理责任的通知',
      '各镇人民政府,县人民政府各有关工作部门:',
      '为加强文物安全管理,现就有关事项通知如下:',
      '一、明确管理责任',
      '1、甲遗址,由某县甲遗址文管所全面负责安全管理工作。',
      '2、乙古建筑,由某县乙文管所全面负责安全管理工作。',
      '3、其它未设管理单位的文物点,由所在镇人民政府负责。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['甲遗址', ['某县甲遗址文管所'], []],
      ['乙古建筑', ['某县乙文管所'], []],
      ['其它未设管理单位的文物点', ['所在镇人民政府'], []],
    ]);
  });

  it('keeps a sentence that cites a web site, and still drops a link alone', () => {
    const text = [
      '一、市外办应及时将团组签证信息在市政府网站(www.example.gov.cn)上进行公布,并定期向市商务局通报签发情况。',
      '二、市商务局要主动与团组联络人联系,及时掌握境外招商动态。',
      'http://www.example.gov.cn/art/2024/1.html',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(rows(text).map((r) => r[1])).toEqual([['市外办'], ['市商务局']]);
    expect(plan.unplaced.some((u) => u.reason === '网址' && u.text.startsWith('http'))).toBe(true);
  });
});

describe('sentence subjects', () => {
  it('reads the unit after a date or the matter spoken of, before 完成, 协调 or 依法开展', () => {
    const text = [
      '一、统一标识',
      '1、8月31日前,市城管局完成环卫三轮车的统一标识工作。',
      '2、市法制办协调有关部门完成规范性文件的修订工作。',
      '3、关于重点项目建设推进问题,项目办要盯住项目建设进度不放。',
      '4、市纠风办依法开展执法督导工作。',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['市城管局'], ['市法制办'], ['项目办'], ['市纠风办']]);
  });

  it('reads a department named by its line of work before its duties', () => {
    const text = ['(一)检察部门:负责指导调查取证工作。', '(二)法院部门:对涉及诉讼的案件予以快审快结。'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['检察部门'], ['法院部门']]);
  });

  it('never takes `除…外` for a unit', () => {
    const text = ['1.除甲镇完成建设外,其余乡镇要在5月底前开工。', '2.区住建局完成前期手续。'].join('\n');
    const units = parsePlanText(text).tasks.flatMap((t) => t.leads);
    expect(units.some((u) => u.startsWith('除'))).toBe(false);
  });
});
