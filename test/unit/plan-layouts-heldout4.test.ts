// Layouts the fourth held-out batch of task documents (161-167 of the real-document corpus, issue 15,
// brief H5) showed when scored before any change: general rules, each in a small made-up document of
// the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { splitDepartmentNames } from '../../shared/plan/department-names.js';
import { splitGluedUnits } from '../../shared/plan/unit-names.js';
import { titleRows as rows } from '../helpers/plan-rows.js';

/** A table flattened with each cell's bar on a line of its own, a cell over several lines kept whole. */
const barLines = (cells: string[][]): string => cells.flatMap((cell) => [...cell, '|']).join('\n');

describe('a table flattened with each bar on a line of its own', () => {
  it('reads cells over several lines, a group cell before the 序号, and starred leads', () => {
    const text = barLines([
      ['类别'], ['序号'], ['任务名称'], ['任务要求'], ['责任部门', '(加*号为牵头部门,', '其余为参与部门)'], ['责任街镇'], ['完成时间'],
      ['(一)', '美化', '街区'], ['1'], ['新建口袋公园'], ['新建口袋公园5个。'], ['区绿化局*'], ['甲街道'], ['6月底'],
      ['2'], ['改造绿道', '10公里'], ['改造绿道10公里。'], ['区绿化局*、', '区交通局'], ['甲街道、', '乙镇'], ['年底'],
      ['(二)', '整治', '河道'], ['3'], ['清理河道'], ['清理河道3条。'], ['区水务局*'], ['乙镇'], ['年底'],
    ]);
    expect(rows(text)).toEqual([
      ['新建口袋公园', ['区绿化局'], ['甲街道']],
      ['改造绿道10公里', ['区绿化局'], ['区交通局', '甲街道', '乙镇']],
      ['清理河道', ['区水务局'], ['乙镇']],
    ]);
  });

  it('reads rows that print a number the header leaves out, after a group cell only some rows print', () => {
    const text = barLines([
      ['工作任务'], ['具体要求'], ['责任科室'], ['时限要求'],
      ['规范公开'], ['1'], ['清理规范性文件,公布目录。'], ['办公室'], ['年底前'],
      ['做好解读'], ['2'], ['做好政策解读工作。'], ['各科室'], ['持续推进'],
      ['3'], ['编制年度报告。'], ['办公室'], ['3月底前'],
      ['加强宣传'], ['4'], ['报送优秀稿件。'], ['各科室'], ['持续推进'],
    ]);
    expect(rows(text)).toEqual([
      ['清理规范性文件,公布目录', ['办公室'], []],
      ['做好政策解读工作', ['各科室'], []],
      ['编制年度报告', ['办公室'], []],
      ['报送优秀稿件', ['各科室'], []],
    ]);
  });

  it('leaves a `cell |` table whose empty cells are bare `|` lines as it was', () => {
    const text = ['序号 |', '工作任务 |', '责任单位 |', '1 |', '新建公园。 |', '区绿化局 |', '|', '2 |', '改造绿道。 |', '区交通局 |', '|', '3 |', '清理河道。 |', '区水务局 |', '|', '|'].join('\n');
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([
      ['新建公园', ['区绿化局']],
      ['改造绿道', ['区交通局']],
      ['清理河道', ['区水务局']],
    ]);
  });
});

describe('a lead marked by a star in a responsibility list', () => {
  it('takes the starred unit as the lead and the others as participants, in a line too', () => {
    const text = ['一、美化街区', '1.新建口袋公园5个。', '责任单位:区财政局、区绿化局*、各街道'].join('\n');
    expect(rows(text)).toEqual([['新建口袋公园5个', ['区绿化局'], ['区财政局', '各街道']]]);
  });
});

describe('units a table shortens or prints without a separator', () => {
  it('splits a cell of one unit per line when the lines end in 联/协 or name a 各 group', () => {
    expect(splitDepartmentNames('县妇联\n县残联\n县科协')).toEqual(['县妇联', '县残联', '县科协']);
    expect(splitDepartmentNames('各地\n各部门')).toEqual(['各地', '各部门']);
  });

  it('cuts two 各 groups glued together and a people’s organisation after a whole unit, not 省政府各部门', () => {
    const known = new Set<string>();
    expect(splitGluedUnits('各地各部门', known)).toEqual(['各地', '各部门']);
    expect(splitGluedUnits('县人社局县妇联', known)).toEqual(['县人社局', '县妇联']);
    expect(splitGluedUnits('省政府各部门', known)).toEqual(['省政府各部门']);
  });

  it('reads a shortened name with its level (`县新闻出版`) in a list of whole units before a verb', () => {
    const text = ['一、促进健康', '1.普及心理健康知识。(县卫健局牵头,县委宣传部、县新闻出版、县妇联配合)'].join('\n');
    expect(rows(text)).toEqual([['普及心理健康知识', ['县卫健局'], ['县委宣传部', '县新闻出版', '县妇联']]]);
  });
});

describe('places named once for two units', () => {
  it('gives a bare place the kind its sibling names (`甲湖、乙山管理区`, `东村、西岭镇`), not a unit of its own', () => {
    expect(splitDepartmentNames('县统计局,甲湖、乙山管理区,东村、西岭镇')).toEqual(['县统计局', '甲湖管理区', '乙山管理区', '东村镇', '西岭镇']);
    expect(splitDepartmentNames('城投集团、东湖街道')).toEqual(['城投集团', '东湖街道']);
  });

  it('keeps `各乡、镇人民政府` one group, as `各县、市、区政府` is', () => {
    expect(splitDepartmentNames('县财政局,各乡、镇人民政府,县开发区')).toEqual(['县财政局', '各乡、镇人民政府', '县开发区']);
  });
});

describe('a 目标责任分解 table flattened one cell per line, units one per line', () => {
  it('reads each numbered goal with its unit lines, the first for 主要责任单位, and sub-goals with units of their own as tasks', () => {
    const text = [
      '某市儿童发展规划目标责任分解表',
      '领域', '主要目标', '主要责任单位', '责任单位',
      '1.儿童健康水平提高。', '——婴儿死亡率控制在5‰以下。', '——五岁以下儿童死亡率控制在6‰以下。', '市卫健委', '市发改委', '市财政局', '市妇联',
      '2.儿童营养状况改善。', '——低出生体重发生率控制在4%以下。', '市卫健委', '市统计局',
      '——中小学生贫血患病率降低。', '市教育局', '市卫健委', '市人口计生',
      '3.儿童体质增强。', '市体育局', '市教育局', '市团委',
    ].join('\n');
    expect(rows(text).map((r) => [r[0].replace(/^\d\./, ''), r[1], r[2]])).toEqual([
      ['儿童健康水平提高', ['市卫健委'], ['市发改委', '市财政局', '市妇联']],
      ['低出生体重发生率控制在4%以下', ['市卫健委'], ['市统计局']],
      ['中小学生贫血患病率降低', ['市教育局'], ['市卫健委', '市人口计生']],
      ['儿童体质增强', ['市体育局'], ['市教育局', '市团委']],
    ]);
  });
});

describe('a table run into one text with no separators and no 序号', () => {
  it('ends each row at its text’s 。 followed by its units, with the group cell glued to the first row', () => {
    const text = [
      '某区创建卫生城市责任分解表',
      '1、通知各相关单位:现将责任分解表印发给你们。某区爱卫办2020年5月1日项目名称具体标准责任单位巩固卫生创建环境卫生管理制度健全,有专人负责,群众满意率≥90%。区城管局、各街道农贸市场规范,划行归市,',
      '2、无占道经营。区市场监管局、区城管局病媒生物防制达标。区卫健局有控烟宣',
      '3、传栏',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['区城管局'], ['各街道']],
      [['区市场监管局'], ['区城管局']],
      [['区卫健局'], []],
      [[], []],
    ]);
    expect(rows(text)[1]?.[0]).toBe('农贸市场规范,划行归市,无占道经营');
  });
});

describe('towns named in a table cell', () => {
  it('are whole units, not flagged as a person (`马桥镇`) or a name cut off (`浦江镇`)', () => {
    const text = ['序号 |', '工作任务 |', '责任单位 |', '1 |', '新建口袋公园。 |', '区绿化局、马桥镇、浦江镇 |'].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.participants)).toEqual([['马桥镇', '浦江镇']]);
    expect(plan.unplaced.filter((u) => /马桥镇|浦江镇/.test(u.reason))).toEqual([]);
  });
});

describe('a participant label with a qualifier in front', () => {
  it('`主要协作单位:` lines and a `主要协作单位` column name participants, as `协作单位` does', () => {
    const lines = ['1.推广家庭医生签约服务。', '牵头责任单位:县卫健委、县医保局', '主要协作单位:各乡镇人民政府,县政府有关部门'].join('\n');
    expect(rows(lines)).toEqual([['推广家庭医生签约服务', ['县卫健委', '县医保局'], ['各乡镇人民政府', '县政府有关部门']]]);
    const table = ['序号 工作任务 牵头单位 主要协作单位', '1 推广家庭医生签约服务。 县卫健委 各乡镇人民政府'].join('\n');
    expect(rows(table).map((r) => [r[1], r[2]])).toEqual([[['县卫健委'], ['各乡镇人民政府']]]);
  });
});

describe('a shortened name with its level in other list wordings', () => {
  it('`由X会同A、县新闻出版负责` makes all co-leads, and a spaced row splits such a unit cell', () => {
    const text = ['一、促进健康', '1.普及心理健康知识。(由县卫健局会同县委宣传部、县新闻出版负责)'].join('\n');
    expect(rows(text)).toEqual([['普及心理健康知识', ['县卫健局', '县委宣传部', '县新闻出版'], []]]);
    const table = ['序号 工作任务 牵头单位 配合单位 完成时限', '1 普及心理健康知识,开展讲座,覆盖全县中小学校和社区居民家庭。 县卫健局 县委宣传部、县新闻出版、县教育局 年底前'].join('\n');
    expect(rows(table).map((r) => [r[1], r[2]])).toEqual([[['县卫健局'], ['县委宣传部', '县新闻出版', '县教育局']]]);
  });
});

describe('`一是…;二是…` items inside a paragraph', () => {
  it('are tasks of their own when two or more of them carry their own units', () => {
    const text = [
      '一、发展乡村产业',
      '(一)推进产业融合。一是发展特色种养业,新建基地5个(县农业农村局牵头,县财政局配合);二是培育加工企业3家(县工信局牵头);三是改厕1000户,县卫健局牵头,各乡镇配合。',
      '(二)加强宣传。一是办好专栏;二是发放手册。(县委宣传部负责)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['发展特色种养业,新建基地5个', ['县农业农村局'], ['县财政局']],
      ['培育加工企业3家', ['县工信局'], []],
      ['改厕1000户', ['县卫健局'], ['各乡镇']],
      ['加强宣传', ['县委宣传部'], []],
    ]);
  });
});
