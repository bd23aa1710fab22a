// Tables drawn with box characters, as law databases and old Word files repost them (issue 15, brief BX):
// cells wrap between rule lines, spaces are collapsed, a rule may cross only some columns.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { titleRows as rows } from '../helpers/plan-rows.js';

describe('box-drawn tables', () => {
  it('reads wrapped cells, a header over two lines and a unit cell spanning two rows', () => {
    const text = [
      '关于印发某区2010年重点工作任务分解的通知',
      '┌──────────────┬──────┬──────┐',
      '│ 工 作 任 务 │牵头单│配合单位│',
      '│ │ 位 │ │',
      '├──────────────┼──────┼──────┤',
      '│新建口袋公园5个,改造老旧│区园林局│各街道 │',
      '│小区绿地 │ │ │',
      '├──────────────┤ ├──────┤',
      '│改造绿道10公里 │ │区交通局、│',
      '│ │ │各街道 │',
      '├──────────────┼──────┼──────┤',
      '│建成社区食堂20个 │区民政局│区财政局 │',
      '└──────────────┴──────┴──────┘',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建口袋公园5个,改造老旧小区绿地', ['区园林局'], ['各街道']],
      ['改造绿道10公里', ['区园林局'], ['区交通局', '各街道']],
      ['建成社区食堂20个', ['区民政局'], ['区财政局']],
    ]);
  });

  it('splits marked items inside one task cell; an unmarked cell over them is a heading; units follow the rule lines', () => {
    const text = [
      '┌────────────┬────────┬────┐',
      '│ 工作任务 │责任单位 │完成时限│',
      '├────────────┼────────┼────┤',
      '│抓好财税工作 │市财政局、│年底 │',
      '├────────────┤市税务局 │ │',
      '│△调整财政支出结构,加大│ │ │',
      '│民生投入 │ │ │',
      '│△加强财政监督 │ │ │',
      '│ ├────────┤ │',
      '│△加强税源监控 │市税务局 │ │',
      '└────────────┴────────┴────┘',
    ].join('\n');
    const plan = parsePlanText(text);
    expect((plan.sections ?? []).map((s) => s.title)).toContain('抓好财税工作');
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants, t.deadlineText])).toEqual([
      ['调整财政支出结构,加大民生投入', ['市财政局'], ['市税务局'], '年底'],
      ['加强财政监督', ['市财政局'], ['市税务局'], '年底'],
      ['加强税源监控', ['市税务局'], [], '年底'],
    ]);
  });

  it('reads the ASCII variant with +---+ rules', () => {
    const text = ['+--------+--------+', '| 任务 | 牵头单位 |', '+--------+--------+', '| 修路 | 区交通局 |', '+--------+--------+'].join('\n');
    expect(rows(text)).toEqual([['修路', ['区交通局'], []]]);
  });

  it('lists a box table cut off after its header, and leaves a boxed title as a line', () => {
    const text = ['┌────┐', '│通 知│', '└────┘', '┌──────┬──────┐', '│ 工作任务 │牵头单位│'].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks).toEqual([]);
    expect(plan.unplaced.find((u) => u.line === 5)?.reason).toContain('只有表头');
  });
});
