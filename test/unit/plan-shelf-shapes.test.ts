// Shapes the held-out shelf showed (test/corpus/heldout), each written here with made-up content so the
// rule is tested as a shape, not as the page it came from.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('a progress table whose cells are parted by spaces', () => {
  const table = [
    '某县2026年1-6月民生项目推进情况表',
    '序号 民生项目名称 责任单位 目标任务 1- 6月完成情况 完成率% 备注',
    '1 改造农村公路危桥 交通运输局 12座 7 58% 其余5座已开工',
    '2 新增公办托位   卫健委 300个 120 40%',
    '3 建设乡镇污水处理站(座) 住建局 4座 50% 两座已完成主体;另两座在招标。',
    '4 提高困难群众救助水平 城乡低保年人均提高到5000元 县民政局 100% 100%',
    '发放残疾人两项补贴 县残联 100% 96% 个别人员待核实',
    '5 全民健身 新建健身路径30条 县文体局 30 22 73%',
  ].join('\n');

  it('reads a header word split after its digits, and each row by its unit cell', () => {
    const tasks = read(table);
    expect(tasks.slice(0, 3)).toEqual([
      ['改造农村公路危桥', ['交通运输局'], []],
      ['新增公办托位', ['卫健委'], []],
      ['建设乡镇污水处理站(座)', ['住建局'], []],
    ]);
  });

  it('reads a 项目 over sub-items as one task per sub-item, each with its own unit', () => {
    const tasks = read(table);
    expect(tasks.slice(3)).toEqual([
      ['城乡低保年人均提高到5000元', ['县民政局'], []],
      ['发放残疾人两项补贴', ['县残联'], []],
      ['新建健身路径30条', ['县文体局'], []],
    ]);
    expect(parsePlanText(table).sections?.map((s) => s.title)).toContain('提高困难群众救助水平');
  });
});

describe('a digest whose items carry no number, only the fields under them', () => {
  const digest = [
    '记者从市政府获悉,今年的民生实事已分解到各单位,以下摘登其中几项。',
    '领域 交通',
    '新开通城乡公交线路12条。',
    '分管领导:王某',
    '责任单位:市交通运输局、市公交集团',
    '项目负责人:李某',
    '时间节点:9月底前全部开通。',
    '改造背街小巷40条',
    '分管领导:王某',
    '责任单位:市城管局',
    '时间节点:11月底前完工。',
  ].join('\n');

  it('reads the line above each block of fields as an item', () => {
    expect(read(digest)).toEqual([
      ['新开通城乡公交线路12条', ['市交通运输局'], ['市公交集团']],
      ['改造背街小巷40条', ['市城管局'], []],
    ]);
  });

  it('leaves a numbered plan as it is: a paragraph above a label is the item’s own', () => {
    const numbered = ['1.新建口袋公园5个。', '选址优先考虑老旧小区周边。', '责任单位:区园林局', '2.改造绿道10公里。', '按季度报送进展。', '责任单位:区交通局'].join('\n');
    expect(read(numbered).map((t) => t[0])).toEqual(['新建口袋公园5个', '改造绿道10公里']);
  });
});
