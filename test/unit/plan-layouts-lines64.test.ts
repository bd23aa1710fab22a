// Shapes of issue 15 (brief lines64, wave 13): duty lists whose duties each open with their unit and carry no
// number, in small made-up documents of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。;]/);

describe('a cut-out page of `单位:职责。` paragraphs run together on one line', () => {
  it('reads each paragraph after the page mark as a task, and not the label the page cut off', () => {
    const text = [
      '来源:https://example.org/law_1_2.html',
      '|',
      '[接上页] 县交通局:负责抢修被毁公路,保障运输。 县水利局:掌握、发布汛情,组织抗旱抢险。 县卫生局:负责组织医疗救护;开展疫情监测。 县供电公司:负责抢险现场的供电保障。 县气象局:',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责抢修被毁公路', ['县交通局'], []],
      ['掌握、发布汛情', ['县水利局'], []],
      ['负责组织医疗救护', ['县卫生局'], []],
      ['负责抢险现场的供电保障', ['县供电公司'], []],
    ]);
  });

  it('does so with another mark and a full-width space, the page ending on a whole paragraph', () => {
    const text = [
      '某区突发事件应急预案(续)',
      '【续上页】区教育局:负责学校师生的疏散安置。\u3000区民政局:负责受灾群众的基本生活救助。\u3000区商务局:组织生活必需品的市场供应。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责学校师生的疏散安置', ['区教育局'], []],
      ['负责受灾群众的基本生活救助', ['区民政局'], []],
      ['组织生活必需品的市场供应', ['区商务局'], []],
    ]);
  });

  it('does so in traditional script with no mark, the last label cut off', () => {
    const text = [
      '某市防災預案 第3頁',
      '市交通局:負責搶修被毀公路。 市水利局:負責發布汛情。 市衛生局:負責組織醫療救護。 市林業局:',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责抢修被毁公路', ['市交通局'], []],
      ['负责发布汛情', ['市水利局'], []],
      ['负责组织医疗救护', ['市卫生局'], []],
    ]);
  });

  it('takes no two paragraphs after a mark as a list', () => {
    const text = [
      '某县应急预案',
      '[接上页] 县交通局:负责抢修被毁公路。 其他单位按照各自职责做好相关工作。',
    ].join('\n');
    expect(rows(text).some(([, leads]) => leads.includes('县交通局'))).toBe(false);
  });
});

describe('`单位:职责。` paragraphs run into one paragraph with no space', () => {
  it('reads each unit label after a full stop as a task, a label of two units as both', () => {
    const text = [
      '各部门全力做好中考保障工作',
      '  教育局:制定考务工作方案,组织考务人员培训。公安局:抽调警力做好试卷押运和考点周边巡逻。同时,疏导考点周边交通。卫生健康局:安排医护人员驻点备勤。城管局、环保局:加强考点周边噪声管控。',
    ].join('\n');
    const read = rows(text);
    expect(read.map(([t, l]) => [t, l])).toEqual([
      ['制定考务工作方案', ['教育局']],
      ['抽调警力做好试卷押运和考点周边巡逻', ['公安局']],
      ['安排医护人员驻点备勤', ['卫生健康局']],
      ['加强考点周边噪声管控', ['城管局', '环保局']],
    ]);
  });

  it('does so in traditional script', () => {
    const text = [
      '各部門做好防汛保障',
      '水利局:負責水庫調度。交通局:搶修受損道路。民政局:安置受災群眾。',
    ].join('\n');
    expect(rows(text).map(([t, l]) => [t, l])).toEqual([
      ['负责水库调度', ['水利局']],
      ['抢修受损道路', ['交通局']],
      ['安置受灾群众', ['民政局']],
    ]);
  });

  it('takes no paragraph of two labels, nor role labels, as a list', () => {
    // A numbered task keeps the reader of last resort (unit-led-pieces.ts) silent: this tests the run reader alone.
    const two = ['某县通报', '1.做好考场布置。责任单位:县考试中心。', '教育局:制定考务方案。公安局:做好押运。其他部门各司其职。'].join('\n');
    expect(rows(two).some(([, leads]) => leads.includes('教育局'))).toBe(false);
    const roles = ['某县通报', '1.做好考点保障。牵头单位:教育局。配合单位:公安局。责任单位:卫生局。'].join('\n');
    expect(rows(roles).map(([t]) => t)).toEqual(['做好考点保障']);
  });
});
