// Shapes of issue 15 (brief H-fix4-bars, held-out batch heldout38): bar tables that lost or spread merged cells,
// each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。;]/);

describe('a bar table whose header cell spans two of the rows’ cells', () => {
  it('reads the unit cell the rows print one place beyond the header', () => {
    const text = [
      '某县2023年5月为民办实事项目进度表',
      '序号 | 年度任务 | 本月进展 | 下月安排 | 责任单位 | ||',
      '1 | 农村供水提质 | 改造农村供水管网80公里。 | 已完成管网铺设30公里。 | 完成管网铺设45公里。 | 县水利局 | |',
      '2 | 养老服务扩面 | 新建村级居家养老服务站12个。 | 已选址9个。 | 开工建设6个。 | 县民政局 | |',
      '3 | 学校食堂改造 | 完成15所学校食堂提升改造。 | 已完成设计招标。 | 进场施工。 | 县教育局 | |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['农村供水提质', ['县水利局'], []],
      ['养老服务扩面', ['县民政局'], []],
      ['学校食堂改造', ['县教育局'], []],
    ]);
  });

  it('does so when the header prints no empty cell after its names', () => {
    const text = [
      '某县2023年5月为民办实事项目进度表',
      '序号 | 年度任务 | 本月进展 | 责任单位 |',
      '1 | 农村供水提质 | 改造农村供水管网80公里。 | 已完成管网铺设30公里。 | 县水利局 |',
      '2 | 养老服务扩面 | 新建村级居家养老服务站12个。 | 已选址9个。 | 县民政局 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['农村供水提质', ['县水利局'], []],
      ['养老服务扩面', ['县民政局'], []],
    ]);
  });

  it('leaves a table whose rows fit their header as it reads', () => {
    const text = [
      '某县2023年5月为民办实事项目进度表',
      '序号 | 年度任务 | 本月进展 | 责任单位 |',
      '1 | 改造农村供水管网80公里。 | 已完成管网铺设30公里。 | 县水利局 |',
      '2 | 新建村级居家养老服务站12个。 | 已选址9个。 | 县民政局 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['改造农村供水管网80公里', ['县水利局'], []],
      ['新建村级居家养老服务站12个', ['县民政局'], []],
    ]);
  });
});

describe('a merged-cell table whose work item has two leads, the second on a row of its own', () => {
  const header = ['某区2022年民生实事项目任务分解表', '项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |'];

  it('adds the unit of a row that keeps only its time and unit to the item above', () => {
    const text = [
      ...header,
      '1.交通出行改善项目 | 新建公交候车亭30个; | 6月 | 区交通运输局 |',
      '2022.9 | 区城投公司 | ||',
      '改造背街小巷12条; | 2022.10 | 区住建局 | |',
      '2.社区服务提升项目 | 新建社区食堂5家。 | 9月底 | 区民政局 |',
      '计划11月底完成设备采购 | 区国资公司 | ||',
      '3.校园安全项目 | 完成20所学校视频监控改造。 | 8月 | 区教育局 |',
    ].join('\n');
    expect(rows(text).map(([t, l]) => [t.replace(/^\S+项目 /, ''), l])).toEqual([
      ['新建公交候车亭30个', ['区交通运输局', '区城投公司']],
      ['改造背街小巷12条', ['区住建局']],
      ['新建社区食堂5家', ['区民政局', '区国资公司']],
      ['完成20所学校视频监控改造', ['区教育局']],
    ]);
  });

  it('keeps two-cell rows as rows of their own where the table merges its time cells down', () => {
    const text = [
      '某区2022年民生实事项目任务分解表',
      '工作任务 | 计划完成时间 | 牵头单位 |',
      '新建公交候车亭30个; | 2022年 | 区交通运输局 |',
      '6月底前完成背街小巷改造 | 区住建局 | |',
      '新建社区食堂5家。 | 2023年 | 区民政局 |',
    ].join('\n');
    // (Which title the second row takes is another question; its unit stays its own.)
    expect(rows(text).map(([, l]) => l)).toEqual([['区交通运输局'], ['区住建局'], ['区民政局']]);
  });
});

describe('an outline laid out a column per level, its upper levels merged down', () => {
  it('reads each row by its cells’ numbers, the deepest level as the task', () => {
    const text = [
      '某县林业局2023年安全生产工作要点分解表',
      '工作目标 | 重点任务 | 具体措施 | 责任股室 |',
      '一、夯实安全生产责任 | (一)压实主体责任。 | 1.制定年度安全生产责任清单,逐级签订责任书。 | 办公室牵头,各股室配合 |',
      '2.每季度召开一次安全生产形势分析会。 | 安全股牵头,各股室按职责分工落实 | ||',
      '(二)强化隐患排查。 | 3.开展林区防火隐患大排查,建立问题整改台账。 | 防火股牵头,资源股配合 | |',
      '二、提升应急处置能力 | (三)完善应急预案。 | 4.修订森林火灾应急预案并组织演练。 | 应急股 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['制定年度安全生产责任清单', ['办公室'], ['各股室']],
      ['每季度召开一次安全生产形势分析会', ['安全股'], ['各股室']],
      ['开展林区防火隐患大排查', ['防火股'], ['资源股']],
      ['修订森林火灾应急预案并组织演练', ['应急股'], []],
    ]);
  });
});

describe('a one-cell-per-line table whose rows under a numbered one print only their own cells', () => {
  it('starts each row at its task number, the merged 序号 and group cells taken from the row above', () => {
    // Each cell on its line, then a bar; a row's merged cells left out, the row closed by a line of bars.
    const lines = [
      ...['序号', '类别', '目标任务', '分管领导', '责任单位'].flatMap((c) => [c, '|']),
      '一、2025年全县发展主要目标', '|', '||||',
      ...['1', '主要指标', '1.城镇居民人均可支配收入增长6%。', '李 明', '县发改局、县统计局'].flatMap((c) => [c, '|']),
      '2.城镇新增就业5000人以上。', '|', '县人社局', '|', '|||',
      '3.粮食播种面积稳定在40万亩。', '|', '|', '县农业农村局、县统计局', '|', '||',
      '4.单位生产总值能耗下降3%。', '|', '王 刚', '|', '县发改局、县工信局', '|', '||',
    ];
    const text = ['某县2025年重点工作目标任务分解方案', ...lines].join('\n');
    expect(rows(text).map(([t, l, p]) => [t.replace(/^主要指标 /, ''), l, p])).toEqual([
      ['城镇居民人均可支配收入增长6%', ['县发改局'], ['县统计局']],
      ['城镇新增就业5000人以上', ['县人社局'], []],
      ['粮食播种面积稳定在40万亩', ['县农业农村局'], ['县统计局']],
      ['单位生产总值能耗下降3%', ['县发改局'], ['县工信局']],
    ]);
  });
});
