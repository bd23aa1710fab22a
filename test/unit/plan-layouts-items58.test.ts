// Shapes of issue 15 (brief H-fix11-items58): tasks not found at all, each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a table printed as bar rows with no header row', () => {
  it('finds the unit column by its cells and the task in the text column before it', () => {
    const text = [
      '某市2024年为民办实事项目进度表',
      '1 | 新建城市口袋公园12个,完善配套设施。 | 市园林局 | 已完成选址8个,其余正在设计,预计九月底前全部开工建设。 | 正常推进 |',
      '|',
      '2 | 改造老旧供水管网35公里。 | 市水务集团 | 已完成管网改造21公里,剩余部分正在施工,进度符合计划安排要求。 | 正常推进 |',
      '|',
      '3 | 为60岁以上老人免费开展健康体检。 | 市卫健委 | 已体检老人一万二千余人次,各社区卫生服务中心正在陆续组织开展。 | 正常推进 |',
      '|',
      '4 | 新增公共停车泊位2000个。 | 市城管局 | 已新增泊位一千一百个,另有两处立体停车库正在办理施工许可手续。 | 滞后 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建城市口袋公园12个', ['市园林局'], []],
      ['改造老旧供水管网35公里', ['市水务集团'], []],
      ['为60岁以上老人免费开展健康体检', ['市卫健委'], []],
      ['新增公共停车泊位2000个', ['市城管局'], []],
    ]);
  });

  it('leaves bar rows with no unit column alone', () => {
    const text = [
      '某市2024年主要经济指标',
      '1 | 地区生产总值 | 增长6% | 完成全年目标的一半以上 |',
      '2 | 固定资产投资 | 增长8% | 完成全年目标的四成左右 |',
      '3 | 社会消费品零售总额 | 增长7% | 完成全年目标的一半左右 |',
    ].join('\n');
    expect(rows(text).filter((r) => r[1].length > 0)).toEqual([]);
  });
});

describe('a page that starts in the middle of a duty list', () => {
  it('reads the unit-led lines before the first heading as items', () => {
    const text = [
      '市住建局负责组织城镇燃气管道隐患排查,督促燃气企业落实整改。',
      '市商务局组织做好餐饮场所用气安全宣传和检查工作。',
      '市市场监管局在专项整治期间,负责燃气具产品质量的监督抽查。',
      '(五)督查考核',
      '市安委办每季度组织一次督查,通报各地整治进展情况。',
    ].join('\n');
    expect(rows(text).slice(0, 3)).toEqual([
      ['负责组织城镇燃气管道隐患排查', ['市住建局'], []],
      ['组织做好餐饮场所用气安全宣传和检查工作', ['市商务局'], []],
      ['在专项整治期间', ['市市场监管局'], []],
    ]);
  });

  it('leaves a notice before the first heading alone', () => {
    const text = [
      '关于印发某市燃气安全整治方案的通知',
      '市住建局负责组织城镇燃气管道隐患排查,督促燃气企业落实整改。',
      '市商务局组织做好餐饮场所用气安全宣传和检查工作。',
      '一、工作目标',
      '全面排查燃气安全隐患。',
      // A numbered task keeps the reader of last resort (unit-led-pieces.ts) silent: this tests the mid-list reader alone.
      '二、主要任务',
      '1.开展燃气管道隐患排查。牵头单位:市燃气办',
    ].join('\n');
    expect(rows(text).flatMap((r) => r[1])).not.toContain('市商务局');
  });
});

describe('a unit-led closing line after a list of one-line items', () => {
  it('is one more task, its opening unit leading', () => {
    const text = [
      '某区职能调整事项',
      '1.将农村公路养护职责交由区交通局承担。',
      '2.将城区内河保洁职责交由区水利局承担。',
      '3.将老旧小区物业指导职责交由各街道办事处承担。',
      '区住建局做好以上调整职责的衔接和业务指导工作。',
    ].join('\n');
    expect(rows(text).pop()).toEqual(['做好以上调整职责的衔接和业务指导工作', ['区住建局'], []]);
  });

  it('leaves the second paragraph of an item that runs over lines with that item', () => {
    const text = [
      '某区职能调整事项',
      '1.将农村公路养护职责交由区交通局承担。',
      '2.加强城区内河保洁',
      '全面落实河长制,清理河面漂浮物。',
      '区水利局做好日常巡查和保洁考核工作。',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).not.toContain('做好日常巡查和保洁考核工作');
  });
});
