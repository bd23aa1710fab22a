// A plan of targets that names responsibility once per group, in a sentence after the group: by count for the
// items above (`3项目标的责任单位均为X。`) or for the one item above (`该目标责任单位:Y。`).
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const PAGE = [
  '某县2024年经济社会发展责任目标',
  '一、经济发展',
  '1.地区生产总值增长6.5%。',
  '2.一般公共预算收入增长5%。',
  '3.固定资产投资增长8%。',
  '3项目标的责任单位均为县发展改革局。',
  '4.社会消费品零售总额增长7%。',
  '该目标责任单位:县商务局。',
  '5.城镇新增就业3000人。',
  '6.农村劳动力转移就业5000人。',
  '以上两项目标的牵头单位为县人力资源社会保障局。',
];

describe('responsibility stated once per group of targets', () => {
  const tasks = parsePlanText(PAGE.join('\n')).tasks;

  it('gives the counted unit to every item of its group and the 该目标 unit to its own item', () => {
    expect(tasks.map((t) => t.leads)).toEqual([
      ['县发展改革局'],
      ['县发展改革局'],
      ['县发展改革局'],
      ['县商务局'],
      ['县人力资源社会保障局'],
      ['县人力资源社会保障局'],
    ]);
  });

  it('takes the sentence out of the last item\'s text', () => {
    expect(tasks[2]?.content ?? '').not.toContain('责任单位');
  });

  it('does not reach past a section heading', () => {
    const split = parsePlanText([...PAGE.slice(0, 4), '二、投资建设', '3.固定资产投资增长8%。', '3项目标的责任单位均为县发展改革局。'].join('\n')).tasks;
    expect(split.map((t) => t.leads.length)).toEqual([0, 0, 0]);
  });
});
