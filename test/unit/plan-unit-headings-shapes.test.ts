// Shapes the shelf's pages showed the importer misreading (found by sorting every lead it got wrong on heldout pages
// into kinds): a duty list whose headings name several units at once or give one unit a paragraph instead of items,
// a unit's name on its own line with one sentence of its general charge before its items, a lead-in word glued to a
// unit's name, a notice whose one numbered point shares the work out clause by clause, a table whose task column
// carries the plan's year, and a regulation's `X的职责是:`. Made-up pages in those shapes; none is one of the pages.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

const rows = clauseRows(/[,,。;;]/);

describe('a duty list headed unit by unit', () => {
  it('gives every item under a heading of several units to all of them, and a unit whose duties are a paragraph its own task', () => {
    const text = [
      '四、职责分工',
      '(一)区文旅局',
      '1.负责制定全年群众文化活动方案;',
      '2.负责组织各类文艺汇演。',
      '(二)区财政局',
      '负责群众文化活动经费的安排与拨付。',
      '(三)东城镇、各街道办事处',
      '1.做好本辖区活动的组织发动;',
      '2.拟定本镇、街道文化场馆开放方案。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责制定全年群众文化活动方案', ['区文旅局'], []],
      ['负责组织各类文艺汇演', ['区文旅局'], []],
      ['负责群众文化活动经费的安排与拨付', ['区财政局'], []],
      ['做好本辖区活动的组织发动', ['东城镇', '各街道办事处'], []],
      ['拟定本镇、街道文化场馆开放方案', ['东城镇', '各街道办事处'], []],
    ]);
  });

  it('reads a unit named on a line of its own over its items when one sentence of its general charge comes between', () => {
    const text = [
      '市人力资源和社会保障局',
      '负责全市农民工工资的清欠和防欠工作。',
      '(一)建立企业欠薪预警机制。',
      '(二)建立工资保证金制度。',
      '市住房和城乡建设局',
      '(一)在工地设立维权公告牌。',
      '(二)推行工资专户管理。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建立企业欠薪预警机制', ['市人力资源和社会保障局'], []],
      ['建立工资保证金制度', ['市人力资源和社会保障局'], []],
      ['在工地设立维权公告牌', ['市住房和城乡建设局'], []],
      ['推行工资专户管理', ['市住房和城乡建设局'], []],
    ]);
  });
});

describe('words around a unit that are no part of its name', () => {
  it('leaves out a lead-in word before the unit and the 既 of 既要 after it, but keeps 其他单位', () => {
    const text = [
      '1.组织开展河道采砂专项整治,即县水务局负责。',
      '2.特别是沿线各乡镇要加快项目进度,逐项对照年初目标。',
      '3.各联络单位既要履行成员单位职责,也要做好联络工作。',
      '4.举办趣味运动会(牵头单位:县总工会;配合单位:县体育局、其他单位)。',
    ].join('\n');
    const leads = parsePlanText(text).tasks.map((t) => [t.leads, t.participants]);
    expect(leads).toEqual([
      [['县水务局'], []],
      [['沿线各乡镇'], []],
      [['各联络单位'], []],
      [['县总工会'], ['县体育局', '其他单位']],
    ]);
  });
});

describe('a notice whose one numbered point shares the work out clause by clause', () => {
  it('reads each clause opened by its unit as a task instead of setting the notice aside', () => {
    const text = [
      '各乡、镇人民政府,县政府有关部门:',
      '为加强河道采砂管理,现就有关事项通知如下:',
      '一、明确职责,通力合作',
      '1、县水利局是负责全县河道采砂管理的主要职能部门,具体制定采砂规划;县自然资源局协助负责河道规划和图纸设计;县交通运输局负责取缔非法采砂船只;县供电公司对无证采砂场一律停止供电。',
      '二、加强领导',
      '各有关部门要高度重视,确保整治工作顺利开展。',
      '某县人民政府办公室',
      '2024年3月1日',
    ].join('\n');
    expect(rows(text).filter((r) => r[1].length > 0)).toEqual([
      ['县水利局是负责全县河道采砂管理的主要职能部门', ['县水利局'], []],
      ['县自然资源局协助负责河道规划和图纸设计', ['县自然资源局'], []],
      ['县交通运输局负责取缔非法采砂船只', ['县交通运输局'], []],
      ['县供电公司对无证采砂场一律停止供电', ['县供电公司'], []],
    ]);
  });
});

describe('a progress table whose task column carries the plan year', () => {
  it('reads a header word such as 2025年重点工作目标 as the task column, in a table printed one bar a line', () => {
    const cells = (texts: string[]): string[] => texts.flatMap((t) => ['|', ...t.split('\n')]);
    const header = ['序号', '2025年重点工作目标', '牵头领导', '牵头\n责任单位', '配合\n责任单位', '全年进度安排', '1—9月份进展情况'];
    const body = [
      ['', '12', '建成区级文化中心。', '张三', '区文旅局', '各街道', '年底前建成。', '主体已完工。'],
      ['', '15', '新增停车泊位1000个。', '李四', '区住建局 区城管局', '区交警大队', '分季度推进。', '已新增600个。'],
      ['', '18', '完成老旧小区改造10个。', '王五', '区住建局', '各街道\n区财政局', '年底前完成。', '已开工8个。'],
    ];
    const text = ['某区2025年重点工作1—9月份进展情况', ...cells(header), ...body.flatMap(cells), '|'].join('\n');
    expect(rows(text)).toEqual([
      ['建成区级文化中心', ['区文旅局'], ['各街道']],
      ['新增停车泊位1000个', ['区住建局', '区城管局'], ['区交警大队']],
      ['完成老旧小区改造10个', ['区住建局'], ['各街道', '区财政局']],
    ]);
  });
});

describe('an item that names its work, then hands it over with 由', () => {
  it('gives the item to the unit after 由 (`人民调解由X牵头`), but not to a body set up under someone nor by a rule', () => {
    const text = [
      '1.发挥调解作用。人民调解由各级司法行政部门牵头,主体为人民调解组织。',
      '2.健全工作机制。建立由区政府牵头、各部门参与的联席会议制度。',
      '3.做好行业排查。新兴行业按照业务相近的原则由业务相近部门负责。',
    ].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.leads)).toEqual([['各级司法行政部门'], [], []]);
  });
});

describe('a regulation that states a unit’s duties as 的职责是', () => {
  it('gives the article to the unit named before 的职责是', () => {
    const text = ['第五条 县征兵办公室的职责是:贯彻上级征兵命令,组织应征青年体检。', '第六条 县卫生健康局负责应征公民的体格检查。'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.leads)).toEqual([['县征兵办公室'], ['县卫生健康局']]);
  });
});

describe('a 纲要分工方案 that names the unit answering for each indicator as 数据提供单位', () => {
  it('reads the 数据提供单位 line under each item as its units', () => {
    const text = ['一、主要指标', '1.地区生产总值年均增长6%', '数据提供单位:县统计局', '2.每千人口执业医师数达到3人', '数据提供单位:县卫健委'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads])).toEqual([
      ['地区生产总值年均增长6%', ['县统计局']],
      ['每千人口执业医师数达到3人', ['县卫健委']],
    ]);
  });
});
