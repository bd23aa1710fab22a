// Units a town's plan names that a county's does not: every village, community, school or firm as a group
// (`各村`, `各社区`, `各学校`), a 中心学校, the town's 人大 — read as units in every wording, not only after a label.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (item: string) => parsePlanText(`一、重点任务\n1.${item}`).tasks[0];

describe('groups of units below the township, and schools', () => {
  const groups = ['各村', '各社区', '各村(社区)', '各行政村', '各学校', '各企业', '各医疗机构', '各景区'];
  it.each(groups)('reads %s as a unit after 由X牵头 and inside a (X牵头,A、B配合) bracket', (group) => {
    expect(read(`整治农村人居环境,由镇农业服务中心牵头,镇财政所、${group}配合。`)).toMatchObject({
      leads: ['镇农业服务中心'],
      participants: ['镇财政所', group],
    });
    expect(read(`整治农村人居环境(镇农业服务中心牵头,镇财政所、${group}配合)`)).toMatchObject({
      leads: ['镇农业服务中心'],
      participants: ['镇财政所', group],
    });
  });

  it('reads a 中心学校 and a town 人大 as units', () => {
    expect(read('开展防溺水宣传,由镇教办牵头,镇中心学校、镇人大配合。')).toMatchObject({ leads: ['镇教办'], participants: ['镇中心学校', '镇人大'] });
  });

  it('does not take a task that builds a school for a unit', () => {
    const plan = parsePlanText('一、民生实事\n1.改扩建城关第二学校\n牵头单位:县教育局');
    expect(plan.tasks[0]?.title).toBe('改扩建城关第二学校');
    expect(plan.unplaced.some((u) => u.reason.includes('标题全是单位名称'))).toBe(false);
  });
});
