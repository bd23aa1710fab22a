// Layouts the eighth held-out batch of task documents (321-327 of the real-document corpus, issue 15,
// brief H-heldout8) showed when scored before any change, and the shapes its keys drew into the layout
// matrix: general rules, each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { foldTraditionalLine } from '../../shared/plan/script-fold.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or bracket (the reader drops its full stop), leads and participants. */
const rows = clauseRows(/[,,((]/);

describe('a lead verb written inside a bare 责任单位 list', () => {
  it('reads `A和B分别牵头、C` as two leads and a participant, and `X牵头、A、B` as a lead and participants', () => {
    const text = [
      '某某县2022年政府工作报告重点工作责任分解',
      '一、王某某县长牵头重点工作',
      '1.建设县域物流配送中心,打通农村寄递“最后一公里”。',
      '责任单位:县商务局和县邮政管理局分别牵头、县交通运输局',
      '2.完成高标准农田建设二万亩。',
      '责任单位:县农业农村局牵头、县财政局、县自然资源局',
      '3.新建城区停车位八百个。',
      '责任单位:县住建局共同牵头、县公安局交警大队',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建设县域物流配送中心', ['县商务局', '县邮政管理局'], ['县交通运输局']],
      ['完成高标准农田建设二万亩', ['县农业农村局'], ['县财政局', '县自然资源局']],
      ['新建城区停车位八百个', ['县住建局'], ['县公安局交警大队']],
    ]);
  });

  it('reads the same list when a space parts the label from it (`责任单位 A和B分别牵头、C`)', () => {
    const text = ['1.开展城乡环境卫生整治行动。', '责任单位 县城管局和县卫健局分别牵头、各乡镇人民政府'].join('\n');
    expect(rows(text)).toEqual([['开展城乡环境卫生整治行动', ['县城管局', '县卫健局'], ['各乡镇人民政府']]]);
  });
});

describe('a table whose only unit column is headed 主要责任单位', () => {
  it('gives every unit of a cell as a lead, as `主要责任单位:A、B` does in a line', () => {
    const text = [
      '附件',
      '某某市2012年政府工作任务分解表',
      '序号',
      '',
      '名称',
      '',
      '工作任务',
      '',
      '主要责任单位',
      '',
      '1',
      '',
      '农民收入',
      '',
      '农村居民人均纯收入增长百分之十',
      '',
      '市农委、统计局',
      '',
      '2',
      '',
      '旅游',
      '',
      '接待游客增长百分之十五',
      '',
      '市旅游局',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['农村居民人均纯收入增长百分之十', ['市农委', '市统计局'], []],
      ['接待游客增长百分之十五', ['市旅游局'], []],
    ]);
  });
});

describe('work listed by department (`单位:工作`)', () => {
  it('takes a long list of full names and a unit ending in 部门 for the units before the colon', () => {
    const text = [
      '某某县2021年重点工作',
      '(1)县乡村振兴局、县人力资源和社会保障局、县农业农村局、县财政局、县教育体育局:做好脱贫人口稳岗就业。',
      '(2)某某市生态环境保护部门:完成大气污染防治年度任务。',
      '(3)县水利局:实施中小河流治理工程。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['做好脱贫人口稳岗就业', ['县乡村振兴局', '县人力资源和社会保障局', '县农业农村局', '县财政局', '县教育体育局'], []],
      ['完成大气污染防治年度任务', ['某某市生态环境保护部门'], []],
      ['实施中小河流治理工程', ['县水利局'], []],
    ]);
  });
});

describe('a task ending like a unit (大学, 公园) before its bracket of units', () => {
  it('reads the bracket as the units, not as the short name of a unit', () => {
    const text = [
      '某某区民生实事',
      '1.开工建设社区老年大学(区民政局)',
      '2.建设滨河湿地公园(区园林局、区水务局、某某街道)',
      '3.综合提升老城历史街区(区住建局、区文旅局)',
      '办公室(区创卫办)',
    ].join('\n');
    expect(rows(text).slice(0, 3)).toEqual([
      ['开工建设社区老年大学', ['区民政局'], []],
      ['建设滨河湿地公园', ['区园林局'], ['区水务局', '某某街道']],
      ['综合提升老城历史街区', ['区住建局'], ['区文旅局']],
    ]);
  });
});

describe('a traditional page folded back to simplified', () => {
  it('reads 無著 as 无着 (生活无着人员), and keeps 著 in 著名 and 著作', () => {
    expect(foldTraditionalLine('特困人員及生活無著人員救助')).toBe('特困人员及生活无着人员救助');
    expect(foldTraditionalLine('無著名品牌、無著作權')).toBe('无著名品牌、无著作权');
  });
});

describe('a label parted from its units by a space, inside a bracket', () => {
  it('reads `(…;配合单位 相关市(州)人民政府)`: the list runs to the bracket’s close, past the name’s own bracket', () => {
    const text = [
      '某省2020年重点工作',
      '(1)推进社会信用体系建设(牵头单位 省发展改革委、人民银行某某中心支行;责任单位 相关市(州)人民政府)。',
      '(2)规范涉企收费行为(省市场监管局牵头;配合单位 各县(市、区)人民政府)。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['推进社会信用体系建设', ['省发展改革委', '人民银行某某中心支行'], ['相关市(州)人民政府']],
      ['规范涉企收费行为', ['省市场监管局'], ['各县(市、区)人民政府']],
    ]);
  });
});

describe('a labelled unit list the page broke after a 、', () => {
  it('goes on with the next line when it opens with a unit, in a plan too short to show a page width', () => {
    const text = [
      '某某市2011年政府工作报告目标任务分解',
      '1.城镇新增就业五万人。主办单位:市人力资源和社会保障局、',
      '财政局。',
      '2.新建保障性住房三千套。主办单位:市住房保障中心。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['城镇新增就业五万人', ['市人力资源和社会保障局', '财政局'], []],
      ['新建保障性住房三千套', ['市住房保障中心'], []],
    ]);
  });
});

describe('a zone named before a group of governments', () => {
  it('keeps `城南开发区` whole beside `各县市区政府`: a group names every place of a level and shares no 政府', () => {
    const text = ['某市重点工作', '1.固定资产投资增长百分之十(市发改委,城南开发区、各县市区政府)。', '2.城镇新增就业三万人(市人社局,各县、市、区政府)。'].join('\n');
    expect(rows(text)).toEqual([
      ['固定资产投资增长百分之十', ['市发改委'], ['城南开发区', '各县市区政府']],
      ['城镇新增就业三万人', ['市人社局'], ['各县、市、区政府']],
    ]);
  });
});
