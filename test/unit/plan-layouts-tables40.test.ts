// Shapes of issue 15 (brief H-fix4-tables, held-out table and item leftovers): each in a small made-up
// document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a group cell merged down the first column, printed on its first row only', () => {
  it('reads the numbered cell as the task when the header names the group column as the task column', () => {
    const text = [
      '某县创建省级森林城市任务分解表',
      '任务 内容 | 省级森林城市 评价指标 | 具体措施 | 责任单位 | 配合 单位 | 完成 时限 |',
      '林 网 建 设 | 1、主要道路两侧绿化带宽度不少于十米。 | 补植道路两侧林带,修复断带。 | 县交通局 | 县林业局 | 2024年6月 |',
      '2、河流两岸绿化率达到八成以上。 | 沿河营造护岸林。 | 县水务局 | 各乡镇 | 2024年9月 |',
      '生 态 保 护 | 3、古树名木全部建档挂牌。 | 开展古树普查,落实管护责任。 | 县林业局 | 县住建局 | 2024年5月 |',
      '4、湿地保护率稳步提高。 | 完成湿地保护小区建设。 | 县自然资源局',
      '|',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['主要道路两侧绿化带宽度不少于十米', ['县交通局'], ['县林业局']],
      ['河流两岸绿化率达到八成以上', ['县水务局'], ['各乡镇']],
      ['古树名木全部建档挂牌', ['县林业局'], ['县住建局']],
      ['湿地保护率稳步提高', ['县自然资源局'], []],
    ]);
  });
});

describe('a last progress cell printed over several paragraphs, one cell per line', () => {
  const table = [
    '某区2022年为民办实事项目推进表',
    '项目', '名称', '建设内容', '牵头单位', '进展情况', '(6月)', '进展情况', '(11月)',
    '社区食堂项目', '新建社区老年食堂十个。', '区商务局', '已选址六处。', '已建成八个。',
    '口袋公园项目', '新建口袋公园十二个,改造街头绿地五处。', '区城管局', '已开工九个。', '已建成口袋公园十个。',
  ];

  it('keeps the paragraphs after the first in the last cell, not a task of their own', () => {
    const text = [...table, '改造街头绿地五处。', '另有两个因征地调整至明年。', '分享:'].join('\n');
    expect(rows(text)).toEqual([
      ['社区食堂项目', ['区商务局'], []],
      ['口袋公园项目', ['区城管局'], []],
    ]);
  });

  it('still reads a row the page cut after its name as a task', () => {
    const text = [...table, '公厕改造项目', '改造城区公厕二十座'].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['社区食堂项目', '口袋公园项目', '公厕改造项目']);
  });
});

describe('sentences each closed by their units in a bracket, run on over lines', () => {
  it('gives a bracket that opens a line to the sentence above it, and reads the sentences after it', () => {
    const text = [
      '某省“十二五”规划纲要主要目标分工方案',
      '一、主要指标的责任部门',
      '全省森林覆盖率达到百分之三十二。(省林业厅牵头)单位生产总值用水量下降百分之十八。(省水利厅、省住建厅牵头)农作物秸秆综合利用率达到九成。',
      '(省农业厅牵头)城镇登记失业率控制在四点五以内。(省人社厅牵头)新增城镇就业岗位一百二十万个。(省人社厅、省教育厅牵头)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['全省森林覆盖率达到百分之三十二', ['省林业厅'], []],
      ['单位生产总值用水量下降百分之十八', ['省水利厅', '省住建厅'], []],
      ['农作物秸秆综合利用率达到九成', ['省农业厅'], []],
      ['城镇登记失业率控制在四点五以内', ['省人社厅'], []],
      ['新增城镇就业岗位一百二十万个', ['省人社厅', '省教育厅'], []],
    ]);
  });

  it('reads the last sentence of a page cut inside its bracket, after a list of units', () => {
    const text = [
      '某省“十二五”规划纲要主要目标分工方案',
      '一、主要指标的责任部门',
      '全省森林覆盖率达到百分之三十二。(省林业厅牵头)单位生产总值用水量下降百分之十八。(省水利厅、省住建厅牵头)农作物秸秆综合利用率达到九成。',
      '(省农业厅牵头)城镇登记失业率控制在四点五以内。(省人社厅牵头)新增城镇就业岗位一百二十万个。(省人社厅、',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['全省森林覆盖率达到百分之三十二', '单位生产总值用水量下降百分之十八', '农作物秸秆综合利用率达到九成', '城镇登记失业率控制在四点五以内', '新增城镇就业岗位一百二十万个']);
  });
});

describe('a progress column named 落实情况, 执行情况, 整改情况 with a period before it', () => {
  it.each(['前三季度落实情况', '上半年执行情况', '截至目前整改情况'])('reads a spaced table under %s', (word) => {
    const text = [
      '某镇2024年重点工作推进表',
      `序号 重点工作 责任单位 ${word}`,
      '1 新建村级养老服务站四个。 镇民政办 已建成三个。',
      '2 完成农村户厕改造二百户。 镇农业服务中心 已完成一百六十户。',
      '3 整治河塘沟渠十五条。 镇水利站 已整治十二条。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建村级养老服务站四个', ['镇民政办'], []],
      ['完成农村户厕改造二百户', ['镇农业服务中心'], []],
      ['整治河塘沟渠十五条', ['镇水利站'], []],
    ]);
  });
});

describe('a checklist printed one cell per line with a group word the reader does not know before 序号', () => {
  it('reads the group column and the merged column after 序号, a value of 1 staying a value', () => {
    const text = [
      '2022年某县共同富裕任务清单',
      '考评板块', '序号', '考核指标', '考核内容', '单位', '年度目标', '责任部门', '评分部门',
      '城乡融合',
      '1', '推进城乡基本公共服务均等化', '新建城乡社区综合服务中心', '个', '3', '县民政局', '县住建局', '市民政局',
      '2', '城乡居民收入倍差', '-', '≤1.7', '县统计局', '县发改局', '市统计局',
      '3', '新增农村客运班线', '条', '1', '县交通运输局', '市交通运输局',
      '4', '建成县域医共体分院', '家', '2', '县卫生健康局', '市卫生健康委',
      '5', '完成农房安全改造', '户', '120', '县住建局', '市住建局',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建城乡社区综合服务中心', ['县民政局'], ['县住建局']],
      ['城乡居民收入倍差', ['县统计局'], ['县发改局']],
      ['新增农村客运班线', ['县交通运输局'], []],
      ['建成县域医共体分院', ['县卫生健康局'], []],
      ['完成农房安全改造', ['县住建局'], []],
    ]);
  });
});

describe('a task list whose rows give a measuring unit and a year target', () => {
  const indicators = (text: string): [string, string, string, string][] =>
    (parsePlanText(text).indicators ?? []).map((i) => [i.name, i.unit, i.target.text, i.owner ?? '']);

  it('reads each row as an indicator too, in a bar table', () => {
    const text = [
      '某区2023年高质量发展考核任务表',
      '序号 | 考核内容 | 单位 | 年度目标 | 责任部门 |',
      '1 | 规模以上工业增加值增速 | % | ≥6.5 | 区经信局 |',
      '2 | 新增市场主体 | 户 | 3000 | 区市场监管局 |',
      '3 | 营商环境评价 | - | 全市前五 | 区发改局 |',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['规模以上工业增加值增速', '新增市场主体', '营商环境评价']);
    expect(indicators(text)).toEqual([
      ['规模以上工业增加值增速', '%', '≥6.5', '区经信局'],
      ['新增市场主体', '户', '3000', '区市场监管局'],
      ['营商环境评价', '-', '全市前五', '区发改局'],
    ]);
  });

  it('reads none from a table whose 单位 column names the responsible units', () => {
    const text = [
      '某区2023年重点工作任务表',
      '序号 | 工作任务 | 单位 | 目标 |',
      '1 | 推进老旧小区改造 | 区住建局 | 完成改造十个 |',
      '2 | 新增市场主体 | 区市场监管局 | 新增三千户 |',
      '3 | 优化营商环境 | 区发改局 | 进入全市前五 |',
    ].join('\n');
    expect(indicators(text)).toEqual([]);
  });
});
