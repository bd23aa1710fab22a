// Shapes of issue 15 (brief H-fix8-owner54): a unit named once for many items. Made-up documents of each shape.
import { describe, expect, it } from 'vitest';
import { clauseRowsInferred } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads, participants and whether the lead is inferred. */
const rows = clauseRowsInferred(/[,,。]/);

describe('a unit name alone on a line over the numbered items it owns', () => {
  it('gives each unit the items under its line, numbering starting again under each, sub-heads between', () => {
    const text = [
      '县水务局',
      '重点目标:',
      '(一)完成农村饮水安全巩固提升工程,新增受益人口1.2万人。',
      '(二)推进中小河流治理,整治河道12公里。',
      '一般目标:',
      '(三)加强水资源管理,用水总量控制在红线以内。',
      '县林业局',
      '(一)完成植树造林3000亩。',
      '(二)加强森林防火,火灾受害率控制在0.5‰以内。',
      '(三)推进林长制落实,建立县乡村三级林长体系。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['完成农村饮水安全巩固提升工程', ['县水务局'], [], true],
      ['推进中小河流治理', ['县水务局'], [], true],
      ['加强水资源管理', ['县水务局'], [], true],
      ['完成植树造林3000亩', ['县林业局'], [], true],
      ['加强森林防火', ['县林业局'], [], true],
      ['推进林长制落实', ['县林业局'], [], true],
    ]);
  });

  it('does not glue the unit line to the item before it: the items before keep no lead', () => {
    const text = [
      '1.全年组织文艺下乡演出60场。',
      '2.完成乡镇综合文化站提档升级5个。',
      '3.推进公共图书馆总分馆制建设。',
      '区商务局工作目标',
      '1.社会消费品零售总额增长8%。',
      '2.新增限额以上商贸企业20家。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['全年组织文艺下乡演出60场', [], [], false],
      ['完成乡镇综合文化站提档升级5个', [], [], false],
      ['推进公共图书馆总分馆制建设', [], [], false],
      ['社会消费品零售总额增长8%', ['区商务局'], [], true],
      ['新增限额以上商贸企业20家', ['区商务局'], [], true],
    ]);
  });

  it('keeps an item’s own units, and leaves units written under each item as that item’s', () => {
    const own = ['镇农业办', '1.完成高标准农田建设2000亩。', '2.推广稻渔综合种养。(牵头单位:镇水产站)'].join('\n');
    expect(rows(own)).toEqual([
      ['完成高标准农田建设2000亩', ['镇农业办'], [], true],
      ['推广稻渔综合种养', ['镇水产站'], [], false],
    ]);
    const perItem = ['1.推进老旧小区改造。', '县住建局', '2.整治城区交通秩序。', '县公安局', '1.开展文明城市创建。', '县文明办'].join('\n');
    expect(rows(perItem).map((r) => r[1])).not.toContainEqual(['县文明办', '县住建局']);
    expect(rows(perItem)[0]?.[1]).toEqual(['县住建局']);
  });

  it('reads a unit named in the title (`某局2025年工作要点`) or over a year line as the lead of the items', () => {
    const titled = ['县交通运输局2025年工作要点', '一、加快农村公路建设,新改建农村公路50公里。', '二、推进客运站改造。'].join('\n');
    expect(rows(titled)).toEqual([
      ['加快农村公路建设', ['县交通运输局'], [], true],
      ['推进客运站改造', ['县交通运输局'], [], true],
    ]);
    const split = ['区市场监管局', '2024年工作目标', '一、开展食品安全抽检1500批次。', '二、推进电梯安全监管。'].join('\n');
    expect(rows(split).map((r) => r[1])).toEqual([['区市场监管局'], ['区市场监管局']]);
  });

  it('takes no topic line for a unit', () => {
    const topic = ['生态环境保护', '1.完成大气污染防治年度任务。', '2.推进农村生活污水治理。'].join('\n');
    expect(rows(topic).map((r) => r[1])).toEqual([[], []]);
  });
});

describe('a role label in front of a unit inside a sentence', () => {
  it('takes `包保单位` / `责任单位` off the unit the sentence names', () => {
    const text = [
      '关于城区环境卫生巡查问题的通报',
      '1、东关农贸市场周边占道经营。',
      '整改要求:由包保单位县市场监管局负责清理。',
      '2、北街绿化带内有白色垃圾。',
      '整改要求:由责任单位县城管局负责清除。',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['县市场监管局'], ['县城管局']]);
  });
});

describe('检查组 / 督导组 lines', () => {
  it('never reads a one-character piece of a spaced unit name as a unit', () => {
    const text = [
      '二、分组安排',
      '(一)第一督查组;',
      '责任领导:王某',
      '责任单位:林 站、水利站',
      '检查范围:林区防火。',
      '(二)第二督查组;',
      '责任领导:赵某',
      '责任单位:文化站、综治 办',
      '检查范围:集镇商铺。',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['林站'], ['水利站']],
      [['文化站'], ['综治办']],
    ]);
  });

  it('reads a group heading whose lost indent left one `?` among headings that lost three', () => {
    const text = [
      '关于开展春季森林防火检查的通知',
      '一、分组情况',
      '???(一)第一检查组;',
      '责任单位:林业站、派出所',
      '???(二)第二检查组;',
      '责任单位:应急办、供电所',
      '???(三)第三检查组;',
      '责任单位:水利站、卫生院',
      '?(四)第四检查组;',
      '责任单位:文化站、中心学校',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['第一检查组', ['林业站'], ['派出所']],
      ['第二检查组', ['应急办'], ['供电所']],
      ['第三检查组', ['水利站'], ['卫生院']],
      ['第四检查组', ['文化站'], ['中心学校']],
    ]);
  });
});

describe('a numbered heading that names a unit and its goals', () => {
  it('gives `一、某局工作目标` / `二、某局2009年工作要点` to the items under it; a topic`s 工作目标 gives nothing', () => {
    const text = [
      '某市2009年部门工作目标',
      '一、市教育局工作目标',
      '1.全市义务教育巩固率达到99%。',
      '2.新建改扩建中小学校舍5万平方米。',
      '二、市卫生局2009年工作要点',
      '1.完成乡镇卫生院标准化建设10所。',
      '2.开展城乡居民健康档案建设。(牵头单位:市疾控中心)',
      '三、招商引资工作目标',
      '1.全年引进项目30个。',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['全市义务教育巩固率达到99%', ['市教育局'], true],
      ['新建改扩建中小学校舍5万平方米', ['市教育局'], true],
      ['完成乡镇卫生院标准化建设10所', ['市卫生局'], true],
      ['开展城乡居民健康档案建设', ['市疾控中心'], false],
    ]);
  });
});

describe('a requirement line that opens with 由X负责 and runs on', () => {
  it('reads X as the item`s lead; a line that names no unit after 由 gives nothing', () => {
    const text = [
      '城区卫生死角巡查问题清单',
      '1.北门菜市场后巷垃圾堆积。',
      '整改要求:由区城管执法局负责组织清运并设置围挡,三日内完成。',
      '2.滨河路绿化带缺株断档。',
      '整改措施:由包保单位区园林中心负责补植苗木,恢复绿化景观。',
      '3.老街区电线私拉乱接。',
      '整改要求:由产权人负责自行整改到位。',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['北门菜市场后巷垃圾堆积', ['区城管执法局'], false],
      ['滨河路绿化带缺株断档', ['区园林中心'], false],
      ['老街区电线私拉乱接', [], false],
    ]);
  });
});
