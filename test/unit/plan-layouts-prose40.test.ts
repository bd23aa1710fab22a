// Prose shapes of the held-out shelf's wave 4 (branch prose40), each written with made-up content in the shape
// the page had.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('a label with the level of government in front', () => {
  it('reads 县级配合单位 / 省级协办单位 as the participants\' label, and a 督办单位 as neither role', () => {
    const text = [
      '二、主要任务',
      '(一)改善农村供水条件',
      '1.新建改造集中供水工程12处。',
      '牵头单位:县水利局',
      '县级配合单位:县财政局、县卫生健康局',
      '完成时限:2022年9月底前。',
      '2.开展水源地环境专项整治。',
      '责任单位:各乡镇人民政府',
      '县级督办单位:县政府督查室',
      '县级配合单位:县生态环境分局、县自然资源局,县农业农村局',
      '完成时限:2022年12月底前。',
      '3.建立农村供水工程长效管护机制。(省级牵头单位:省水利厅;省级协办单位:省发展改革委)',
    ].join('\n');
    expect(read(text)).toEqual([
      ['新建改造集中供水工程12处', ['县水利局'], ['县财政局', '县卫生健康局']],
      ['开展水源地环境专项整治', ['各乡镇人民政府'], ['县生态环境分局', '县自然资源局', '县农业农村局']],
      ['建立农村供水工程长效管护机制', ['省水利厅'], ['省发展改革委']],
    ]);
    expect(parsePlanText(text).tasks[1]?.isLeadInferred).toBe(false);
  });

  it('reads a bracketed label with its level (`【区级牵头单位】`)', () => {
    const text = ['1.完成老旧小区改造8个。【区级牵头单位】区住房城乡建设局【区级配合单位】区财政局、各街道办事处', '2.推进背街小巷整治。【区级牵头单位】区城管局'].join('\n');
    expect(read(text).map((t) => [t[1], t[2]])).toEqual([
      [['区住房城乡建设局'], ['区财政局', '各街道办事处']],
      [['区城管局'], []],
    ]);
  });

  it('leaves a level word in a sentence alone', () => {
    const text = ['1.市级牵头单位要每月报送工作进展。(责任单位:市统计局)', '2.做好数据质量核查。(责任单位:市统计局)'].join('\n');
    expect(read(text).map((t) => t[0])).toEqual(['市级牵头单位要每月报送工作进展', '做好数据质量核查']);
  });
});

describe('a unit list that ends in a duty phrase (按职责分工分别负责)', () => {
  const first = (text: string): [string[], string[], boolean] => {
    const t = parsePlanText(text).tasks[0];
    return [t?.leads ?? [], t?.participants ?? [], t?.isLeadInferred ?? true];
  };
  const next = '2.规范行政执法程序。\n责任单位:县综合执法局';

  it('strips the phrase from the last unit after a label, every unit sharing the work', () => {
    expect(first(`1.健全矛盾纠纷多元化解机制。\n责任单位:县信访局、县司法局,各乡镇人民政府按职责分工分别负责。\n${next}`)).toEqual([['县信访局', '县司法局', '各乡镇人民政府'], [], false]);
    expect(first(`1.健全矛盾纠纷多元化解机制。(责任单位:县信访局、各街道办事处按各自职责共同落实)\n${next}`)).toEqual([['县信访局', '各街道办事处'], [], false]);
  });

  it('reads the same list in a bracket or on a line of its own, with no label', () => {
    expect(first(`1.健全矛盾纠纷多元化解机制。(县信访局、县司法局按职责分工分别负责)\n${next}`)).toEqual([['县信访局', '县司法局'], [], false]);
    expect(first(`1.健全矛盾纠纷多元化解机制。\n县信访局、县司法局、县法院按照职责分工分别落实。\n${next}`)).toEqual([['县信访局', '县司法局', '县法院'], [], false]);
  });

  it('keeps the roles the labels give', () => {
    expect(first(`1.健全矛盾纠纷多元化解机制。(牵头单位:县信访局;配合单位:县司法局、县妇联按职责分工分别负责)\n${next}`)).toEqual([['县信访局'], ['县司法局', '县妇联'], false]);
  });
});

describe('a group whose bare place words share one trailing 人民政府', () => {
  it('reads `各旗、特区、区人民政府` as one unit, and splits places that each name their own body', () => {
    const text = [
      '1.推进创业孵化基地建设。(牵头单位:市人力资源社会保障局;责任单位:各旗、特区、区人民政府,各高新区管委会)',
      '2.落实稳岗返还政策。(牵头单位:市财政局;责任单位:市税务局、县、乡政府)',
      '3.开展职业技能培训。(牵头单位:市教育局;责任单位:县人社局、区人社局)',
    ].join('\n');
    expect(read(text).map((t) => t[2])).toEqual([['各旗、特区、区人民政府', '各高新区管委会'], ['市税务局', '县、乡政府'], ['县人社局', '区人社局']]);
  });
});

describe('a duty heading that names two units', () => {
  it('reads `(五)A、B职责:…` like a bare list, the first leading by inference', () => {
    const text = [
      '(四)市场监管部门职责:负责景区周边经营秩序整治,查处价格违法行为。',
      '(五)市融媒体中心、市广播电视台职责:负责整治行动的新闻宣传,及时曝光典型案例。',
    ].join('\n');
    expect(read(text).map((t) => [t[1], t[2]])).toEqual([
      [['市场监管部门'], []],
      [['市融媒体中心'], ['市广播电视台']],
    ]);
    expect(parsePlanText(text).tasks.map((t) => t.isLeadInferred)).toEqual([false, true]);
  });

  it('reads a heading `(二)A、B的职责` over its items the same way', () => {
    const text = ['(一)县农业农村局职责', '1.制定秸秆综合利用实施方案。', '(二)县生态环境分局、县气象局的职责', '1.开展秸秆焚烧卫星遥感监测。', '2.发布禁烧期气象预警。'].join('\n');
    expect(read(text).map((t) => [t[1], t[2]])).toEqual([
      [['县农业农村局'], []],
      [['县生态环境分局'], ['县气象局']],
      [['县生态环境分局'], ['县气象局']],
    ]);
  });
});

describe('a terse table cell `X会Y` (会 for 会同)', () => {
  const table = (cells: string[]): string =>
    ['序号 | 工作任务 | 责任处室 | 完成时限 |', ...cells.map((c, i) => `${i + 1} | 做好第${i + 1}项信息公开工作并按季度通报 | ${c} | 2022年底前 |`)].join('\n');

  it('reads the first unit as the lead and the second as taking part', () => {
    expect(read(table(['法规处会综合科', '财务科', '规划处会人事处'])).map((t) => [t[1], t[2]])).toEqual([
      [['法规处'], ['综合科']],
      [['财务科'], []],
      [['规划处'], ['人事处']],
    ]);
  });

  it('keeps a committee\'s office and a 会计 unit one name', () => {
    expect(read(table(['区安委会办公室', '区财政局会计核算中心', '法规处'])).map((t) => [t[1], t[2]])).toEqual([
      [['区安委会办公室'], []],
      [['区财政局会计核算中心'], []],
      [['法规处'], []],
    ]);
  });
});

describe('two of a town\'s stations glued with no separator', () => {
  it('reads `司法所农业服务站` as two units, and keeps a sub-unit one name', () => {
    const text = [
      '1.开展校园周边安全隐患排查。(牵头单位:镇综治办;配合单位:司法所农业服务站)',
      '2.整治道路交通秩序。(牵头单位:镇综治办;配合单位:县公安局交警大队)',
    ].join('\n');
    expect(read(text).map((t) => t[2])).toEqual([['司法所', '农业服务站'], ['县公安局交警大队']]);
  });
});
